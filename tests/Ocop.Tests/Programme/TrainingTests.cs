using Ocop.Features.Commerce;
using Ocop.Features.Identity;

namespace Ocop.Tests.Programme;

/// <summary>Trainings, attendance (typed and imported), scope, and the funnel derived from the platform's data.</summary>
public abstract class TrainingTests(OcopApp app)
{
    [Fact]
    public async Task ImportSheet_WithBadRows_ListsEveryBadRow_AndImportsNothing()
    {
        var (officer, session) = await Trainings.SessionAsync(app, days: 2);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-7);
        var good = Trainings.Phone();
        var csv = string.Join("\n",
            "ho_ten,so_dien_thoai,ma_xa,ngay",
            $"Lò Thị Hoa,{good},04168,{start:dd/MM/yyyy}",
            "Thiếu cột,0911111111",
            $"Mã xã lạ,{Trainings.Phone()},99999,",
            $"Trùng số,{good},04168,",
            $"Ngoài ngày học,{Trainings.Phone()},04168,{start.AddDays(5):dd/MM/yyyy}",
            $"Sai ngày,{Trainings.Phone()},04168,31/02/2026",
            $"Tỉnh khác,{Trainings.Phone()},18073,",
            "Số sai,12345,04168,",
            $"\"Quàng, Văn Nhiều\",{Trainings.Phone()},4168,");
        var problem = await (await Trainings.ImportAsync(officer, session, csv)).AssertProblemAsync(HttpStatusCode.BadRequest, "rows");
        var rows = problem.GetProperty("errors").GetProperty("rows").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(7, rows.Count);
        Assert.Contains(rows, r => r.StartsWith("Dòng 3:") && r.Contains("3 hoặc 4 cột"));
        Assert.Contains(rows, r => r.StartsWith("Dòng 4:") && r.Contains("99999"));
        Assert.Contains(rows, r => r.StartsWith("Dòng 5:") && r.Contains("trùng với dòng 2"));
        Assert.Contains(rows, r => r.StartsWith("Dòng 6:") && r.Contains("ngoài thời gian lớp học"));
        Assert.Contains(rows, r => r.StartsWith("Dòng 7:") && r.Contains("dd/MM/yyyy"));
        Assert.Contains(rows, r => r.StartsWith("Dòng 8:") && r.Contains("không thuộc tỉnh"));
        Assert.Contains(rows, r => r.StartsWith("Dòng 9:") && r.Contains("Số điện thoại"));
        Assert.Equal(0, await Trainings.AttendanceCountAsync(app, session));

        var clean = $"ho_ten,so_dien_thoai,ma_xa,ngay\nLò Thị Hoa,{good},04168,\n\"Quàng, Văn Nhiều\",+84 {Trainings.Phone()[1..]},4168,{start.AddDays(1):dd/MM/yyyy}\n";
        var summary = await (await Trainings.ImportAsync(officer, session, clean)).JsonAsync();
        Assert.Equal(2, summary.GetProperty("imported").GetInt32());
        Assert.Equal(2, await Trainings.AttendanceCountAsync(app, session));

        var again = await (await Trainings.ImportAsync(officer, session, clean)).AssertProblemAsync(HttpStatusCode.BadRequest, "rows");
        Assert.All(again.GetProperty("errors").GetProperty("rows").EnumerateArray(), r => Assert.Contains("đã điểm danh", r.GetString()));
        Assert.Equal(2, await Trainings.AttendanceCountAsync(app, session));
    }

    [Fact]
    public async Task RecordAttendance_ChecksDuplicatesAndDates_PerField()
    {
        var (officer, session) = await Trainings.SessionAsync(app);
        var phone = Trainings.Phone();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await (await officer.PostJsonAsync($"/api/v1/programme/sessions/{session}/attendance", new { fullName = "Hà Văn Ba", phone, communeCode = "04168" }))
            .JsonAsync(HttpStatusCode.Created);
        await (await officer.PostJsonAsync($"/api/v1/programme/sessions/{session}/attendance", new { fullName = "Hà Văn Ba", phone, communeCode = "04168" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "phone");
        await (await officer.PostJsonAsync($"/api/v1/programme/sessions/{session}/attendance",
                new { fullName = "Hà Văn Bốn", phone = Trainings.Phone(), communeCode = "04168", attendedOn = today.AddDays(3).ToString("yyyy-MM-dd") }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "attendedOn");
        await (await officer.PostJsonAsync($"/api/v1/programme/sessions/{session}/attendance", new { fullName = "Hà Văn Năm", phone = Trainings.Phone(), communeCode = "00000" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "communeCode");
        await (await officer.PostJsonAsync("/api/v1/programme/sessions",
                new { courseId = 1, communeCode = "04168", startsOn = today.AddYears(-5).ToString("yyyy-MM-dd"), trainer = "A" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task OfficersOutsideTheProvince_AreRefused()
    {
        var (_, session) = await Trainings.SessionAsync(app);
        var haTinh = await app.LoginAsNewAsync(Roles.Province, "42");
        await (await Trainings.ImportAsync(haTinh, session, $"ho_ten,so_dien_thoai,ma_xa\nA,{Trainings.Phone()},04168\n")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await haTinh.GetAsync($"/api/v1/programme/sessions/{session}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await haTinh.GetAsync("/api/v1/programme/funnel?province=14")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await haTinh.PutJsonAsync("/api/v1/programme/targets/14", new { year = 2026, trained = 1, storefronts = 1, paymentAccounts = 1, listedProducers = 1, selling = 1 }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        var commune = await app.LoginAsNewAsync(Roles.Commune, "14", "04168");
        await (await Trainings.ImportAsync(commune, session, $"ho_ten,so_dien_thoai,ma_xa\nA,{Trainings.Phone()},04168\n")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await commune.GetAsync("/api/v1/programme/funnel")).StatusCode);
        var buyer = await app.LoginAsNewAsync(Roles.Buyer);
        await (await buyer.GetAsync("/api/v1/programme/funnel")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await haTinh.GetAsync($"/quan-ly/chuong-trinh/lop/{session}")).StatusCode);
    }

    [Fact]
    public async Task Funnel_MovesWithThePlatformsOwnData_AndLinksALaterRegistration()
    {
        const string commune = "03664";
        var (officer, session) = await Trainings.SessionAsync(app, commune: commune);
        var phone = Trainings.Phone();
        var before = await Trainings.CommuneFunnelAsync(officer, "14", commune);
        await (await Trainings.ImportAsync(officer, session, $"ho_ten,so_dien_thoai,ma_xa,ngay\nCầm Thị Lan,{phone},{commune},\n")).JsonAsync();
        async Task Expect(params int[] delta)
        {
            var now = await Trainings.CommuneFunnelAsync(officer, "14", commune);
            Assert.Equal(delta, now.Zip(before, (a, b) => a - b).ToArray());
        }
        // Other modules' facts reach the stored funnel at its next catch-up pass (the job's, or this "update now").
        async Task ExpectAfterCatchUp(params int[] delta)
        {
            var pass = await (await officer.PostAsync("/api/v1/programme/funnel/refresh", null)).JsonAsync();
            Assert.False(pass.GetProperty("rebuilt").GetBoolean());
            await Expect(delta);
        }
        // The import moves the funnel in the same save.
        await Expect(1, 0, 0, 0, 0);

        // The household registers later as a producer with the same phone (in the +84 form), verified, no bank account yet.
        var (producer, owner) = await app.VerifiedProducerAsync(commune, "14");
        await app.WithDb(async db =>
        {
            var p = await db.Producers.FindAsync(producer.Id);
            p!.Phone = "+84" + phone[1..];
            p.UpdatedAt = DateTime.UtcNow;
            (p.BankBin, p.BankAccountNumber, p.BankAccountName) = (null, null, null);
            return await db.SaveChangesAsync();
        });
        await ExpectAfterCatchUp(1, 1, 0, 0, 0);
        await app.WithDb(async db =>
        {
            var p = await db.Producers.FindAsync(producer.Id);
            (p!.BankBin, p.BankAccountNumber, p.BankAccountName) = ("970436", "0123456789", "CAM THI LAN");
            p.UpdatedAt = DateTime.UtcNow;
            return await db.SaveChangesAsync();
        });
        await ExpectAfterCatchUp(1, 1, 1, 0, 0);
        var product = await (await owner.PostJsonAsync("/api/v1/products", OcopApp.ProductBody(app.Unique("Chè Shan tuyết ")))).JsonAsync(HttpStatusCode.Created);
        await ExpectAfterCatchUp(1, 1, 1, 1, 0);
        await app.WithDb(async db =>
        {
            db.Add(new Order
            {
                Code = "DHT" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999), ProducerId = producer.Id, ProducerName = producer.Name, LookupToken = Guid.NewGuid().ToString("N"),
                Status = OrderStatus.Paid, PaymentMethod = PaymentMethod.VietQr, RecipientName = "Người mua", Phone = "0987654321", AddressLine = "1 Đường A",
                CommuneCode = "04168", ProvinceCode = "14", CarrierCode = "vnpost", Subtotal = 120_000, Total = 120_000, AmountPaid = 120_000,
                PlacedAt = DateTime.UtcNow, PaidAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        await ExpectAfterCatchUp(1, 1, 1, 1, 1);

        var detail = await (await officer.GetAsync($"/api/v1/programme/sessions/{session}")).JsonAsync();
        Assert.Equal("FirstSale", detail.GetProperty("attendees")[0].GetProperty("stage").GetString());
        Assert.True(product.GetProperty("id").GetInt32() > 0);
    }

    [Fact]
    public async Task Targets_ShowProgressAgainstTheDerivedFunnel()
    {
        var (officer, session) = await Trainings.SessionAsync(app, "19", "01849");
        await (await Trainings.ImportAsync(officer, session, $"ho_ten,so_dien_thoai,ma_xa\nA,{Trainings.Phone()},01849\n")).JsonAsync();
        var year = DateTime.UtcNow.AddHours(7).Year;
        await (await officer.PutJsonAsync("/api/v1/programme/targets/19", new { year, trained = 100_000, storefronts = 5, paymentAccounts = 5, listedProducers = 5, selling = 5 })).JsonAsync();
        var funnel = await (await officer.GetAsync("/api/v1/programme/funnel")).JsonAsync();
        var target = funnel.GetProperty("target");
        Assert.Equal(100_000, target.GetProperty("values")[0].GetInt32());
        var totals = funnel.GetProperty("totals").EnumerateArray().Select(t => t.GetInt32()).ToArray();
        Assert.InRange(totals[0], 1, 999); // the attendee just imported is trained; far below the target
        Assert.Equal(0, target.GetProperty("progress")[0].GetInt32());
        for (var i = 1; i < totals.Length; i++)
            Assert.Equal(Math.Min(100, totals[i] * 100 / 5), target.GetProperty("progress")[i].GetInt32());
        // A target the province has already reached reads 100 %, never more.
        await (await officer.PutJsonAsync("/api/v1/programme/targets/19", new { year, trained = totals[0], storefronts = 5, paymentAccounts = 5, listedProducers = 5, selling = 5 })).JsonAsync();
        var reached = (await (await officer.GetAsync("/api/v1/programme/funnel")).JsonAsync()).GetProperty("target");
        Assert.Equal(100, reached.GetProperty("progress")[0].GetInt32());
        var response = await officer.GetAsync("/quan-ly/chuong-trinh");
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, page[page.IndexOf("<main", StringComparison.Ordinal)..]);
        Assert.Contains("funnel-table", page);
        Assert.Contains("<title id=\"funnel-chart-t\">", page);
    }
}

[Collection(SqliteCollection.Name)] public sealed class TrainingSqliteTests(SqliteApp app) : TrainingTests(app);
[Collection(PostgresCollection.Name)] public sealed class TrainingPostgresTests(PostgresApp app) : TrainingTests(app);
