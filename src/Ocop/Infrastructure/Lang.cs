using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Ocop.Infrastructure;

/// <summary>
/// Vietnamese first: pages and messages are written in Vietnamese and <c>L["…"]</c> (or
/// <see cref="Text(string)"/> where no page is at hand, e.g. in a use case's message) returns the
/// English text from <c>Resources/en.json</c> when the request is in English (pages: cookie
/// <see cref="CookieName"/>; /api/v1: <c>Accept-Language</c>). A phrase without a translation stays
/// Vietnamese; <c>EnglishCoverageTests</c> fails when one is missing.
/// Messages with values are templates (<c>"Đơn {0} đã giao"</c>) filled by <see cref="Format"/>, so the
/// template is the key and numbers are written the language's way (<see cref="Formats"/>).
/// </summary>
public sealed class Lang
{
    public const string CookieName = "ocop.lang";

    private static readonly Lazy<FrozenDictionary<string, string>> English = new(() =>
    {
        using var stream = typeof(Lang).Assembly.GetManifestResourceStream("Ocop.Resources.en.json");
        return stream is null
            ? FrozenDictionary<string, string>.Empty
            : (JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? []).ToFrozenDictionary();
    });

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The phrase in the request's language.</summary>
    public static string Text(string vietnamese) => IsEnglish && English.Value.TryGetValue(vietnamese, out var en) ? en : vietnamese;

    /// <summary>A template in the request's language, filled with values formatted the language's way.</summary>
    public static string Text(string vietnamese, params object?[] args) => string.Format(Formats.Culture, Text(vietnamese), args);

    public string this[string vietnamese] => Text(vietnamese);

    public string Format(string vietnamese, params object?[] args) => Text(vietnamese, args);
}
