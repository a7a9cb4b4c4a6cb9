using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ocop.Browser.Tests;

[Collection(AppCollection.Name)]
public sealed class CommerceJourneyTests(AppFixture app)
{
    private const string SongMa = "HTX Nông sản Sông Mã";

    /// <summary>
    /// The issue's acceptance journey: a guest fills a cart from two producers, checks out, sees two
    /// VietQR codes; SePay reports the transfer for the Sông Mã order, which then shows paid; the
    /// cooperative ships it with a tracking number, and the guest sees that number on the order.
    /// </summary>
    [Fact]
    public async Task Guest_BuysFromTwoProducers_PaysByVietQr_ProducerShips_AndBuyerSeesTracking()
    {
        var guest = await app.NewPageAsync();

        await AddToCartAsync(guest, "/san-pham/nhan-song-ma", 2);
        await guest.GotoAsync("/tim-kiem?q=moc+chau");
        var others = await guest.Locator(".card").Filter(new() { HasNotText = SongMa }).Locator("a.card-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var added = false;
        foreach (var href in others.Take(6))
        {
            await guest.GotoAsync(href);
            if (await guest.GetByRole(AriaRole.Button, new() { Name = "Thêm vào giỏ" }).CountAsync() == 0) continue;
            await AddToCartAsync(guest, href, 1);
            added = true;
            break;
        }
        Assert.True(added, "no product of a second producer could be added to the cart");
        await Assertions.Expect(guest.Locator(".cart-group")).ToHaveCountAsync(2);

        await guest.GetByRole(AriaRole.Link, new() { Name = "Đặt hàng" }).ClickAsync();
        await Assertions.Expect(guest).ToHaveURLAsync(new Regex("/thanh-toan$"));
        await guest.GetByLabel("Họ tên người nhận").FillAsync("Vũ Thị Lan");
        await guest.GetByLabel("Số điện thoại").FillAsync("0912345678");
        await guest.GetByLabel("Địa chỉ (số nhà, thôn/xóm, đường)").FillAsync("Số 12, bản Hụm");
        await guest.GetByLabel("Tỉnh/thành phố").SelectOptionAsync("14");
        var communes = guest.GetByLabel("Xã/phường");
        await Assertions.Expect(communes.Locator("option")).Not.ToHaveCountAsync(1);
        await communes.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await guest.GetByRole(AriaRole.Button, new() { Name = "Xem phí vận chuyển" }).ClickAsync();
        await Assertions.Expect(guest.Locator(".quote").First).ToContainTextAsync(SongMa);
        await guest.Locator("#carrier-ghn").CheckAsync();
        await guest.GetByLabel("Chuyển khoản VietQR").CheckAsync();
        await guest.GetByRole(AriaRole.Button, new() { Name = "Đặt hàng", Exact = true }).ClickAsync();

        await Assertions.Expect(guest).ToHaveURLAsync(new Regex("/don-hang/da-dat"));
        var qrs = guest.GetByRole(AriaRole.Img, new() { Name = "Mã VietQR" });
        await Assertions.Expect(qrs).ToHaveCountAsync(2);
        foreach (var qr in await qrs.AllAsync())
            Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "a VietQR image did not load");
        var heading = await guest.Locator(".placed-order h2").Filter(new() { HasText = SongMa }).InnerTextAsync();
        var code = Regex.Match(heading, @"DH\d+").Value;
        Assert.NotEmpty(code);

        // SePay reports the transfer of the amount due, with the order code in the memo, to the cooperative's account.
        var payment = await guest.Context.APIRequest.GetAsync($"/api/v1/orders/{code}/payment");
        Assert.True(payment.Ok, await payment.TextAsync());
        using var info = JsonDocument.Parse(await payment.TextAsync());
        var amount = info.RootElement.GetProperty("remaining").GetInt64();
        var account = info.RootElement.GetProperty("accountNumber").GetString();
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var webhook = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/sepay")
        {
            Content = JsonContent.Create(new
            {
                id = Random.Shared.NextInt64(1_000_000, 9_000_000_000), gateway = "Vietcombank", transactionDate = "2026-06-15 10:00:00",
                accountNumber = account, code = (string?)null, content = $"MBVCB.99 {code} chuyen tien", transferType = "in", transferAmount = amount,
                accumulated = 5_000_000, subAccount = (string?)null, referenceCode = "FT" + code, description = $"{code} chuyen tien",
            }),
        };
        webhook.Headers.TryAddWithoutValidation("Authorization", "Apikey " + AppFixture.SePayKey);
        var ack = await http.SendAsync(webhook);
        Assert.True(ack.IsSuccessStatusCode, await ack.Content.ReadAsStringAsync());

        await guest.GotoAsync($"/don-hang/{code}");
        await Assertions.Expect(guest.Locator(".order-status")).ToContainTextAsync("Đã thanh toán");

        var producer = await app.NewPageAsync();
        Assert.True(await Journeys.TryLoginAsync(producer, "htx.songma@ocop.example"), "the Sông Mã cooperative could not sign in");
        await producer.GotoAsync("/ban-hang/don-hang?trang-thai=Paid");
        await producer.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        var tracking = "GHN" + Journeys.Unique().ToUpperInvariant();
        await producer.GetByLabel("Đơn vị vận chuyển").SelectOptionAsync("ghn");
        await producer.GetByLabel("Mã vận đơn").FillAsync(tracking);
        await producer.GetByRole(AriaRole.Button, new() { Name = "Giao hàng" }).ClickAsync();
        await Assertions.Expect(producer.GetByRole(AriaRole.Status)).ToContainTextAsync("Đang giao");

        await guest.ReloadAsync();
        await Assertions.Expect(guest.Locator(".order-status")).ToContainTextAsync("Đang giao");
        await Assertions.Expect(guest.Locator(".tracking")).ToHaveTextAsync(tracking);
    }

    private static async Task AddToCartAsync(IPage page, string productUrl, int quantity)
    {
        if (!page.Url.EndsWith(productUrl, StringComparison.Ordinal)) await page.GotoAsync(productUrl);
        await page.GetByLabel("Số lượng").FillAsync(quantity.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào giỏ" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thêm vào giỏ hàng");
    }
}
