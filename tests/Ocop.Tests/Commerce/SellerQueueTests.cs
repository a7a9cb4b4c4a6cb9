using System.Text.Json;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;

namespace Ocop.Tests.Commerce;

/// <summary>
/// The seller's queue (issue 16 §3) on each engine: every order reachable a page at a time (more than the
/// 500 the queue used to stop at), counts per status from the database, search by order code, phone and name,
/// parameters out of range refused, and never another producer's order.
/// </summary>
public abstract class SellerQueueTests(OcopApp app)
{
    [Fact]
    public async Task Queue_PagesThroughEveryOrder_NewestFirst_WithTotalsAndCountsFromTheDatabase()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var seeded = await SeedAsync(producer.Id, [(OrderStatus.Paid, 430), (OrderStatus.Shipped, 70), (OrderStatus.Cancelled, 20)]);

        var first = await QueueAsync(owner, "?pageSize=100");
        Assert.Equal(520, first.GetProperty("total").GetInt32());
        Assert.Equal(6, first.GetProperty("pages").GetInt32());
        Assert.Equal(100, first.GetProperty("items").GetArrayLength());
        var counts = first.GetProperty("counts");
        Assert.Equal(430, counts.GetProperty("Paid").GetInt32());
        Assert.Equal(70, counts.GetProperty("Shipped").GetInt32());
        Assert.Equal(20, counts.GetProperty("Cancelled").GetInt32());
        Assert.Equal(0, counts.GetProperty("Delivered").GetInt32());

        var codes = new List<string>();
        for (var page = 1; page <= 6; page++)
            codes.AddRange(Codes(await QueueAsync(owner, $"?pageSize=100&page={page}")));
        Assert.Equal(seeded.AsEnumerable().Reverse().Select(o => o.Code), codes); // all 520, newest first, none twice

        var defaults = await QueueAsync(owner, "");
        Assert.Equal(20, defaults.GetProperty("pageSize").GetInt32());
        Assert.Equal(20, defaults.GetProperty("items").GetArrayLength());

        var shipped = await QueueAsync(owner, "?status=Shipped&pageSize=30&page=3");
        Assert.Equal(70, shipped.GetProperty("total").GetInt32());
        Assert.Equal(10, shipped.GetProperty("items").GetArrayLength());
        Assert.All(shipped.GetProperty("items").EnumerateArray(), o => Assert.Equal("Shipped", o.GetProperty("status").GetString()));
        Assert.Equal(430, shipped.GetProperty("counts").GetProperty("Paid").GetInt32()); // the tabs' counts whatever the tab

        var past = await QueueAsync(owner, "?page=99");
        Assert.Equal(0, past.GetProperty("items").GetArrayLength());
        Assert.Equal(520, past.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_FindsByCodeBeginning_PhoneInEitherForm_AndNameWithoutDiacritics_CountingOnlyWhatMatches()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var seeded = await SeedAsync(producer.Id, [(OrderStatus.Paid, 12), (OrderStatus.Shipped, 3)]);
        await app.WithDb(async db =>
        {
            var ids = seeded.Select(o => o.Id).ToList();
            var rows = await db.Orders.Where(o => ids.Contains(o.Id)).OrderBy(o => o.Id).ToListAsync();
            (rows[0].RecipientName, rows[0].Phone) = ("Nguyễn Thị Mua", "0987654321");
            (rows[1].RecipientName, rows[1].Phone) = ("NGUYỄN THỊ MƯA", "+84987654321");
            (rows[13].RecipientName, rows[13].Phone) = ("Hoàng Văn Nguyên", "0355000111"); // a Shipped one
            return await db.SaveChangesAsync();
        });

        var byCode = await QueueAsync(owner, "?q=" + seeded[5].Code.ToLowerInvariant());
        Assert.Equal([seeded[5].Code], Codes(byCode));
        var lettered = "DH261029L" + Random.Shared.Next(10_000_000, 99_999_999); // demo and imported codes carry a letter
        await app.WithDb(async db => { (await db.Orders.SingleAsync(o => o.Id == seeded[7].Id)).Code = lettered; return await db.SaveChangesAsync(); });
        Assert.Equal([lettered], Codes(await QueueAsync(owner, "?q=" + lettered.ToLowerInvariant())));
        var byCodeStart = await QueueAsync(owner, "?q=" + Uri.EscapeDataString(seeded[0].Code[..^1]));
        Assert.Contains(seeded[0].Code, Codes(byCodeStart));
        Assert.All(Codes(byCodeStart), c => Assert.StartsWith(seeded[0].Code[..^1], c));

        foreach (var phone in new[] { "0987654321", "+84987654321", "0987 654 321", "098.765.4321" })
            Assert.Equal([seeded[1].Code, seeded[0].Code], Codes(await QueueAsync(owner, "?q=" + Uri.EscapeDataString(phone))));
        Assert.Equal([seeded[13].Code], Codes(await QueueAsync(owner, "?q=000111")));

        var byName = await QueueAsync(owner, "?q=" + Uri.EscapeDataString("nguyen thi"));
        Assert.Equal([seeded[1].Code, seeded[0].Code], Codes(byName));
        Assert.Equal(2, byName.GetProperty("counts").GetProperty("Paid").GetInt32());
        Assert.Equal(0, byName.GetProperty("counts").GetProperty("Shipped").GetInt32());
        Assert.Equal([seeded[1].Code, seeded[0].Code], Codes(await QueueAsync(owner, "?q=" + Uri.EscapeDataString("Nguyễn thị mưa")))); // mưa and mua fold alike

        var nguyen = await QueueAsync(owner, "?q=NGUYEN");
        Assert.Equal(3, nguyen.GetProperty("total").GetInt32());
        Assert.Equal(1, nguyen.GetProperty("counts").GetProperty("Shipped").GetInt32());
        var nguyenShipped = await QueueAsync(owner, "?q=nguyen&status=Shipped");
        Assert.Equal([seeded[13].Code], Codes(nguyenShipped));
        Assert.Empty(Codes(await QueueAsync(owner, "?q=guyen"))); // from the start of a word, not inside one
        Assert.Equal(0, (await QueueAsync(owner, "?q=" + Uri.EscapeDataString("Trần Văn Không"))).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?page=-3", "page")]
    [InlineData("?page=100001", "page")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=101", "pageSize")]
    [InlineData("?status=Lost", "status")]
    [InlineData("?status=3", "status")]
    public async Task OutOfRangeParameters_AreAProblemNamingTheField(string query, string field)
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        await (await owner.GetAsync("/api/v1/seller/orders" + query)).AssertProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task ASearchLongerThanItsLimit_IsAProblem()
    {
        var (_, owner) = await app.VerifiedProducerAsync();
        await (await owner.GetAsync("/api/v1/seller/orders?q=" + new string('a', SellerQueue.MaxQueryLength + 1))).AssertProblemAsync(HttpStatusCode.BadRequest, "q");
        await (await owner.GetAsync("/api/v1/seller/orders?q=" + new string('a', SellerQueue.MaxQueryLength))).JsonAsync();
    }

    [Fact]
    public async Task AnotherProducersOrders_NeverAppear_NotEvenSearchedByTheirCodeOrPhone()
    {
        var (mine, owner) = await app.VerifiedProducerAsync();
        var (theirs, _) = await app.VerifiedProducerAsync();
        var own = await SeedAsync(mine.Id, [(OrderStatus.Paid, 3)]);
        var other = await SeedAsync(theirs.Id, [(OrderStatus.Paid, 4)]);
        await app.WithDb(async db =>
        {
            var row = await db.Orders.SingleAsync(o => o.Id == other[0].Id);
            row.Phone = "0911222333";
            return await db.SaveChangesAsync();
        });

        var all = await QueueAsync(owner, "?pageSize=100");
        Assert.Equal(own.Select(o => o.Code).Reverse(), Codes(all));
        Assert.Equal(3, all.GetProperty("counts").GetProperty("Paid").GetInt32());
        Assert.Equal(0, (await QueueAsync(owner, "?q=" + other[0].Code)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await QueueAsync(owner, "?q=0911222333")).GetProperty("total").GetInt32());
        await (await owner.GetAsync($"/api/v1/seller/orders?producerId={theirs.Id}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        var buyer = await app.LoginAsNewAsync(Roles.Buyer);
        await (await buyer.GetAsync("/api/v1/seller/orders")).AssertProblemAsync(HttpStatusCode.Forbidden);
        var admin = await app.LoginAsNewAsync(Roles.Admin);
        Assert.Equal(other.Select(o => o.Code).Reverse(), Codes(await QueueAsync(admin, $"?producerId={theirs.Id}")));

        var page = await owner.GetStringAsync("/ban-hang/don-hang?q=" + other[0].Code);
        Assert.DoesNotContain($"/ban-hang/don-hang/{other[0].Code}", page);
        Assert.Contains("Tất cả (0)", page);
    }

    [Fact]
    public async Task QueuePage_ShowsTwentyAPage_TabsCountTheSearch_AndPageLinksKeepTheFilter()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var seeded = await SeedAsync(producer.Id, [(OrderStatus.Paid, 45), (OrderStatus.Packed, 2)]);

        var html = await owner.GetStringAsync("/ban-hang/don-hang?trang-thai=Paid");
        Assert.Contains("Tất cả (47)", html);
        Assert.Contains("Đã thanh toán (45)", html);
        Assert.Contains("class=\"tabs status-tabs\"", html);
        Assert.Equal(20, CountOf(html, "<a href=\"/ban-hang/don-hang/DH"));
        Assert.Contains("Trang 1/3", html);
        Assert.Contains("href=\"/ban-hang/don-hang?trang-thai=Paid&amp;page=2\"", html);
        Assert.Contains(seeded[44].Code, html);
        Assert.DoesNotContain(seeded[0].Code, html);

        var last = await owner.GetStringAsync("/ban-hang/don-hang?trang-thai=Paid&page=3");
        Assert.Equal(5, CountOf(last, "<a href=\"/ban-hang/don-hang/DH"));
        Assert.Contains(seeded[0].Code, last);

        var searched = await owner.GetStringAsync("/ban-hang/don-hang?q=" + seeded[46].Code);
        Assert.Contains("Tất cả (1)", searched);
        Assert.Contains("Đã đóng gói (1)", searched);
        Assert.DoesNotContain("Đã thanh toán (", searched); // an empty tab is not offered
        Assert.Contains($"href=\"/ban-hang/don-hang?q={seeded[46].Code}&amp;trang-thai=Packed\"", searched);
        Assert.Equal(1, CountOf(searched, "<a href=\"/ban-hang/don-hang/DH"));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    private static async Task<JsonElement> QueueAsync(HttpClient client, string query) =>
        await (await client.GetAsync("/api/v1/seller/orders" + query)).JsonAsync();

    private static List<string> Codes(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("code").GetString()!).ToList();

    /// <summary>Orders written straight to the database (the queue reads them; how they were placed is not its concern), oldest first.</summary>
    private async Task<List<(int Id, string Code)>> SeedAsync(int producerId, (OrderStatus Status, int Count)[] plan)
    {
        var prefix = "DH9" + Random.Shared.Next(10_000_000, 99_999_999);
        var at = DateTime.UtcNow.AddDays(-30);
        var orders = plan.SelectMany(p => Enumerable.Repeat(p.Status, p.Count)).Select((status, i) => new Order
        {
            Code = $"{prefix}{i:D4}", CheckoutId = Guid.NewGuid(), ProducerId = producerId, ProducerName = "HTX", LookupToken = Guid.NewGuid().ToString("N"),
            Status = status, PaymentMethod = PaymentMethod.VietQr, RecipientName = "Lò Thị Test " + i, Phone = "03" + (10_000_000 + i), AddressLine = "Bản Test",
            CommuneCode = "04168", ProvinceCode = "14", CarrierCode = "vnpost", Subtotal = 100_000, Total = 130_000, ShippingFee = 30_000,
            AmountPaid = status == OrderStatus.Paid ? 130_000 : 0, PlacedAt = at.AddMinutes(i),
        }).ToList();
        await app.WithDb(async db =>
        {
            foreach (var o in orders) { db.Orders.Add(o); await db.SaveChangesAsync(); } // one at a time: ids in the order of the plan
            return 0;
        });
        return orders.Select(o => (o.Id, o.Code)).ToList();
    }
}

[Collection(SqliteCollection.Name)] public sealed class SellerQueueSqliteTests(SqliteApp app) : SellerQueueTests(app);
[Collection(PostgresCollection.Name)] public sealed class SellerQueuePostgresTests(PostgresApp app) : SellerQueueTests(app);
