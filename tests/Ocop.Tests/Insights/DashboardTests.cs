using System.Xml.Linq;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;
using Ocop.Features.Insights;
using Ocop.Infrastructure;
using Ocop.Tests.Matching;

namespace Ocop.Tests.Insights;

/// <summary>Snapshots and the dashboard (scope, figures, SVG), open data without personal data, and the marketplace feeds.</summary>
public abstract class DashboardTests(OcopApp app)
{
    private async Task SnapshotAsync() => await (await (await app.LoginAsNewAsync(Roles.Central)).PostAsync("/api/v1/stats/snapshots", null)).JsonAsync();

    [Fact]
    public async Task Dashboard_ReadsTheSnapshot_InTheOfficersScope()
    {
        var (producer, owner) = await app.VerifiedProducerAsync("18073", "42");
        await (await owner.PostJsonAsync("/api/v1/products", OcopApp.ProductBody(app.Unique("Kẹo cu đơ ")))).JsonAsync(HttpStatusCode.Created);
        await app.WithDb(async db =>
        {
            db.Add(new Order
            {
                Code = "DHS" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999), ProducerId = producer.Id, ProducerName = producer.Name, LookupToken = Guid.NewGuid().ToString("N"),
                Status = OrderStatus.Paid, PaymentMethod = PaymentMethod.VietQr, RecipientName = "Người mua", Phone = "0987654321", AddressLine = "1 Đường A",
                CommuneCode = "04168", ProvinceCode = "14", CarrierCode = "vnpost", Subtotal = 250_000, Total = 250_000, AmountPaid = 250_000,
                PlacedAt = DateTime.UtcNow.AddMinutes(-5), PaidAt = DateTime.UtcNow.AddMinutes(-4),
            });
            return await db.SaveChangesAsync();
        });
        await SnapshotAsync();

        var haTinh = await app.LoginAsNewAsync(Roles.Province, "42");
        var d = await (await haTinh.GetAsync("/api/v1/stats/dashboard")).JsonAsync();
        Assert.Equal("42", d.GetProperty("provinceCode").GetString());
        Assert.True(d.TryGetProperty("asOf", out var asOf) && asOf.ValueKind == System.Text.Json.JsonValueKind.String);
        var storefront = d.GetProperty("channels").EnumerateArray().First(c => c.GetProperty("channel").GetString() == "storefront");
        Assert.True(storefront.GetProperty("paidGmv").GetInt64() >= 250_000);
        Assert.True(d.GetProperty("listedProducts").GetInt64() >= 1);
        Assert.NotEmpty(d.GetProperty("notYetMeasured").EnumerateArray());

        await (await haTinh.GetAsync("/api/v1/stats/dashboard?province=14")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await haTinh.GetAsync("/quan-ly/thong-ke?province=14")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await haTinh.GetAsync("/quan-ly/thong-ke/bao-cao?province=14")).StatusCode);
        var buyer = await app.LoginAsNewAsync(Roles.Buyer);
        await (await buyer.GetAsync("/api/v1/stats/dashboard")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await haTinh.PostAsync("/api/v1/stats/snapshots", null)).AssertProblemAsync(HttpStatusCode.Forbidden);

        var page = await (await haTinh.GetAsync("/quan-ly/thong-ke")).Content.ReadAsStringAsync();
        var svg = page[page.IndexOf("<svg", StringComparison.Ordinal)..(page.IndexOf("</svg>", StringComparison.Ordinal) + 6)];
        var doc = XElement.Parse(svg);
        Assert.Equal("img", (string?)doc.Attribute("role"));
        Assert.NotNull(doc.Element(XName.Get("title", "http://www.w3.org/2000/svg")));
        Assert.NotNull(doc.Element(XName.Get("desc", "http://www.w3.org/2000/svg")));
        Assert.Contains("class=\"chart-data\"", page);
        var report = await haTinh.GetAsync("/quan-ly/thong-ke/bao-cao");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("data-print", await report.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAgreedMatchingDeal_CountsAsB2bValuePlaced_WithoutPaidFigures()
    {
        var central = await app.LoginAsNewAsync(Roles.Central);
        async Task<System.Text.Json.JsonElement> B2bAsync()
        {
            await SnapshotAsync();
            var d = await (await central.GetAsync("/api/v1/stats/dashboard?province=14")).JsonAsync();
            return d.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == SalesChannels.B2b);
        }
        var before = await B2bAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("paidGmv").ValueKind);

        var word = app.Unique("gaotam");
        var (buyer, _) = await app.VerifiedBuyerAsync();
        var demandId = await buyer.PostDemandAsync(Trade.Demand($"Gạo {word} cho bếp ăn", set: 3).With("frequency", "Monthly").With("minStars", 0));
        var (_, owner) = await app.VerifiedProducerAsync();
        await owner.PostOfferAsync(Trade.Offer($"Gạo {word} thơm", set: 3).With("period", "Monthly"));
        var matchId = (await buyer.MatchesAsync("demands", demandId)).First().GetProperty("id").GetInt64();
        var deal = (await (await buyer.PostAsJsonAsync($"/api/v1/matching/matches/{matchId}/contact", new { message = "Bên em cần 3 tấn." })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        await (await owner.PostAsJsonAsync($"/api/v1/matching/deals/{deal}/messages", new { text = "Giá 20.000 ₫/kg." })).JsonAsync();
        var stillNegotiating = await B2bAsync();
        Assert.Equal(before.GetProperty("gmv").GetInt64(), stillNegotiating.GetProperty("gmv").GetInt64());

        var terms = new { quantity = 3, unit = "Tonne", price = 20_000_000, from = Trade.Today.AddDays(7).ToString("yyyy-MM-dd"), to = Trade.Today.AddMonths(3).ToString("yyyy-MM-dd") };
        await (await buyer.PostAsJsonAsync($"/api/v1/matching/deals/{deal}/agree", terms)).JsonAsync();
        // The buyer's terms alone are a proposal: no B2B sale until the producer accepts them.
        Assert.Equal(before.GetProperty("gmv").GetInt64(), (await B2bAsync()).GetProperty("gmv").GetInt64());
        await (await owner.PostAsJsonAsync($"/api/v1/matching/deals/{deal}/agree", terms)).JsonAsync();
        var after = await B2bAsync();
        Assert.Equal(before.GetProperty("orders").GetInt64() + 1, after.GetProperty("orders").GetInt64());
        Assert.Equal(before.GetProperty("gmv").GetInt64() + 60_000_000, after.GetProperty("gmv").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, after.GetProperty("paidOrders").ValueKind);

        // Closing (fulfilment) does not count the deal twice.
        await (await owner.PostAsync($"/api/v1/matching/deals/{deal}/close", null)).JsonAsync();
        Assert.Equal(after.GetProperty("gmv").GetInt64(), (await B2bAsync()).GetProperty("gmv").GetInt64());
    }

    [Fact]
    public async Task Snapshot_BackfilledForAPastQuarter_CountsOnlyWhatExistedThen()
    {
        var old = await app.WithDb(async db =>
        {
            var builder = new SnapshotBuilder(db, null, TimeProvider.System);
            var s = await builder.TakeAsync(new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            return await db.Set<InsightsFigure>().Where(f => f.SnapshotId == s.Id && f.Metric == Metrics.OrdersPlaced).CountAsync();
        });
        Assert.Equal(0, old);
        Assert.Equal(4, SnapshotBuilder.QuarterEnds(new DateTime(2026, 5, 10, 0, 0, 0, DateTimeKind.Utc), 4).Count);
        Assert.Equal("Q1/2026", Dashboard.QuarterLabel(SnapshotBuilder.QuarterEnds(new DateTime(2026, 5, 10, 0, 0, 0, DateTimeKind.Utc), 1)[0]));
    }

    [Fact]
    public async Task OpenData_IsPublicLicensedAndHasNoPersonalData()
    {
        var (producer, _) = await app.VerifiedProducerAsync();
        await SnapshotAsync();
        var anon = app.Anonymous();
        var index = await (await anon.GetAsync("/api/v1/open-data")).JsonAsync();
        Assert.Equal("CC BY 4.0", index.GetProperty("licence").GetString());
        var registry = await anon.GetAsync("/api/v1/open-data/certified-products?status=all&pageSize=5");
        var body = await registry.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, registry.StatusCode);
        Assert.Contains("rel=\"license\"", registry.Headers.GetValues("Link").Single());
        var json = System.Text.Json.JsonDocument.Parse(body).RootElement;
        Assert.True(json.TryGetProperty("asOf", out _));
        var stats = await anon.GetAsync("/api/v1/open-data/statistics.csv");
        var csv = await stats.Content.ReadAsStringAsync();
        Assert.StartsWith("\uFEFFma_tinh,tinh,chi_so,khoa,gia_tri,giay_phep,so_lieu_tai", csv);
        Assert.Contains("CC BY 4.0", csv);
        var registryCsv = await (await anon.GetAsync("/api/v1/open-data/certified-products.csv?status=all")).Content.ReadAsStringAsync();
        foreach (var text in new[] { body, csv, registryCsv })
        {
            Assert.DoesNotContain(producer.Phone, text);
            Assert.DoesNotContain(producer.RepresentativeName, text);
            Assert.DoesNotContain("0123456789", text);
            Assert.DoesNotContain("phone", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("email", text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(HttpStatusCode.OK, (await anon.GetAsync("/du-lieu-mo")).StatusCode);
    }

    [Fact]
    public async Task Feeds_AreValidXmlAndCsv_ListedProductsOnly()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var listed = app.Unique("Mật ong bạc hà ");
        var draft = app.Unique("Bản nháp ");
        await (await owner.PostJsonAsync("/api/v1/products", OcopApp.ProductBody(listed, gtin: "8935049500117"))).JsonAsync(HttpStatusCode.Created);
        await (await owner.PostJsonAsync("/api/v1/products", OcopApp.ProductBody(draft, status: "Draft"))).JsonAsync(HttpStatusCode.Created);
        var anon = app.Anonymous();

        var xml = await (await anon.GetAsync($"/api/v1/feeds/google-merchant.xml?producer={producer.Slug}")).Content.ReadAsStringAsync();
        var doc = XDocument.Parse(xml);
        XNamespace g = MarketplaceFeeds.GoogleNamespace;
        Assert.Equal("2.0", (string?)doc.Root!.Attribute("version"));
        var items = doc.Root.Element("channel")!.Elements("item").ToList();
        var item = Assert.Single(items);
        Assert.Equal(listed, (string?)item.Element(g + "title"));
        Assert.Equal("120000 VND", (string?)item.Element(g + "price"));
        Assert.Equal("8935049500117", (string?)item.Element(g + "gtin"));
        Assert.Equal("https://id.gs1.org/01/08935049500117", (string?)item.Element(g + "custom_label_0"));
        Assert.Contains("/san-pham/", (string?)item.Element(g + "link"));

        var fb = await (await anon.GetAsync($"/api/v1/feeds/facebook.csv?producer={producer.Slug}")).Content.ReadAsStringAsync();
        var rows = CsvRecords.Read(new StringReader(fb)).ToList();
        Assert.Equal(["id", "title", "description", "availability", "condition", "price", "link", "image_link", "brand", "gtin", "product_type"], rows[0].Fields);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(11, r.Fields.Length));
        Assert.DoesNotContain(draft, fb);

        var postal = await (await anon.GetAsync("/api/v1/feeds/postal.csv?province=14")).Content.ReadAsStringAsync();
        var postalRows = CsvRecords.Read(new StringReader(postal.TrimStart('\uFEFF'))).ToList();
        Assert.Equal("ma_san_pham", postalRows[0].Fields[0]);
        Assert.Contains(postalRows, r => r.Fields[1] == listed && r.Fields[8] == "https://id.gs1.org/01/08935049500117");
        Assert.All(postalRows, r => Assert.Equal(14, r.Fields.Length));
        Assert.DoesNotContain(draft, postal);

        await (await anon.GetAsync("/api/v1/feeds/postal.csv")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await anon.GetAsync("/api/v1/feeds/facebook.csv?province=99")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)] public sealed class DashboardSqliteTests(SqliteApp app) : DashboardTests(app);
[Collection(PostgresCollection.Name)] public sealed class DashboardPostgresTests(PostgresApp app) : DashboardTests(app);
