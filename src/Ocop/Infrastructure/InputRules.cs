using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ocop.Infrastructure;

/// <summary>
/// Vietnamese phone numbers: 10 digits starting with 0, or +84 followed by 9 digits. Digits of other
/// scripts (full-width ０９…, Arabic-Indic …) are read as the digits they are, and spaces, dots,
/// dashes and surrounding white space (a trailing newline) are dropped: what is stored is the
/// <see cref="Normalize"/>d form, ASCII only.
/// </summary>
public static partial class PhoneNumbers
{
    [GeneratedRegex(@"^(0|\+84)(3|5|7|8|9|2)[0-9]{8}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string? phone) => phone is not null && Pattern().IsMatch(Normalize(phone));

    public static string Normalize(string phone)
    {
        var b = new StringBuilder(phone.Length);
        foreach (var c in phone.AsSpan().Trim())
        {
            if (c is ' ' or '.' or '-') continue;
            b.Append(char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c);
        }
        return b.ToString();
    }

    /// <summary>One form of a Vietnamese mobile number for matching: +84 9x… and 09x… are the same line.</summary>
    public static string Canonical(string phone)
    {
        var p = Normalize(phone.Trim());
        return p.StartsWith("+84", StringComparison.Ordinal) ? "0" + p[3..] : p;
    }
}

/// <summary>
/// Plain-text fields (names, titles) must not carry markup. Razor encodes everything it writes,
/// so this is not the XSS defence; it keeps stored data clean and tells the person why.
/// </summary>
public static partial class Html
{
    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z!][^>]*>|javascript:|on\w+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    public static bool ContainsMarkup(string? text) => text is not null && Markup().IsMatch(text);
}

/// <summary>
/// What any text the platform accepts may contain, on every engine alike (docs/api.md, "Input rules"):
/// no control characters other than tab and line breaks (PostgreSQL refuses NUL, SQLite cuts the text
/// at it), no bidirectional overrides or isolates (they make a name read as something else), no
/// broken UTF-16, and not only invisible characters (zero-width spaces and the like). Enforced where
/// input arrives — API arguments (<see cref="InputEdgeFilter"/>), query strings, paths and forms
/// (<see cref="InputEdgeMiddleware"/>) — and again where rows are written, with the model's maximum
/// lengths (<see cref="Data.InputGuard"/>).
/// </summary>
public static class TextRules
{
    /// <summary>Why <paramref name="text"/> is refused, in Vietnamese, or null when it is acceptable.</summary>
    public static string? Problem(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var visible = false;
        var invisible = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsControl(c)) return $"Có ký tự điều khiển không được phép (U+{(int)c:X4}).";
            if (IsBidiControl(c)) return "Có ký tự đảo chiều văn bản (bidi) không được phép.";
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; visible = true; continue; }
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') return "Có ký tự Unicode không hợp lệ.";
            if (char.IsWhiteSpace(c)) continue;
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) invisible = true;
            else visible = true;
        }
        return invisible && !visible ? "Chỉ gồm ký tự vô hình (như dấu cách độ rộng 0): hãy nhập nội dung đọc được." : null;
    }

    private static bool IsControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F';
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>
    /// Text from a source that must be recorded rather than refused (a bank's transfer memo): forbidden
    /// characters become spaces, and it is cut to <paramref name="maxLength"/>.
    /// </summary>
    public static string Sanitize(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var b = new StringBuilder(Math.Min(text.Length, maxLength));
        for (var i = 0; i < text.Length && b.Length < maxLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (b.Length + 2 > maxLength) break;
                b.Append(c).Append(text[++i]);
                continue;
            }
            b.Append(IsControl(c) || IsBidiControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' ? ' ' : c);
        }
        return b.ToString().Trim();
    }
}

/// <summary>A piece of input refused at the edge or before a row is written: the API answers a 400 problem naming the field.</summary>
public sealed class InputRejectedException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
