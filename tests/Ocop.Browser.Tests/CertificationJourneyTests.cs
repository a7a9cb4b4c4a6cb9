using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ocop.Browser.Tests;

/// <summary>
/// The evaluation cycle through the pages (issue 3's acceptance): the province opens a round and forms
/// a council, the producer submits a dossier, the commune forwards it, three members score it on the
/// sheet, the chair closes the session, the province records the decision that issues the certificate,
/// and a buyer sees the stars on the product and opens the verification page. The journey creates its
/// own round and council, so it passes with or without certification demo data.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CertificationJourneyTests(AppFixture app)
{
    private const string Product = "Long nhãn sấy Sông Mã"; // set 07, whose sheet is active
    private static readonly string[] Members = ["hoidong1@ocop.example", "hoidong2@ocop.example", "hoidong3@ocop.example"];

    [Fact]
    public async Task ProducerSubmits_CommuneForwards_ThreeMembersScore_ProvinceIssues_BuyerVerifiesTheStars()
    {
        var u = Journeys.Unique();
        var round = $"Đợt thử nghiệm {u}";
        var council = $"Hội đồng thử nghiệm {u}";

        var province = await app.NewPageAsync();
        await LoginAsync(province, "sonla@ocop.example");
        await OpenRoundAndFormCouncilAsync(province, round, council);

        var producer = await app.NewPageAsync();
        await LoginAsync(producer, "htx.songma@ocop.example");
        var dossierId = await SubmitDossierAsync(producer, round);

        var commune = await app.NewPageAsync();
        await LoginAsync(commune, "xa.songma@ocop.example");
        await commune.GotoAsync($"/quan-ly/ho-so/{dossierId}");
        await commune.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và chuyển lên tỉnh" }).ClickAsync();
        await Assertions.Expect(commune.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã chuyển hồ sơ lên tỉnh");

        await province.GotoAsync($"/quan-ly/ho-so/{dossierId}");
        await province.GetByLabel("Giao cho hội đồng").SelectOptionAsync(new SelectOptionValue { Label = council });
        await province.GetByRole(AriaRole.Button, new() { Name = "Hồ sơ đầy đủ – tiếp nhận" }).ClickAsync();
        await Assertions.Expect(province.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tiếp nhận và giao hội đồng");

        IPage? chair = null;
        foreach (var email in Members)
        {
            var member = await app.NewPageAsync();
            await LoginAsync(member, email);
            await ScoreAsync(member, dossierId);
            chair ??= member;
        }
        await chair!.GotoAsync("/hoi-dong");
        var session = chair.Locator("section.council", new() { Has = chair.GetByRole(AriaRole.Heading, new() { Name = council }) });
        await session.GetByRole(AriaRole.Button, new() { Name = "Kết thúc phiên họp" }).ClickAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã kết thúc phiên họp");

        var number = await RecordDecisionAsync(province, dossierId, u);

        var buyer = await app.NewPageAsync();
        await buyer.GotoAsync($"/tim-kiem?q={Uri.EscapeDataString(Product)}");
        await buyer.GetByRole(AriaRole.Link, new() { Name = Product, Exact = true }).First.ClickAsync();
        var badge = buyer.Locator("a.badge");
        await Assertions.Expect(badge).ToContainTextAsync(number);
        await Assertions.Expect(badge).ToContainTextAsync("★★★★");
        await badge.ClickAsync();
        await Assertions.Expect(buyer).ToHaveURLAsync(new Regex($"/xac-minh/{Regex.Escape(number)}$"));
        await Assertions.Expect(buyer.GetByRole(AriaRole.Status)).ToContainTextAsync("CÒN HIỆU LỰC");
        await Assertions.Expect(buyer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Giấy chứng nhận sản phẩm OCOP");
        await Assertions.Expect(buyer.GetByText("OCOP 4 sao")).ToBeVisibleAsync();
        await Assertions.Expect(buyer.GetByRole(AriaRole.Link, new() { Name = Product })).ToBeVisibleAsync();

        await buyer.GotoAsync("/xac-minh/OCOP-00-1999-0000");
        await Assertions.Expect(buyer.GetByRole(AriaRole.Heading, new() { Name = "Không tìm thấy giấy chứng nhận" })).ToBeVisibleAsync();
    }

    private static async Task LoginAsync(IPage page, string email) =>
        Assert.True(await Journeys.TryLoginAsync(page, email), $"{email} could not sign in");

    private static async Task OpenRoundAndFormCouncilAsync(IPage province, string round, string council)
    {
        await province.GotoAsync("/quan-ly/danh-gia");
        await province.GetByLabel("Tên đợt đánh giá").FillAsync(round);
        await province.GetByRole(AriaRole.Button, new() { Name = "Mở đợt", Exact = true }).ClickAsync();
        await Assertions.Expect(province.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã mở đợt đánh giá: {round}");

        await province.GetByLabel(new Regex("^Đợt đánh giá")).SelectOptionAsync(new SelectOptionValue { Label = round });
        await province.GetByLabel("Tên hội đồng").FillAsync(council);
        await province.GetByLabel("Chủ tịch hội đồng").SelectOptionAsync(new SelectOptionValue { Label = "Thành viên hội đồng 1 tỉnh Sơn La" });
        await province.GetByLabel(Members[1]).CheckAsync();
        await province.GetByLabel(Members[2]).CheckAsync();
        await province.GetByRole(AriaRole.Button, new() { Name = "Thành lập hội đồng" }).ClickAsync();
        await Assertions.Expect(province.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã thành lập hội đồng: {council}");
    }

    /// <summary>The producer opens a dossier, fills the self-assessment on the sheet, attaches evidence and submits; returns the dossier id.</summary>
    private static async Task<string> SubmitDossierAsync(IPage producer, string round)
    {
        await producer.GotoAsync("/ban-hang/ho-so");
        await producer.GetByLabel(new Regex("^Sản phẩm")).SelectOptionAsync(new SelectOptionValue { Label = $"{Product} (bộ 07)" });
        var roundValue = await producer.Locator("#Input_RoundId option", new() { HasText = round }).GetAttributeAsync("value");
        await producer.GetByLabel("Đợt đánh giá").SelectOptionAsync(roundValue!);
        await producer.GetByLabel("Loại đánh giá").SelectOptionAsync(new SelectOptionValue { Label = "Đánh giá lần đầu" });
        await producer.GetByLabel("Mẫu sản phẩm gửi hội đồng").FillAsync("3 hộp 500 g");
        await producer.GetByRole(AriaRole.Button, new() { Name = "Lập hồ sơ" }).ClickAsync();
        await Assertions.Expect(producer).ToHaveURLAsync(new Regex(@"/ban-hang/ho-so/\d+$"));
        var id = producer.Url.Split('/').Last();

        var criteria = producer.Locator("fieldset.crit");
        var count = await criteria.CountAsync();
        Assert.True(count > 20, $"the sheet shows only {count} criteria");
        for (var i = 0; i < count; i++) await criteria.Nth(i).Locator("label.opt").Last.ClickAsync();
        await Assertions.Expect(producer.Locator("[data-answered]")).ToHaveTextAsync(count.ToString());

        await producer.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await Assertions.Expect(producer.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu phiếu tự đánh giá");
        await producer.GetByLabel("Tệp minh chứng").SetInputFilesAsync(new FilePayload { Name = "vung-nguyen-lieu.png", MimeType = "image/png", Buffer = Journeys.TinyPng });
        await producer.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await Assertions.Expect(producer.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thêm minh chứng");
        await producer.GetByRole(AriaRole.Button, new() { Name = "Lưu và nộp hồ sơ" }).ClickAsync();
        await Assertions.Expect(producer.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã nộp hồ sơ");
        await Assertions.Expect(producer.GetByText("Chờ xã sơ bộ").First).ToBeVisibleAsync();
        return id;
    }

    /// <summary>
    /// A member scores every criterion on the tablet sheet: the best option below the 5★ gates, so the
    /// result is capped at 4★ (a provincial certificate), then sees the comparison view.
    /// </summary>
    private static async Task ScoreAsync(IPage member, string dossierId)
    {
        await member.GotoAsync($"/hoi-dong/{dossierId}");
        var criteria = member.Locator("fieldset.crit");
        var count = await criteria.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var best = await criteria.Nth(i).EvaluateAsync<int>(@"f => {
                const radios = [...f.querySelectorAll('input[type=radio]')];
                let best = 0;
                radios.forEach((r, k) => {
                    const p = parseFloat(r.dataset.points), b = parseFloat(radios[best].dataset.points);
                    if (r.dataset.gate !== '5' && (radios[best].dataset.gate === '5' || p > b)) best = k;
                });
                return best;
            }");
            await criteria.Nth(i).Locator("label.opt").Nth(best).ClickAsync();
        }
        await Assertions.Expect(member.Locator("[data-answered]")).ToHaveTextAsync(count.ToString());
        await member.GetByRole(AriaRole.Button, new() { Name = "Nộp phiếu chấm" }).ClickAsync();
        await Assertions.Expect(member.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã nộp phiếu chấm");
        await Assertions.Expect(member.GetByText("Bạn đã nộp phiếu chấm")).ToBeVisibleAsync();
    }

    /// <summary>The province records the decision for the scored dossier; returns the certificate number it issued.</summary>
    private static async Task<string> RecordDecisionAsync(IPage province, string dossierId, string u)
    {
        await province.GotoAsync("/quan-ly/danh-gia/quyet-dinh");
        await province.Locator($"#d-{dossierId}").CheckAsync();
        await province.GetByLabel("Số quyết định").FillAsync($"{u}/QĐ-UBND");
        await province.GetByLabel("Người ký").FillAsync("Nguyễn Văn Thử");
        await province.GetByRole(AriaRole.Button, new() { Name = "Ghi quyết định và cấp giấy chứng nhận" }).ClickAsync();
        var status = province.GetByRole(AriaRole.Status);
        await Assertions.Expect(status).ToContainTextAsync("Đã ghi quyết định và cấp giấy chứng nhận");
        var number = Regex.Match(await status.InnerTextAsync(), @"OCOP-14-\d{4}-\d{4}").Value;
        Assert.False(string.IsNullOrEmpty(number), "no certificate number in the confirmation");
        return number;
    }
}
