using System.Globalization;
using System.Text;

namespace Ocop.Standards.Text;

/// <summary>
/// Vietnamese text helpers: folding for search (all tone and vowel marks removed, đ→d, lower case)
/// and URL slugs built from folded text.
/// </summary>
public static class VietnameseText
{
    /// <summary>
    /// Folds text for diacritic-insensitive comparison: "NHÃN Sông Mã" → "nhan song ma".
    /// Letters and digits are kept, every other run of characters becomes one space.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        return CollapseToWords(RemoveDiacritics(text).ToLowerInvariant());
    }

    /// <summary>
    /// Removes tone and vowel marks and turns đ/Đ into d/D, keeping case, spacing and punctuation:
    /// "Thanh toán ĐH-01" → "Thanh toan DH-01". Composed and decomposed input give the same result.
    /// </summary>
    public static string RemoveDiacritics(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(ch switch { 'đ' => 'd', 'Đ' => 'D', _ => ch });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Lower case with diacritics kept, separators collapsed: used to rank exact-diacritic matches.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        return CollapseToWords(text.Normalize(NormalizationForm.FormC).ToLowerInvariant());
    }

    // Keeps letters and digits; every run of other characters becomes one space, none at the ends.
    private static string CollapseToWords(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(c);
            }
            else pendingSpace = true;
        }
        return sb.ToString();
    }

    /// <summary>A URL slug from folded text: "Nhãn Sông Mã" → "nhan-song-ma". Only a–z, 0–9 and single hyphens.</summary>
    public static string Slugify(string? text, int maxLength = 80)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (c == ' ' && sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > maxLength) slug = slug[..maxLength].TrimEnd('-');
        return slug;
    }
}
