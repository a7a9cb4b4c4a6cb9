using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ocop.Browser.Tests;

[Collection(AppCollection.Name)]
public sealed class ProducerJourneyTests(AppFixture app)
{
    [Fact]
    public async Task Producer_AddsProductWithPhoto_ListsIt_AndBuyersFindItWithoutDiacritics()
    {
        var page = await app.NewPageAsync();
        if (!await Journeys.TryLoginAsync(page, "htx.songma@ocop.example"))
        {
            // Without the demo producers: register a Sơn La cooperative and have the province verify it.
            var name = $"HTX Nông sản Mường La {Journeys.Unique()}";
            await Journeys.RegisterProducerAsync(page, name, $"htx-{Journeys.Unique()}@ocop.example");
            await Journeys.VerifyAsOfficerAsync(await app.NewPageAsync(), name);
        }

        var code = Journeys.Unique();
        var product = $"Trà shan tuyết cổ thụ Tà Xùa {code}";
        await page.GotoAsync("/ban-hang/san-pham/moi");
        await page.GetByLabel("Tên sản phẩm").FillAsync(product);
        await page.GetByLabel("Bộ sản phẩm OCOP").SelectOptionAsync("11");
        await page.GetByLabel("Giá bán (đồng)").FillAsync("185000");
        await page.GetByLabel("Đơn vị bán").FillAsync("hộp 200 g");
        await page.GetByLabel("Tồn kho").FillAsync("30");
        await page.GetByLabel("Mô tả ngắn").FillAsync("Trà từ cây chè shan tuyết trăm năm tuổi trên đỉnh Tà Xùa.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu sản phẩm" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/ban-hang/san-pham/\d+$"));

        await page.GetByLabel("Chọn ảnh").SetInputFilesAsync(new FilePayload { Name = "tra.png", MimeType = "image/png", Buffer = Journeys.TinyPng });
        await page.GetByLabel("Mô tả ảnh cho người khiếm thị").FillAsync("Hộp trà shan tuyết");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải ảnh lên" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thêm ảnh");
        await Assertions.Expect(page.Locator(".photos img")).ToHaveCountAsync(1);

        await page.GotoAsync("/ban-hang/san-pham");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Đăng bán {product}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đăng bán");

        var buyer = await app.NewPageAsync();
        await buyer.GotoAsync("/");
        await buyer.GetByRole(AriaRole.Searchbox, new() { Name = "Tìm sản phẩm OCOP" }).FillAsync($"tra shan tuyet ta xua {code}");
        await buyer.Keyboard.PressAsync("Enter");
        await buyer.GetByRole(AriaRole.Link, new() { Name = product }).ClickAsync();
        await Assertions.Expect(buyer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(product);
        await Assertions.Expect(buyer.Locator(".product .price")).ToContainTextAsync("185.000 ₫");
        await Assertions.Expect(buyer.GetByRole(AriaRole.Img, new() { Name = "Hộp trà shan tuyết" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Producer_AddsAStaffAccount_WhoSignsInToTheSameSellerArea()
    {
        var page = await app.NewPageAsync();
        var name = $"HTX Chè Suối Giàng {Journeys.Unique()}";
        await Journeys.RegisterProducerAsync(page, name, $"htx-{Journeys.Unique()}@ocop.example");

        await page.GotoAsync("/ban-hang/gian-hang");
        var accounts = page.Locator("section[aria-labelledby='accounts']");
        var staff = $"xavien-{Journeys.Unique()}@ocop.example";
        await accounts.GetByLabel("Họ tên").FillAsync("Lò Thị Xã Viên");
        await accounts.GetByLabel("Email").FillAsync(staff);
        await accounts.GetByLabel("Mật khẩu ban đầu").FillAsync(Journeys.Password);
        await accounts.GetByRole(AriaRole.Button, new() { Name = "Thêm tài khoản" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thêm tài khoản");
        await Assertions.Expect(page.Locator("section[aria-labelledby='accounts'] li")).ToContainTextAsync([staff]);

        var colleague = await app.NewPageAsync();
        Assert.True(await Journeys.TryLoginAsync(colleague, staff));
        await colleague.GotoAsync("/ban-hang/gian-hang");
        await Assertions.Expect(colleague.GetByLabel("Tên chủ thể")).ToHaveValueAsync(name);
    }
}
