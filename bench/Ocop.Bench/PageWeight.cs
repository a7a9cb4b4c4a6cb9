using System.Text.RegularExpressions;

namespace Ocop.Bench;

/// <summary>A page's transferred size: its HTML plus every same-origin asset it references, and any third-party URL it would load.</summary>
public sealed record PageWeightResult(string Path, int Status, long HtmlBytes, long AssetBytes, IReadOnlyList<string> Assets,
    IReadOnlyList<string> ThirdParty, IReadOnlyList<string> FailedAssets)
{
    public long TotalBytes => HtmlBytes + AssetBytes;
}

public static partial class PageWeight
{
    [GeneratedRegex("""(?:src|href)\s*=\s*["']([^"'#]+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex("""url\(\s*["']?([^"')]+)["']?\s*\)""", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();

    private static readonly string[] AssetExtensions = [".css", ".js", ".mjs", ".png", ".jpg", ".jpeg", ".webp", ".avif", ".gif", ".svg", ".ico", ".woff", ".woff2"];

    /// <summary>Bodies are counted as sent, with <c>Accept-Encoding: gzip, br</c> like a browser.</summary>
    public static async Task<PageWeightResult> MeasureAsync(Uri baseUri, string path)
    {
        using var client = HttpClients.Create(baseUri, 4);
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, br");
        using var page = await client.GetAsync(path);
        var htmlBytes = await page.Content.ReadAsByteArrayAsync();
        if (!page.IsSuccessStatusCode) return new PageWeightResult(path, (int)page.StatusCode, htmlBytes.Length, 0, [], [], []);
        var html = await ReadTextAsync(baseUri, path);

        var assets = new List<string>();
        var thirdParty = new List<string>();
        var failed = new List<string>();
        long assetBytes = 0;
        var pending = new Queue<Uri>(References(Reference(), html, new Uri(baseUri, path), everyReferenceLoads: false));
        var seen = new HashSet<Uri>();
        while (pending.TryDequeue(out var url))
        {
            if (!seen.Add(url)) continue;
            if (url.Authority != baseUri.Authority)
            {
                thirdParty.Add(url.ToString());
                continue;
            }
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode)
            {
                failed.Add($"{url.PathAndQuery} ({(int)response.StatusCode})");
                continue;
            }
            assets.Add(url.PathAndQuery);
            assetBytes += body.Length;
            if (url.AbsolutePath.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
                foreach (var nested in References(CssUrl(), await ReadTextAsync(baseUri, url.PathAndQuery), url, everyReferenceLoads: true))
                    pending.Enqueue(nested);
        }
        return new PageWeightResult(path, (int)page.StatusCode, htmlBytes.Length, assetBytes, assets, thirdParty, failed);
    }

    /// <summary>
    /// In HTML, <c>src</c> always loads and <c>href</c> only for assets (stylesheets, scripts, icons, fonts), not for links a
    /// reader may follow; in CSS every <c>url()</c> loads.
    /// </summary>
    private static IEnumerable<Uri> References(Regex pattern, string text, Uri relativeTo, bool everyReferenceLoads)
    {
        foreach (Match m in pattern.Matches(text))
        {
            var raw = System.Net.WebUtility.HtmlDecode(m.Groups[1].Value.Trim());
            if (raw.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || raw.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                || raw.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || raw.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                continue;
            if (!Uri.TryCreate(relativeTo, raw, out var url) || url.Scheme is not ("http" or "https")) continue;
            if (everyReferenceLoads || m.Value.StartsWith("src", StringComparison.OrdinalIgnoreCase)
                || AssetExtensions.Any(e => url.AbsolutePath.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                yield return url;
        }
    }

    private static async Task<string> ReadTextAsync(Uri baseUri, string path)
    {
        using var client = HttpClients.Create(baseUri, 1, decompress: true);
        return await client.GetStringAsync(path);
    }
}
