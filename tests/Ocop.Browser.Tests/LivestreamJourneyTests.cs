using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ocop.Browser.Tests;

[Collection(AppCollection.Name)]
public sealed class LivestreamJourneyTests(AppFixture app)
{
    private const string ReadySession = "Phiên thử nghiệm: Nhãn Sông Mã vào mùa";
    private const string Longan = "Nhãn Sông Mã";

    /// <summary>
    /// The issue's acceptance journey: the demo host goes live, pins the Sông Mã longan and starts a
    /// flash deal with the shortest countdown (10 s); a guest already on the viewer page sees the
    /// pinned card and the deal's countdown arrive over the live feed, buys the deal without leaving
    /// the page, and the host console's orders, items and revenue move without a reload.
    /// </summary>
    [Fact]
    public async Task Host_PinsAndStartsADeal_ViewerSeesItLive_BuysInPlace_AndTheConsoleCountersMove()
    {
        var host = await app.NewPageAsync();
        Assert.True(await Journeys.TryLoginAsync(host, "livestream@ocop.example"), "the demo livestream host could not sign in");
        await host.GotoAsync("/livestream");
        await host.GetByRole(AriaRole.Link, new() { Name = ReadySession }).ClickAsync();
        await Assertions.Expect(host).ToHaveURLAsync(new Regex(@"/livestream/\d+$"));
        var viewerUrl = new Uri(host.Url).AbsolutePath;
        await host.GotoAsync(viewerUrl + "/dieu-khien");
        var start = host.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu phát trực tiếp" });
        if (await start.CountAsync() > 0)
        {
            await start.ClickAsync();
            await Assertions.Expect(host.GetByRole(AriaRole.Status)).ToContainTextAsync("Phiên đã bắt đầu phát trực tiếp.");
        }
        await Assertions.Expect(host.GetByRole(AriaRole.Button, new() { Name = "Kết thúc phiên" })).ToBeVisibleAsync();

        // A guest opens the viewer page on a phone; the feed is connected once the counters arrive (every 2 s).
        var viewer = await app.NewPageAsync();
        await viewer.GotoAsync(viewerUrl);
        await Assertions.Expect(viewer.Locator("#c-viewers")).Not.ToHaveTextAsync("0");
        var pinned = viewer.Locator("#live-pinned");
        await Assertions.Expect(pinned).ToBeHiddenAsync();
        var navigations = 0;
        viewer.FrameNavigated += (_, frame) => { if (frame == viewer.MainFrame) navigations++; };

        // The host pins the longan: the card appears on the viewer's page.
        var bagItem = host.Locator(".live-bag > li").Filter(new() { Has = host.Locator("strong", new() { HasTextRegex = new Regex($"^{Longan}$") }) });
        await bagItem.GetByRole(AriaRole.Button, new() { Name = "Ghim", Exact = true }).ClickAsync();
        await Assertions.Expect(host.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã ghim sản phẩm.");
        await Assertions.Expect(pinned).ToBeVisibleAsync();
        await Assertions.Expect(viewer.Locator("#pinned-card")).ToContainTextAsync(Longan);

        // The host starts a flash deal on it: 2 per buyer, 10 s countdown, 2 minutes.
        var product = host.GetByLabel(new Regex("^Sản phẩm"));
        var longanId = await product.EvaluateAsync<string>($"s => [...s.options].find(o => o.text.startsWith('{Longan} –')).value");
        await product.SelectOptionAsync(longanId);
        await host.GetByLabel(new Regex("^Giá ưu đãi")).FillAsync("35000");
        await host.GetByLabel(new Regex("^Số suất")).FillAsync("20");
        await host.GetByLabel(new Regex("^Tối đa mỗi khách")).FillAsync("2");
        await host.GetByLabel(new Regex("^Đếm ngược")).FillAsync("10");
        await host.GetByLabel(new Regex("^Thời lượng")).FillAsync("2");
        await host.GetByRole(AriaRole.Button, new() { Name = "Mở ưu đãi" }).ClickAsync();
        await Assertions.Expect(host.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã mở ưu đãi.");
        var orders = int.Parse(await host.Locator("#f-orders").InnerTextAsync());
        var items = int.Parse(await host.Locator("#f-items").InnerTextAsync());
        var revenue = await host.Locator("#f-revenuePlaced").InnerTextAsync();

        // The deal and its countdown on the server's clock appear on the viewer's page.
        var deal = viewer.Locator("#live-deals > li").Filter(new() { HasText = Longan });
        await Assertions.Expect(deal).ToHaveCountAsync(1);
        await Assertions.Expect(deal.Locator(".deal-price")).ToContainTextAsync("35.000");
        await Assertions.Expect(deal.GetByRole(AriaRole.Timer)).ToContainTextAsync("Mở sau");
        var buyDeal = deal.GetByRole(AriaRole.Button, new() { Name = "Mua ngay" });
        await Assertions.Expect(buyDeal).ToBeDisabledAsync();

        // While it counts down, the guest fills in the delivery details.
        await viewer.GetByLabel(new Regex("^Người nhận")).FillAsync("Đỗ Thị Hạnh");
        await viewer.GetByLabel(new Regex("^Số điện thoại")).FillAsync("0912345678");
        await viewer.GetByLabel(new Regex("^Địa chỉ")).FillAsync("Số 8, bản Hụm");
        await viewer.GetByLabel(new Regex("^Tỉnh/thành phố")).SelectOptionAsync("14");
        var communes = viewer.GetByLabel(new Regex("^Xã/phường"));
        await Assertions.Expect(communes.Locator("option")).Not.ToHaveCountAsync(1);
        await communes.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await viewer.GetByLabel(new Regex("^Thanh toán")).SelectOptionAsync("cod");

        // The countdown ends (10 s): the deal opens and the guest buys two at the deal price in place.
        await Assertions.Expect(deal.GetByRole(AriaRole.Timer)).ToContainTextAsync("Còn", new() { Timeout = 30_000 });
        await Assertions.Expect(buyDeal).ToBeEnabledAsync();
        await buyDeal.ClickAsync();
        await Assertions.Expect(viewer.Locator("#buy-deal-note")).ToBeVisibleAsync();
        await viewer.GetByLabel(new Regex("^Số lượng")).FillAsync("2");
        await viewer.GetByRole(AriaRole.Button, new() { Name = "Đặt hàng", Exact = true }).ClickAsync();
        await Assertions.Expect(viewer.Locator("#buy-result")).ToContainTextAsync(new Regex(@"Đã đặt đơn DH\w+"));
        await Assertions.Expect(viewer.Locator("#live-ticker")).ToContainTextAsync($"vừa đặt 2 kg {Longan}");
        Assert.Equal(0, navigations);

        // The host console's figures move on the next counters event, without a reload.
        await Assertions.Expect(host.Locator("#f-orders")).ToHaveTextAsync((orders + 1).ToString());
        await Assertions.Expect(host.Locator("#f-items")).ToHaveTextAsync((items + 2).ToString());
        await Assertions.Expect(host.Locator("#f-revenuePlaced")).Not.ToHaveTextAsync(revenue);
        await Assertions.Expect(host.Locator(".live-deal").Filter(new() { HasText = "35.000" }).Locator(".deal-sold")).ToHaveTextAsync("2");
    }
}
