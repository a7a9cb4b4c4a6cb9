using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Ocop.Browser.Tests.Pages;

/// <summary>
/// The app's own page routes, as ASP.NET Core computes them: Razor Pages' action descriptors of the Ocop
/// assembly (the same discovery the running app does), read from a host that is built but never started.
/// </summary>
public static partial class PageRoutes
{
    private static readonly Lazy<IReadOnlyList<string>> _all = new(Discover);

    /// <summary>Every page route template, e.g. "san-pham/{slug}" as "/san-pham/{slug}", sorted.</summary>
    public static IReadOnlyList<string> All => _all.Value;

    private static List<string> Discover()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(global::Program).Assembly.GetName().Name,
            EnvironmentName = "Production",
        });
        builder.Services.AddRazorPages();
        using var app = builder.Build();
        return app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Where(p => p.AttributeRouteInfo is { SuppressLinkGeneration: false })
            .Select(p => "/" + Constraint().Replace(p.AttributeRouteInfo!.Template ?? "", "{$1$2}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A regular expression matching a path of the route template, naming each parameter.</summary>
    public static Regex Matcher(string template)
    {
        var pattern = new System.Text.StringBuilder("^");
        var at = 0;
        foreach (Match m in Parameter().Matches(template))
        {
            pattern.Append(Regex.Escape(template[at..m.Index]));
            var name = m.Groups["name"].Value;
            pattern.Append(m.Groups["opt"].Success ? $"(?:/(?<{name}>[^/?#\"]+))?" : $"/(?<{name}>[^/?#\"]+)");
            at = m.Index + m.Length;
        }
        return new Regex(pattern.Append(Regex.Escape(template[at..])).Append('$').ToString());
    }

    /// <summary>The template with its parameters filled; optional ones without a value are left out.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Parameter().Replace(template, m =>
            values.TryGetValue(m.Groups["name"].Value, out var v) ? "/" + v
            : m.Groups["opt"].Success ? ""
            : throw new InvalidOperationException($"No value for {{{m.Groups["name"].Value}}} of {template}."));

    /// <summary>The names of the template's parameters that must have a value.</summary>
    public static IEnumerable<string> Required(string template) =>
        Parameter().Matches(template).Where(m => !m.Groups["opt"].Success).Select(m => m.Groups["name"].Value);

    [GeneratedRegex(@"\{(\w+)(?::\w+)+(\??)\}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"/\{(?<name>\w+)(?::\w+)?(?<opt>\?)?\}")]
    private static partial Regex Parameter();
}
