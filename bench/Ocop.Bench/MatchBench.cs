using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Data;
using Ocop.Features.Catalog;
using Ocop.Features.Certification;
using Ocop.Features.Identity;
using Ocop.Features.Matching;
using Ocop.Infrastructure;

namespace Ocop.Bench;

/// <summary>
/// <c>match-bench</c>: an in-process benchmark of incremental matching. It generates a SQLite database
/// (via <see cref="DataGen"/> for producers, then buyers, demands, offers and certificates), and then,
/// for each sample, inserts one new post and runs <see cref="MatchEngine"/> on it in a fresh DI scope
/// (a new DbContext, as a request would have). Timed: the insert of the post plus its matching
/// (candidate query, certificate stars, scoring, replacing the post's matches, outbox), i.e. what
/// <c>DemandCommands.CreateAsync</c>/<c>OfferCommands.CreateAsync</c> do after validation and access checks.
/// </summary>
public static class MatchBench
{
    private static readonly (int Set, string Noun)[] Nouns =
    [
        (1, "Nhãn"), (1, "Vải thiều"), (1, "Bưởi"), (1, "Xoài"), (1, "Cam"), (2, "Thịt trâu"), (2, "Cá"), (3, "Gạo"), (3, "Gạo nếp"),
        (4, "Mật ong"), (5, "Bánh chưng"), (6, "Bánh đa"), (6, "Miến dong"), (7, "Mứt gừng"), (7, "Long nhãn"), (8, "Chả cá"), (9, "Nước mắm"),
        (10, "Quế"), (10, "Hồi"), (10, "Tỏi"), (10, "Tiêu"), (11, "Chè"), (11, "Trà shan tuyết"), (12, "Trà hoa vàng"), (13, "Cà phê"),
        (13, "Ca cao"), (14, "Rượu"), (15, "Rượu vang"), (16, "Nước khoáng"), (17, "Nước cốt"), (18, "Cao dược liệu"), (19, "Xà phòng"),
        (20, "Tinh dầu"), (21, "Giỏ mây"), (22, "Thổ cẩm"), (23, "Hoa lan"), (24, "Cây cảnh"), (25, "Cá cảnh"), (26, "Homestay"),
    ];
    private static readonly string[] Qualities = ["sạch", "hữu cơ", "loại 1", "đặc sản", "tươi", "sấy khô", "truyền thống", "thơm"];

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var path = Path.GetFullPath(args.Required("db"));
        int demands = args.Int("demands", 10_000), offers = args.Int("offers", 50_000), samples = args.Int("samples", 200);
        if (!File.Exists(path)) await GenerateAsync(path, demands, offers, args.Int("producers", 1500), args.Int("seed", 2026));
        await using var app = DataGen.CreateApp(path);
        var rng = new Random(7);
        var today = VietnamTime.Today(TimeProvider.System);
        string[] provinces;
        int[] organisations, producers;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OcopDb>();
            provinces = await db.Provinces.Select(p => p.Code).ToArrayAsync();
            organisations = await db.Set<BuyerOrganisation>().Select(o => o.Id).ToArrayAsync();
            producers = await db.Producers.Select(p => p.Id).ToArrayAsync();
            Console.WriteLine($"{path}: {await db.Set<DemandPost>().CountAsync()} demands, {await db.Set<SupplyOffer>().CountAsync()} offers, " +
                              $"{producers.Length} producers, {await db.Set<Certificate>().CountAsync()} certificates");
        }

        foreach (var kind in new[] { "demand", "offer" })
        {
            var latencies = new List<double>();
            var kept = 0;
            for (var i = 0; i < samples + 10; i++)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OcopDb>();
                var engine = scope.ServiceProvider.GetRequiredService<MatchEngine>();
                var watch = Stopwatch.StartNew();
                await using var tx = await db.Database.BeginTransactionAsync();
                IReadOnlyList<Match> matches;
                if (kind == "demand")
                {
                    var demand = Demand(rng, organisations[rng.Next(organisations.Length)], provinces, today);
                    db.Add(demand);
                    await db.SaveChangesAsync();
                    matches = await engine.MatchDemandAsync(demand);
                }
                else
                {
                    var offer = Offer(rng, producers[rng.Next(producers.Length)], provinces, today);
                    db.Add(offer);
                    await db.SaveChangesAsync();
                    matches = await engine.MatchOfferAsync(offer);
                }
                await tx.CommitAsync();
                watch.Stop();
                if (i < 10) continue; // warm-up: JIT and first queries
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                kept += matches.Count;
            }
            latencies.Sort();
            double P(double p) => latencies[Math.Clamp((int)Math.Ceiling(p / 100 * latencies.Count) - 1, 0, latencies.Count - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"new {kind}: {samples} samples, p50 {P(50):0.0} ms, p95 {P(95):0.0} ms, p99 {P(99):0.0} ms, max {latencies[^1]:0.0} ms, " +
                $"{(double)kept / samples:0.0} matches kept per post"));
        }
        return 0;
    }

    private static async Task GenerateAsync(string path, int demandCount, int offerCount, int producerCount, int seed)
    {
        Console.WriteLine(await DataGen.GenerateAsync(path, productCount: producerCount, producerCount: producerCount, seed));
        var watch = Stopwatch.StartNew();
        await using var app = DataGen.CreateApp(path);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDb>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var rng = new Random(seed);
        var now = DateTime.UtcNow;
        var today = VietnamTime.Today(TimeProvider.System);
        var provinces = await db.Provinces.Select(p => p.Code).ToArrayAsync();
        var producers = await db.Producers.Select(p => new { p.Id, p.ProvinceCode }).ToListAsync();

        var users = Enumerable.Range(0, 200).Select(i => new AppUser
        {
            UserName = $"buyer{i}@bench.example", NormalizedUserName = $"BUYER{i}@BENCH.EXAMPLE", Email = $"buyer{i}@bench.example",
            NormalizedEmail = $"BUYER{i}@BENCH.EXAMPLE", FullName = $"Đơn vị thu mua {i}", SecurityStamp = Guid.NewGuid().ToString(), CreatedAt = now,
        }).ToList();
        await DataGen.InsertAsync(db, users);
        var organisations = users.Select((u, i) => new BuyerOrganisation
        {
            UserId = u.Id, Name = u.FullName, TaxCode = (1_000_000_000L + i).ToString(CultureInfo.InvariantCulture), AddressLine = "Khu công nghiệp",
            ProvinceCode = provinces[i % provinces.Length], ContactName = "Người liên hệ", ContactPhone = "0912345678", ContactEmail = u.Email!,
            Status = OrganisationStatus.Verified, CreatedAt = now, UpdatedAt = now,
        }).ToList();
        await DataGen.InsertAsync(db, organisations);

        var certificates = producers.Where((_, i) => i % 5 < 2).Select((p, i) => new Certificate
        {
            Number = $"OCOP-{p.ProvinceCode}-2025-{i:0000}", ProducerId = p.Id, ProductName = "Sản phẩm", ProducerName = "Chủ thể",
            ProvinceCode = p.ProvinceCode, SetCode = Nouns[i % Nouns.Length].Set, Stars = 3 + i % 3, Score = 75, Level = RecognitionLevel.Province,
            DecisionNumber = "QĐ-1", DecisionDate = today.AddMonths(-6), IssuedOn = today.AddMonths(-6), ExpiresOn = Certificate.ExpiryFor(today.AddMonths(-6)),
            Status = CertificateStatus.Valid, CreatedAt = now,
        }).ToList();
        await DataGen.InsertAsync(db, certificates);

        for (var start = 0; start < demandCount; start += 2000)
            await DataGen.InsertAsync(db, Enumerable.Range(start, Math.Min(2000, demandCount - start))
                .Select(i => Demand(rng, organisations[i % organisations.Count].Id, provinces, today)).ToList());
        for (var start = 0; start < offerCount; start += 5000)
            await DataGen.InsertAsync(db, Enumerable.Range(start, Math.Min(5000, offerCount - start))
                .Select(i => Offer(rng, producers[i % producers.Count].Id, provinces, today, producers[i % producers.Count].ProvinceCode)).ToList());
        Console.WriteLine($"{path}: {organisations.Count} verified buyers, {demandCount} demands, {offerCount} offers, {certificates.Count} certificates " +
                          $"in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private static (int Set, string Text) Product(Random rng)
    {
        var (set, noun) = Nouns[rng.Next(Nouns.Length)];
        return (set, $"{noun} {Qualities[rng.Next(Qualities.Length)]}");
    }

    private static DemandPost Demand(Random rng, int organisationId, string[] provinces, DateOnly today)
    {
        var (set, text) = Product(rng);
        var now = DateTime.UtcNow;
        var unit = (TradeUnit)rng.Next(0, 4);
        var sets = rng.Next(4) == 0 ? new[] { set, Nouns[rng.Next(Nouns.Length)].Set }.Distinct() : [set];
        var price = unit == TradeUnit.Tonne ? rng.Next(10, 90) * 1_000_000L : rng.Next(20, 400) * 1000L;
        var title = $"Cần mua {text}";
        return new DemandPost
        {
            OrganisationId = organisationId, Title = title, Need = "Giao hàng định kỳ, có hoá đơn.", Quantity = rng.Next(1, 50) * (unit == TradeUnit.Tonne ? 1 : 100),
            Unit = unit, Frequency = (Frequency)rng.Next(3), DeliveryProvinceCode = provinces[rng.Next(provinces.Length)], NeededBy = today.AddDays(rng.Next(0, 60)),
            PriceMin = price / 2, PriceMax = price, MinStars = new[] { 0, 0, 3, 4 }[rng.Next(4)],
            Standards = rng.Next(3) == 0 ? StandardMark.VietGap : StandardMark.None, ValidUntil = today.AddDays(rng.Next(30, 300)),
            Folded = MatchRules.Fold(title, "Giao hàng định kỳ, có hoá đơn."), CreatedAt = now, UpdatedAt = now,
            Sets = sets.Select(s => new DemandSet { SetCode = s }).ToList(),
        };
    }

    private static SupplyOffer Offer(Random rng, int producerId, string[] provinces, DateOnly today, string? province = null)
    {
        var (set, text) = Product(rng);
        var now = DateTime.UtcNow;
        var unit = (TradeUnit)rng.Next(0, 4);
        var price = unit == TradeUnit.Tonne ? rng.Next(10, 90) * 1_000_000L : rng.Next(20, 400) * 1000L;
        var season = rng.Next(3) == 0;
        var from = rng.Next(1, 13);
        return new SupplyOffer
        {
            ProducerId = producerId, SetCode = set, GroupCode = ProductSets.Find(set)!.GroupCode, Title = text, Capacity = rng.Next(1, 100) * (unit == TradeUnit.Tonne ? 1 : 100),
            Unit = unit, Period = (Frequency)rng.Next(3), MinOrder = 1, Tiers = [new PriceTier(0, price), new PriceTier(10, price * 9 / 10)],
            SeasonFrom = season ? from : null, SeasonTo = season ? (from + 2) % 12 + 1 : null, Reach = (DeliveryDistance)rng.Next(4),
            Standards = rng.Next(2) == 0 ? StandardMark.VietGap : StandardMark.None, ProvinceCode = province ?? provinces[rng.Next(provinces.Length)],
            ValidUntil = today.AddDays(rng.Next(30, 300)), Folded = MatchRules.Fold(text), CreatedAt = now, UpdatedAt = now,
        };
    }
}
