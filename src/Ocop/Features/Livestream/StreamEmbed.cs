using System.Text.RegularExpressions;

namespace Ocop.Features.Livestream;

/// <summary>
/// Where the video plays: an embed URL for YouTube, Facebook and TikTok videos (the origins the
/// CSP's frame-src allows), otherwise null and the page shows a clear link to the platform.
/// </summary>
public static partial class StreamEmbed
{
    public static StreamPlatform PlatformOf(Uri url) => url.Host.ToLowerInvariant() switch
    {
        "youtube.com" or "www.youtube.com" or "m.youtube.com" or "youtu.be" => StreamPlatform.YouTube,
        "facebook.com" or "www.facebook.com" or "m.facebook.com" or "fb.watch" => StreamPlatform.Facebook,
        "tiktok.com" or "www.tiktok.com" or "vt.tiktok.com" => StreamPlatform.TikTok,
        "zalo.me" or "chat.zalo.me" or "zalo.vn" => StreamPlatform.Zalo,
        _ => StreamPlatform.Other,
    };

    public static string? EmbedUrl(string streamUrl)
    {
        if (!Uri.TryCreate(streamUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps) return null;
        switch (PlatformOf(url))
        {
            case StreamPlatform.YouTube:
                var path = YouTubePath().Match(url.AbsolutePath);
                var id = url.Host == "youtu.be" ? url.AbsolutePath.Trim('/')
                    : System.Web.HttpUtility.ParseQueryString(url.Query)["v"] ?? (path.Success ? path.Groups[1].Value : null);
                return id is not null && YouTubeId().IsMatch(id) ? $"https://www.youtube.com/embed/{id}" : null;
            case StreamPlatform.Facebook when url.Host != "fb.watch" && url.AbsolutePath.Contains("/videos/", StringComparison.Ordinal):
                return "https://www.facebook.com/plugins/video.php?href=" + Uri.EscapeDataString(url.GetLeftPart(UriPartial.Path));
            case StreamPlatform.TikTok when TikTokVideo().Match(url.AbsolutePath) is { Success: true } t:
                return $"https://www.tiktok.com/embed/v2/{t.Groups[1].Value}";
            default:
                return null;
        }
    }

    [GeneratedRegex(@"^/(?:live|embed|shorts)/([A-Za-z0-9_-]{6,20})")]
    private static partial Regex YouTubePath();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{6,20}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex(@"/video/(\d{6,25})")]
    private static partial Regex TikTokVideo();

    public static string Label(StreamPlatform p) => p switch
    {
        StreamPlatform.YouTube => "YouTube",
        StreamPlatform.Facebook => "Facebook",
        StreamPlatform.TikTok => "TikTok",
        StreamPlatform.Zalo => "Zalo",
        _ => "nền tảng phát",
    };
}
