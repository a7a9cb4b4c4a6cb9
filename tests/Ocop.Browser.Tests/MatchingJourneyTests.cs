using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ocop.Browser.Tests;

/// <summary>Supply–demand connection from a buyer's demand post to an agreed deal, with the producer on the other side.</summary>
[Collection(AppCollection.Name)]
public sealed class MatchingJourneyTests(AppFixture app)
{
    [Fact]
    public async Task Buyer_PostsDemand_ProducerOffersAndContacts_TheyNegotiate_AndAgreeADeal()
    {
        var code = Journeys.Unique();
        var buyer = await app.NewPageAsync();
        Assert.True(await Journeys.TryLoginAsync(buyer, "thumua@ocop.example"), "the demo B2B buyer could not sign in");
        await buyer.GotoAsync("/ket-noi/thu-mua");
        await buyer.GetByRole(AriaRole.Link, new() { Name = "Đăng nhu cầu mới" }).ClickAsync();
        var demandTitle = $"Nhãn tươi {code} cho siêu thị";
        await buyer.GetByLabel("Tiêu đề").FillAsync(demandTitle);
        await buyer.GetByLabel("Mô tả nhu cầu").FillAsync("Nhãn loại 1, đóng thùng 10 kg.");
        await buyer.Locator("#Input_SetCode").SelectOptionAsync("1");
        await buyer.GetByLabel("Số lượng mỗi lần").FillAsync("2");
        await buyer.Locator("#Input_Unit").SelectOptionAsync("Tonne");
        await buyer.GetByLabel("Tần suất").SelectOptionAsync("Weekly");
        await buyer.GetByLabel("Tỉnh/thành nhận hàng").SelectOptionAsync("01");
        await buyer.GetByLabel("Giá tối đa (đồng mỗi đơn vị)").FillAsync("40000000");
        await buyer.GetByLabel("VietGAP").CheckAsync();
        await buyer.GetByRole(AriaRole.Button, new() { Name = "Đăng nhu cầu" }).ClickAsync();
        await Assertions.Expect(buyer).ToHaveURLAsync(new Regex(@"/ket-noi/thu-mua/nhu-cau/\d+$"));
        await Assertions.Expect(buyer.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đăng nhu cầu");

        var producer = await app.NewPageAsync();
        Assert.True(await Journeys.TryLoginAsync(producer, "htx.songma@ocop.example"), "the demo producer could not sign in");
        await producer.GotoAsync("/ban-hang/ket-noi");
        await producer.GetByLabel("Tiêu đề").FillAsync($"Nhãn lồng Sông Mã {code}");
        await producer.GetByLabel("Bộ sản phẩm (khi không chọn sản phẩm)").SelectOptionAsync("1");
        await producer.GetByLabel("Sản lượng mỗi kỳ").FillAsync("10");
        await producer.Locator("#Input_Unit").SelectOptionAsync("Tonne");
        await producer.GetByLabel("Kỳ sản lượng").SelectOptionAsync("Weekly");
        await producer.GetByLabel("Giá (đồng mỗi đơn vị)").FillAsync("30000000");
        await producer.GetByLabel("VietGAP").CheckAsync();
        await producer.GetByRole(AriaRole.Button, new() { Name = "Đăng chào bán" }).ClickAsync();
        await Assertions.Expect(producer).ToHaveURLAsync(new Regex(@"/ban-hang/ket-noi/\d+$"));

        var match = producer.Locator(".match").Filter(new() { HasText = demandTitle });
        await Assertions.Expect(match).ToHaveCountAsync(1);
        await match.GetByText("Vì sao phù hợp").ClickAsync();
        await Assertions.Expect(match.GetByRole(AriaRole.Table)).ToContainTextAsync("Cùng bộ sản phẩm");
        await match.GetByLabel("Lời nhắn (không bắt buộc)").FillAsync("Chúng tôi giao được 2 tấn mỗi tuần bằng xe lạnh.");
        await match.GetByRole(AriaRole.Button, new() { Name = "Gửi yêu cầu liên hệ" }).ClickAsync();
        await Assertions.Expect(producer).ToHaveURLAsync(new Regex(@"/ket-noi/giao-dich/\d+$"));
        await Assertions.Expect(producer.Locator("#deal-status")).ToHaveTextAsync("Đã liên hệ");
        var dealUrl = new Uri(producer.Url).AbsolutePath;

        await buyer.GotoAsync("/ket-noi/giao-dich");
        await buyer.GetByRole(AriaRole.Link, new() { Name = demandTitle }).ClickAsync();
        await Assertions.Expect(buyer).ToHaveURLAsync(new Regex(Regex.Escape(dealUrl) + "$"));
        await Assertions.Expect(buyer.Locator(".messages")).ToContainTextAsync("xe lạnh");
        await buyer.GetByLabel("Tin nhắn").FillAsync("Đồng ý giá 30 triệu đồng/tấn, giao từ tuần sau.");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "Gửi", Exact = true }).ClickAsync();
        await Assertions.Expect(buyer.Locator("#deal-status")).ToHaveTextAsync("Đang thương lượng");
        await buyer.GetByLabel("Đơn giá (đồng)").FillAsync("30000000");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "Gửi đề nghị" }).ClickAsync();
        // The buyer's terms alone record nothing: the deal waits for the producer to accept them.
        await Assertions.Expect(buyer.Locator("#deal-status")).ToHaveTextAsync("Đang thương lượng");
        await Assertions.Expect(buyer.Locator("#proposal-wait")).ToBeVisibleAsync();
        await Assertions.Expect(buyer.Locator(".proposal")).ToContainTextAsync("60.000.000 ₫");

        await producer.ReloadAsync();
        await Assertions.Expect(producer.Locator(".proposal")).ToContainTextAsync("60.000.000 ₫");
        await producer.GetByRole(AriaRole.Button, new() { Name = "Đồng ý thoả thuận này" }).ClickAsync();
        await Assertions.Expect(producer.Locator("#deal-status")).ToHaveTextAsync("Đã thoả thuận");
        await Assertions.Expect(producer.Locator(".terms")).ToContainTextAsync("60.000.000 ₫");

        await buyer.ReloadAsync();
        await Assertions.Expect(buyer.Locator("#deal-status")).ToHaveTextAsync("Đã thoả thuận");
    }
}
