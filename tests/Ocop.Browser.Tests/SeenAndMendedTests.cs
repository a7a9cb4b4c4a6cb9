using Microsoft.Playwright;

namespace Ocop.Browser.Tests;

/// <summary>What a person saw broken on a phone (issue 15) and now works: gallery thumbnails, whole banners, the
/// producer's trace page within a phone's width, the demo notice.</summary>
[Collection(AppCollection.Name)]
public sealed class SeenAndMendedTests(AppFixture app)
{
    [Fact]
    public async Task GalleryThumbnails_ShowTheirPhoto_ByTapAndByKeyboard()
    {
        var page = await app.NewPageAsync();
        // The first product of the catalogue that has more than one photo.
        await page.GotoAsync("/tim-kiem");
        var links = await page.Locator(".card-link").EvaluateAllAsync<string[]>("as => as.slice(0, 12).map(a => a.getAttribute('href'))");
        string? found = null;
        foreach (var href in links)
        {
            await page.GotoAsync(href);
            if (await page.Locator(".thumbs a.thumb").CountAsync() > 1) { found = href; break; }
        }
        Assert.NotNull(found);
        var main = page.Locator("#gallery-main");
        var thumbs = page.Locator(".thumbs a.thumb");
        var second = await thumbs.Nth(1).GetAttributeAsync("data-photo");
        var first = await thumbs.Nth(0).GetAttributeAsync("data-photo");
        Assert.NotEqual(first, second);

        await thumbs.Nth(1).ClickAsync();
        await Assertions.Expect(main).ToHaveAttributeAsync("src", second!);
        await Assertions.Expect(thumbs.Nth(1)).ToHaveAttributeAsync("aria-current", "true");
        Assert.EndsWith(found!, page.Url); // the page stays; the photo changes

        await thumbs.Nth(0).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(main).ToHaveAttributeAsync("src", first!);
        await Assertions.Expect(thumbs.Nth(1)).Not.ToHaveAttributeAsync("aria-current", "true");
    }

    [Fact]
    public async Task StorefrontBanner_IsShownWhole()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/gian-hang/htx-nong-san-song-ma");
        var banner = page.Locator("img.banner");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('img.banner').complete");
        // Rendered at the picture's own shape (1200×360), not cut to another.
        var ratios = await banner.EvaluateAsync<double[]>("i => [i.naturalWidth / i.naturalHeight, i.clientWidth / i.clientHeight, getComputedStyle(i).objectFit === 'cover' ? 1 : 0]");
        Assert.InRange(ratios[1], ratios[0] * 0.97, ratios[0] * 1.03);
        Assert.Equal(0, ratios[2]);
    }

    [Fact]
    public async Task ProducerTracePage_FitsAPhone()
    {
        var page = await app.NewPageAsync();
        Assert.True(await Journeys.TryLoginAsync(page, "htx.songma@ocop.example"), "the demo producer signs in");
        await page.GotoAsync("/ban-hang/truy-xuat");
        await page.GetByText("Tạo lô mới").ClickAsync(); // open every part of the page
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"the page is {widths[0] - widths[1]} px wider than the phone");
    }

    [Fact]
    public async Task DemoNotice_IsOnEveryPage_OfTheDemo()
    {
        var page = await app.NewPageAsync();
        foreach (var url in new[] { "/", "/tim-kiem", "/livestream", "/gio-hang" })
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("#demo-notice")).ToContainTextAsync("Dữ liệu mẫu");
        }
    }
}
