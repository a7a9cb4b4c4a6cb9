using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ocop.Browser.Tests;

[Collection(AppCollection.Name)]
public sealed class BuyerJourneyTests(AppFixture app)
{
    [Fact]
    public async Task Buyer_SearchesWithoutDiacriticsFromHome_OpensNhanSongMaWithPriceAndProducer()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Tìm sản phẩm OCOP" }).FillAsync("nhan song ma");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/tim-kiem\\?q=nhan"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Nhãn Sông Mã", Exact = true }).First.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/san-pham/nhan-song-ma"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nhãn Sông Mã");
        await Assertions.Expect(page.Locator(".product .price")).ToContainTextAsync(new Regex(@"\d{1,3}(\.\d{3})* ₫"));
        var producer = page.Locator(".facts a[href^='/gian-hang/']");
        await Assertions.Expect(producer).ToBeVisibleAsync();
        await Assertions.Expect(producer).ToContainTextAsync("Sông Mã");
    }

    [Fact]
    public async Task Keyboard_ReachesTheLabelledSearchBoxByTab_AndSearches()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip", await page.EvaluateAsync<string>("document.activeElement.className"));

        var reached = false;
        for (var i = 0; i < 6 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<string>("document.activeElement.id") == "q-top";
        }
        Assert.True(reached, "the search box is not reachable with Tab from the top of the page");
        var label = await page.EvaluateAsync<string>("document.activeElement.labels[0]?.textContent?.trim() ?? ''");
        Assert.Equal("Tìm sản phẩm OCOP", label);
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));

        await page.Keyboard.TypeAsync("che");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/tim-kiem\\?q=che"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("che");
    }
}
