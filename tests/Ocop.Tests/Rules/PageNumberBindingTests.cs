using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ocop.Tests.Rules;

/// <summary>
/// Every Razor Page request carries the route value "page" (the page's own path), and route values come before the
/// query string: a page-model property bound as "page" reads "/tim-kiem/Index", fails to convert and stays 1, so
/// "?page=2" showed the first page again (search, certificate registry, officers' lists). It must read the query string.
/// </summary>
public sealed class PageNumberBindingTests
{
    [Fact]
    public void APropertyBoundAsPage_ReadsTheQueryString()
    {
        var wrong = typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.GetCustomAttribute<BindPropertyAttribute>() is { } bind
                && string.Equals(bind.Name ?? x.Property.Name, "page", StringComparison.OrdinalIgnoreCase))
            .Where(x => x.Property.GetCustomAttributes().OfType<IBindingSourceMetadata>().All(m => m.BindingSource != BindingSource.Query))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}").ToList();
        Assert.True(wrong.Count == 0, "Bound as \"page\" without [FromQuery(Name = \"page\")]: " + string.Join(", ", wrong));
    }
}
