using Microsoft.AspNetCore.WebUtilities;

namespace Ocop.Pages;

/// <summary>A page of results: which page, how many in all, how many a page.</summary>
public sealed record Pager(int Page, int Total, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Small view helpers shared by pages.</summary>
public static class Ui
{
    public const string NoPhoto = "/img/no-photo.svg";

    public static string Media(string? hash) => hash is null ? NoPhoto : $"/media/{hash}";

    public static string Stars(int stars) => new('★', Math.Clamp(stars, 0, 5));

    /// <summary>
    /// The current URL with some query values replaced (null removes one). Changing any filter
    /// returns to page 1, so a link never points past the end of a smaller result.
    /// </summary>
    public static string Link(HttpRequest request, params (string Key, string? Value)[] changes)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        if (!changes.Any(c => c.Key == "page")) query.Remove("page");
        foreach (var (key, value) in changes)
        {
            if (string.IsNullOrEmpty(value)) query.Remove(key);
            else query[key] = value;
        }
        var pairs = query.Where(kv => kv.Value.Length > 0).Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value));
        return QueryHelpers.AddQueryString(request.Path.Value ?? "/", pairs);
    }

    /// <summary>A date as an &lt;input type="date"&gt; value (yyyy-MM-dd, whatever the culture).</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An &lt;input type="date"&gt; value back to a date; null when empty or malformed (the use case then says what is wrong).</summary>
    public static DateOnly? ParseIsoDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The site's own absolute URL for a path (Open Graph and JSON-LD need absolute URLs).</summary>
    public static string Absolute(HttpRequest request, string path) => request.HttpContext.RequestServices.GetRequiredService<PublicUrls>().Absolute(path);
}

/// <summary>One facet of the search page: its title, query key, values with counts and the selected value.</summary>
public sealed record FacetBlock(string Title, string Key, IReadOnlyList<Ocop.Features.Catalog.FacetValue> Values, string? Selected);

/// <summary>An image upload control: the form field's name and its Vietnamese label.</summary>
public sealed record FileField(string Name, string Label);

/// <summary>A titled table of counts on the officer dashboard.</summary>
public sealed record CountTable(string Title, IReadOnlyList<Ocop.Infrastructure.CountRow> Rows);
