using Microsoft.Playwright;

namespace Ocop.Browser.Tests;

[Collection(AppCollection.Name)]
public sealed class ProgrammeJourneyTests(AppFixture app)
{
    private const string Household = "Lò Văn Pọm";

    private static async Task<int> ListedTotalAsync(IPage officer, bool updateNow = false)
    {
        await officer.GotoAsync("/quan-ly/chuong-trinh");
        if (updateNow)
        {
            // Listings reach the stored funnel at its next catch-up pass; the officer asks for it now instead of waiting.
            await officer.GetByRole(AriaRole.Button, new() { Name = "Cập nhật ngay" }).ClickAsync();
            await officer.WaitForURLAsync("**/quan-ly/chuong-trinh?province=*");
            await Assertions.Expect(officer.Locator("#funnel-as-of")).ToBeVisibleAsync();
        }
        return int.Parse(await officer.Locator("#funnel-table tfoot td[data-stage=ProductListed]").InnerTextAsync());
    }

    [Fact]
    public async Task Officer_ImportsASignInSheet_AndSeesTheFunnelMoveWhenATrainedHouseholdListsItsFirstProduct()
    {
        var officer = await app.NewPageAsync();
        Assert.True(await Journeys.TryLoginAsync(officer, "sonla@ocop.example"), "the Sơn La officer could not sign in");
        var listedBefore = await ListedTotalAsync(officer);

        await officer.Locator("table a[href^='/quan-ly/chuong-trinh/lop/']").First.ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Nhập danh sách ký tên (CSV)" })).ToBeVisibleAsync();

        // A sheet with a bad row is refused as a whole, every bad row listed.
        await officer.GetByLabel("Dán nội dung CSV").FillAsync($"ho_ten,so_dien_thoai,ma_xa,ngay\n{Household},{Data.Demo.DemoSeeder.ReadyHouseholdPhone},04168,\nSai mã xã,0911222333,99999,\n");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Nhập danh sách" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#row-errors li")).ToHaveCountAsync(1);
        await Assertions.Expect(officer.Locator("#row-errors")).ToContainTextAsync("Dòng 3");
        await Assertions.Expect(officer.Locator("#attendees")).Not.ToContainTextAsync(Household);

        await officer.GetByLabel("Dán nội dung CSV").FillAsync($"ho_ten,so_dien_thoai,ma_xa,ngay\n{Household},{Data.Demo.DemoSeeder.ReadyHouseholdPhone},04168,\n");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Nhập danh sách" }).ClickAsync();
        var row = officer.Locator("#attendees tr", new() { HasText = Household });
        await Assertions.Expect(row).ToContainTextAsync("Có tài khoản nhận VietQR");
        Assert.Equal(listedBefore, await ListedTotalAsync(officer));

        // The trained household lists its first product from its back office.
        var producer = await app.NewPageAsync();
        Assert.True(await Journeys.TryLoginAsync(producer, Data.Demo.DemoSeeder.ReadyHouseholdEmail), "the household could not sign in");
        await producer.GotoAsync("/ban-hang/san-pham");
        await producer.GetByRole(AriaRole.Link, new() { Name = "Măng rừng sấy khô Sông Mã" }).ClickAsync();
        await producer.GetByLabel("Trạng thái").SelectOptionAsync("Listed");
        await producer.GetByRole(AriaRole.Button, new() { Name = "Lưu sản phẩm" }).ClickAsync();
        await producer.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal(listedBefore + 1, await ListedTotalAsync(officer, updateNow: true));
        await officer.GotoAsync("/quan-ly/thong-ke");
        await Assertions.Expect(officer.Locator("svg.chart").First).ToBeVisibleAsync();
    }
}
