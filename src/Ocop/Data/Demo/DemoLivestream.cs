using System.Security.Cryptography;
using Ocop.Features.Catalog;
using Ocop.Features.Commerce;
using Ocop.Features.Livestream;

namespace Ocop.Data.Demo;

/// <summary>
/// Demo livestream markets: the past "Chợ phiên OCOP – Sơn La – Về miền nông sản" with the press
/// figures (4 hours, 2,350 orders, 5 tonnes of Sông Mã longan, nearly 470 million đồng, all from
/// orders created here; reach and viewers entered as the organiser would), an upcoming session with
/// planned deals, and one the demo host (livestream@ocop.example) can start live.
/// </summary>
public sealed partial class DemoSeeder
{
    public const int SonLaOrders = 2350, SonLaLonganKg = 5000;
    public const long SonLaRevenueTarget = 469_500_000;

    private async Task LivestreamAsync(DemoPlan plan, CancellationToken ct)
    {
        var host = await db.Users.AsNoTracking().Where(u => u.Email == "livestream@ocop.example").Select(u => u.Id).FirstAsync(ct);
        var songMa = plan.Products.Where(p => p.Producer == plan.Producers[0].Producer && p.Product.Status == ProductStatus.Listed).Select(p => p.Product).ToList();
        var longan = songMa.First(p => p.Name == "Nhãn Sông Mã");
        var others = songMa.Where(p => p != longan && p.NetWeightGrams is not null).ToList();
        var haTinh = plan.Products.Where(p => p.Product.ProvinceCode == "42" && p.Product.Status == ProductStatus.Listed).Select(p => p.Product).Take(3).ToList();
        var now = clock.UtcNow();
        var pastStart = DateTime.SpecifyKind(VietnamTime.ToLocal(now).Date.AddDays(-40).AddHours(19), DateTimeKind.Unspecified);
        var started = TimeZoneInfo.ConvertTimeToUtc(pastStart, VietnamTime.Zone);

        LiveSession Session(string title, string url, DateTime at, int minutes, IEnumerable<Product> bag) => new()
        {
            Title = title, Organiser = "Tỉnh đoàn Sơn La", HostNames = "Lò Thị Phương, Tòng Văn Hải", StreamUrl = url,
            Platform = StreamEmbed.PlatformOf(new Uri(url)), ScheduledAt = at, PlannedMinutes = minutes, ProvinceCode = "14", CreatedBy = host, CreatedAt = now,
            Hosts = [new LiveSessionHost { UserId = host, AcceptedAt = now }],
            Products = bag.Select((p, i) => new LiveSessionProduct { ProductId = p.Id, SortOrder = i }).ToList(),
        };

        var past = Session("Chợ phiên OCOP – Sơn La – Về miền nông sản", "https://www.tiktok.com/@tinhdoansonla/live", started, 240, songMa);
        past.Description = "Phiên chợ livestream đưa nhãn Sông Mã và nông sản OCOP Sơn La đến người mua cả nước.";
        (past.Status, past.StartedAt, past.EndedAt, past.PeakViewers) = (LiveStatus.Ended, started, started.AddHours(4), 3820);
        (past.PlatformReach, past.PlatformViewers, past.PlatformViews, past.PlatformInteractions) = (20_350_000, 572_400, 1_240_000, 86_500);
        past.PlatformSource = "Bảng điều khiển TikTok LIVE, do Tỉnh đoàn Sơn La nhập sau phiên";
        var upcoming = Session("Chợ phiên OCOP – Hương vị Tây Bắc và Hà Tĩnh", "https://www.youtube.com/watch?v=ocopTayBac1", now.AddDays(7), 180, songMa.Take(3).Concat(haTinh));
        upcoming.HostNames = "Lò Thị Phương và các bạn TikToker Hà Tĩnh";
        var ready = Session("Phiên thử nghiệm: Nhãn Sông Mã vào mùa", "https://www.youtube.com/watch?v=ocopSongMa1", now.AddHours(1), 120, songMa);
        db.LiveSessions.AddRange(past, upcoming, ready);
        await ConsentsAsync(songMa, haTinh, now, ct);
        await db.SaveChangesAsync(ct);

        db.FlashDeals.AddRange(
            PlannedDeal(upcoming, songMa[0], 24, 300, 5, 30),
            PlannedDeal(upcoming, songMa[1], 15, 100, 2, 90),
            PlannedDeal(ready, longan, 24, 200, 5, 10),
            PlannedDeal(ready, others[0], 15, 50, 2, 45));
        db.LiveMinutes.AddRange(Enumerable.Range(0, 240).Select(m => new LiveMinute
        {
            SessionId = past.Id, Minute = m, Viewers = (int)(past.PeakViewers * Math.Sin(Math.PI * (m + 8) / 256) * (0.9 + 0.1 * Math.Cos(m / 7.0))),
        }));
        db.LiveViewers.AddRange(Enumerable.Range(0, 12_480).Select(i => new LiveViewer
        {
            SessionId = past.Id, ViewerKey = $"demo-{i:D5}", FirstSeenAt = started.AddMinutes(i % 240),
        }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await SonLaOrdersAsync(past, longan, others, ct);
    }

    /// <summary>
    /// The consents behind the bags, as the rules ask: the Sông Mã cooperative consents for its own products and the Hà Tĩnh
    /// officer for the Hà Tĩnh producers (who have no account here), each with a floor of 70 % of the price to the thousand
    /// đồng below, so the planned deals (15–24 % off) keep above it.
    /// </summary>
    private async Task ConsentsAsync(List<Product> songMa, List<Product> haTinh, DateTime now, CancellationToken ct)
    {
        var cooperative = await db.Users.AsNoTracking().Where(u => u.Email == DemoPlan.DemoProducerEmail).Select(u => u.Id).FirstAsync(ct);
        var officer = await db.Users.AsNoTracking().Where(u => u.Email == "hatinh@ocop.example").Select(u => u.Id).FirstAsync(ct);
        LiveConsent Consent(Product p, string by) => new()
        {
            ProductId = p.Id, FloorPrice = Math.Max(1, p.Price * LiveConsent.DefaultFloorPercent / 100 / 1_000 * 1_000), GrantedBy = by, GrantedAt = now,
        };
        db.LiveConsents.AddRange(songMa.Select(p => Consent(p, cooperative)).Concat(haTinh.Select(p => Consent(p, officer))));
    }

    /// <summary>A planned deal <paramref name="percentOff"/> below the product's price, to the nearest thousand đồng and always below it
    /// (the longan at 38.000 ₫ goes for 29.000 ₫), so starting it passes the rule that a deal is cheaper than the normal price.</summary>
    private FlashDeal PlannedDeal(LiveSession session, Product p, int percentOff, int quota, int perBuyer, int minute) => new()
    {
        SessionId = session.Id, ProductId = p.Id, ProductName = p.Name, Unit = p.Unit, NormalPrice = p.Price,
        DealPrice = Math.Max(1_000, Math.Min(p.Price - 1_000, (p.Price * (100 - percentOff) / 100 + 500) / 1_000 * 1_000)), Quota = quota,
        PerBuyerLimit = perBuyer, CountdownSeconds = 30, DurationMinutes = 10, PlannedMinute = minute, State = DealState.Planned, CreatedAt = clock.UtcNow(),
    };

    /// <summary>2,350 orders over the four hours: 5,000 kg of longan (300 × 3 kg, the rest 2 kg), other products added until goods reach ~469.5 million đồng.</summary>
    private async Task SonLaOrdersAsync(LiveSession session, Product longan, List<Product> others, CancellationToken ct)
    {
        var producer = await db.Producers.AsNoTracking().FirstAsync(p => p.Id == longan.ProducerId, ct);
        var carrier = await db.Carriers.AsNoTracking().OrderBy(c => c.Code).Select(c => c.Code).FirstAsync(ct);
        var communes = await db.Communes.AsNoTracking().OrderBy(c => c.Code).Select(c => new { c.Code, c.ProvinceCode }).ToListAsync(ct);
        var names = new[] { "Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Thị Thu", "Phạm Minh Tuấn", "Hoàng Thị Lan", "Vũ Đức Anh", "Đặng Thu Hà", "Bùi Văn Long" };
        long goods = 0;
        var orders = new List<Order>();
        for (var i = 0; i < SonLaOrders; i++)
        {
            var kg = i < 300 ? 3 : 2;
            var minute = ((i * 7919) % 240 + (i * 104729) % 240) / 2;
            var placed = session.StartedAt!.Value.AddMinutes(minute).AddSeconds(i % 60);
            var commune = communes[(i * 37) % communes.Count];
            var lines = new List<OrderLine> { new() { ProductId = longan.Id, ProductName = longan.Name, Unit = longan.Unit, UnitPrice = longan.Price, Quantity = kg } };
            var extra = others[i % others.Count];
            if (goods + kg * longan.Price + (SonLaOrders - i - 1) * 2 * longan.Price + extra.Price <= SonLaRevenueTarget)
                lines.Add(new OrderLine { ProductId = extra.Id, ProductName = extra.Name, Unit = extra.Unit, UnitPrice = extra.Price, Quantity = 1 });
            var subtotal = lines.Sum(l => l.UnitPrice * l.Quantity);
            goods += subtotal;
            var cod = i % 3 == 0;
            var collected = i % 16 != 0;
            var order = new Order
            {
                Code = $"DH{VietnamTime.ToLocal(placed):yyMMdd}L{i:D5}", CheckoutId = Guid.NewGuid(), ProducerId = producer.Id, ProducerName = producer.Name,
                GuestSession = $"demo-live-{i:D5}", LookupToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
                PaymentMethod = cod ? PaymentMethod.Cod : PaymentMethod.VietQr, RecipientName = names[i % names.Length], Phone = $"09{i * 7919 % 100_000_000:D8}",
                AddressLine = $"Số {i % 200 + 1}, thôn {i % 12 + 1}", CommuneCode = commune.Code, ProvinceCode = commune.ProvinceCode, CarrierCode = carrier,
                Subtotal = subtotal, ShippingFee = 30_000, PlacedAt = placed, LivestreamId = session.Id, Lines = lines,
                PayeeBankBin = producer.BankBin, PayeeAccountNumber = producer.BankAccountNumber, PayeeAccountName = producer.BankAccountName,
            };
            order.Total = order.Subtotal + order.ShippingFee;
            var paid = !cod || collected;
            order.Status = paid ? OrderStatus.Completed : OrderStatus.Delivered;
            order.AmountPaid = paid ? order.Total : 0;
            order.PaidAt = paid ? placed.AddHours(cod ? 72 : 1) : null;
            order.ShippedAt = placed.AddDays(1);
            order.DeliveredAt = placed.AddDays(3);
            order.ClosedAt = paid ? placed.AddDays(4) : null;
            orders.Add(order);
        }
        foreach (var batch in orders.Chunk(BatchSize))
        {
            db.Orders.AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        logger.LogInformation("Demo livestream: {Orders} orders, {Kg} kg longan, {Goods} đồng of goods", orders.Count,
            orders.Sum(o => o.Lines.Where(l => l.ProductId == longan.Id).Sum(l => l.Quantity)), goods);
    }
}
