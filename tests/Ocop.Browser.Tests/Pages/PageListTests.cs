namespace Ocop.Browser.Tests.Pages;

/// <summary>
/// The page list is the app's own: every Razor page route has an entry in <see cref="PageTable"/> (roles,
/// parameter source, styles of its main components) and every entry names a page that exists.
/// </summary>
public sealed class PageListTests
{
    [Fact]
    public void Every_page_route_has_an_entry_and_every_entry_a_page()
    {
        var table = PageTable.All.Select(p => p.Route).ToList();
        Assert.Equal(table.Count, table.Distinct().Count());
        Assert.True(PageRoutes.All.Count > 50, $"only {PageRoutes.All.Count} page routes discovered");
        Assert.Empty(PageRoutes.All.Except(table));
        Assert.Empty(table.Except(PageRoutes.All));
    }
}
