using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ocop.Browser.Tests;

[Collection(AppCollection.Name)]
public sealed class SellerQueueJourneyTests(AppFixture app)
{
    /// <summary>
    /// Issue 16 §3 on a phone: the Sông Mã cooperative finds a cash-on-delivery order among its thousands by
    /// its code, packs it naming the lot of its longans (the picker offers the newest lot with stock), ships
    /// it and records the delivery, and the lot's public trace page shows one more shipping and one more receiving event.
    /// </summary>
    [Fact]
    public async Task Seller_FindsAnOrderByCode_PacksShipsAndDeliversItFromALot_AndTheLotsTracePageShowsShippingAndReceiving()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        using var found = JsonDocument.Parse(await http.GetStringAsync("/api/v1/products?q=nhan+song+ma&pageSize=50"));
        var longan = found.RootElement.GetProperty("items").EnumerateArray().First(p => p.GetProperty("slug").GetString() == "nhan-song-ma").GetProperty("id").GetInt32();
        using var checkout = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new
            {
                items = new[] { new { productId = longan, quantity = 2 } }, paymentMethod = "cod",
                shipping = new { name = "Lò Thị Hoa", phone = "0912345678", address = "Bản Hụm", communeCode = "00004", carrier = "vnpost" },
            }),
        };
        checkout.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var placed = await http.SendAsync(checkout);
        Assert.True(placed.IsSuccessStatusCode, await placed.Content.ReadAsStringAsync());
        using var order = JsonDocument.Parse(await placed.Content.ReadAsStringAsync());
        var code = order.RootElement.GetProperty("orders")[0].GetProperty("code").GetString()!;

        var seller = await app.NewPageAsync();
        Assert.True(await Journeys.TryLoginAsync(seller, "htx.songma@ocop.example"), "the Sông Mã cooperative could not sign in");
        await seller.GotoAsync("/ban-hang/don-hang");
        await Assertions.Expect(seller.GetByRole(AriaRole.Link, new() { Name = "Trang sau" })).ToBeVisibleAsync(); // thousands of orders, a page at a time
        await AssertFitsAsync(seller, maxHeight: 5_000);
        await seller.GetByLabel("Tìm theo mã đơn, số điện thoại hoặc tên người nhận").FillAsync(code.ToLowerInvariant());
        await seller.Locator("form.queue-search").GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await Assertions.Expect(seller.Locator(".seller-queue li")).ToHaveCountAsync(1);
        await Assertions.Expect(seller.GetByRole(AriaRole.Status)).ToContainTextAsync("trên 1");
        await seller.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();

        var lots = seller.GetByLabel("Nhãn Sông Mã", new() { Exact = true });
        await Assertions.Expect(lots).ToBeVisibleAsync();
        await AssertFitsAsync(seller);
        // Offered first: the newest lot (options are newest first) not past its date; other journeys may have added newer lots.
        var options = await lots.Locator("option").EvaluateAllAsync<string[][]>("os => os.map(o => [o.value, o.textContent])");
        var suggested = options.First(o => o[0].Length > 0 && !o[1].Contains("hết hạn"))[0];
        await Assertions.Expect(lots).ToHaveValueAsync(suggested);
        var fresh = await lots.Locator("option", new() { HasText = "NSM-A01" }).GetAttributeAsync("value");
        await lots.SelectOptionAsync(fresh!); // the seller chooses the lot the longans were packed from
        await seller.GetByRole(AriaRole.Button, new() { Name = "Đã đóng gói" }).ClickAsync();
        await Assertions.Expect(seller.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đóng gói");

        var trace = await app.NewPageAsync();
        await trace.GotoAsync($"/truy-xuat/{fresh}");
        var shippings = trace.Locator("ol.timeline li", new() { HasText = "Xuất hàng" });
        var before = await shippings.CountAsync();
        var receivedBefore = await trace.Locator("ol.timeline li", new() { HasText = "Nhận hàng" }).CountAsync();

        await Assertions.Expect(seller.GetByLabel("Nhãn Sông Mã", new() { Exact = true })).ToHaveValueAsync(fresh!);
        await seller.GetByLabel("Đơn vị vận chuyển").SelectOptionAsync("vnpost");
        await seller.GetByLabel("Mã vận đơn").FillAsync("VN" + Journeys.Unique().ToUpperInvariant());
        await seller.GetByRole(AriaRole.Button, new() { Name = "Giao hàng" }).ClickAsync();
        await Assertions.Expect(seller.GetByRole(AriaRole.Status)).ToContainTextAsync("Đang giao");
        await seller.GetByRole(AriaRole.Button, new() { Name = "Đã giao đến người nhận" }).ClickAsync();
        await Assertions.Expect(seller.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã giao");

        await seller.GetByRole(AriaRole.Link, new() { Name = "lô NSM-A01" }).ClickAsync();
        await Assertions.Expect(seller).ToHaveURLAsync(new Regex($"/truy-xuat/{fresh}$"));
        await Assertions.Expect(seller.Locator("ol.timeline li", new() { HasText = "Xuất hàng" })).ToHaveCountAsync(before + 1);
        await Assertions.Expect(seller.Locator("ol.timeline li", new() { HasText = "Nhận hàng" })).ToHaveCountAsync(receivedBefore + 1);
    }

    /// <summary>No sideways scrolling at phone width (and, for the queue, a page a thumb can get through).</summary>
    private static async Task AssertFitsAsync(IPage page, int maxHeight = int.MaxValue)
    {
        var size = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth, document.documentElement.scrollHeight]");
        Assert.True(size[0] <= size[1], $"{page.Url} is {size[0]} px wide on a {size[1]} px screen");
        Assert.True(size[2] <= maxHeight, $"{page.Url} is {size[2]} px tall");
    }
}
