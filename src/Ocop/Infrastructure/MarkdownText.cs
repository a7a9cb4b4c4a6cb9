using Markdig;

namespace Ocop.Infrastructure;

/// <summary>
/// Renders people's stories from Markdown. Raw HTML is disabled, so any tag typed in a story is
/// shown as text, never executed: no stored XSS through stories.
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    public static string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : SafeLinks(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>Plain text for meta descriptions and search: Markdown syntax removed, length-limited.</summary>
    public static string ToPlain(string? markdown, int max = 300)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var text = Markdown.ToPlainText(markdown, Pipeline).ReplaceLineEndings(" ").Trim();
        return text.Length <= max ? text : text[..max].TrimEnd() + "…";
    }

    // Markdown links may carry javascript: URLs; neutralise every non-http(s)/mailto target.
    private static string SafeLinks(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "href=\"(?!https?://|mailto:|/)[^\"]*\"", "href=\"#\"",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
