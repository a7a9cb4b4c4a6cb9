using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Ocop.Infrastructure;

/// <summary>
/// Vietnamese first: pages are written in Vietnamese and <c>L["…"]</c> returns the English text
/// from <c>Resources/en.json</c> when the person chose English (cookie <see cref="CookieName"/>);
/// a phrase without a translation stays Vietnamese.
/// </summary>
public sealed class Lang
{
    public const string CookieName = "ocop.lang";
    private readonly FrozenDictionary<string, string> _english;

    public Lang()
    {
        using var stream = typeof(Lang).Assembly.GetManifestResourceStream("Ocop.Resources.en.json");
        _english = stream is null
            ? FrozenDictionary<string, string>.Empty
            : (JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? []).ToFrozenDictionary();
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string this[string vietnamese] => IsEnglish && _english.TryGetValue(vietnamese, out var en) ? en : vietnamese;

    public string Format(string vietnamese, params object[] args) => string.Format(this[vietnamese], args);
}
