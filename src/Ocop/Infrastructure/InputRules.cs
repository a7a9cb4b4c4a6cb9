using System.Text.RegularExpressions;

namespace Ocop.Infrastructure;

/// <summary>Vietnamese phone numbers: 10 digits starting with 0, or +84 followed by 9 digits.</summary>
public static partial class PhoneNumbers
{
    [GeneratedRegex(@"^(0|\+84)(3|5|7|8|9|2)\d{8}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string? phone) =>
        phone is not null && Pattern().IsMatch(phone.Replace(" ", "").Replace(".", "").Replace("-", ""));

    public static string Normalize(string phone) => phone.Replace(" ", "").Replace(".", "").Replace("-", "");
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
