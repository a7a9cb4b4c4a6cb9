using System.Diagnostics;
using Ocop.Features.Catalog;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Data.Demo;

public sealed partial class DemoSeeder
{
    private const int BatchSize = 250;

    private async Task SeedAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        // One transaction: all or nothing, and SQLite commits once instead of per batch.
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        await AccountAsync("admin@ocop.example", "Quản trị hệ thống", Features.Identity.Roles.Admin);
        await AccountAsync("trunguong@ocop.example", "Văn phòng Điều phối NTM Trung ương", Features.Identity.Roles.Central);
        await AccountAsync("sonla@ocop.example", "Cán bộ OCOP tỉnh Sơn La", Features.Identity.Roles.Province, "14");
        await AccountAsync("hatinh@ocop.example", "Cán bộ OCOP tỉnh Hà Tĩnh", Features.Identity.Roles.Province, "42");
        await AccountAsync("xa.songma@ocop.example", "Cán bộ UBND xã Sông Mã", Features.Identity.Roles.Commune, "14", "04168");
        for (var i = 1; i <= 3; i++)
            await AccountAsync($"hoidong{i}@ocop.example", $"Thành viên hội đồng {i} tỉnh Sơn La", Features.Identity.Roles.Council, "14");
        await AccountAsync("nguoimua@ocop.example", "Nguyễn Thị Mai", Features.Identity.Roles.Buyer);
        await AccountAsync("livestream@ocop.example", "Đoàn Thanh niên tỉnh Sơn La", Features.Identity.Roles.Livestream, "14");
        await AccountAsync("thumua@ocop.example", "Công ty Phân phối Nông sản Việt", Features.Identity.Roles.B2bBuyer);
        // The mark every page's demo notice looks for (DemoData): saved with the demo data or not at all.
        db.AuditLog.Add(new Features.Identity.AuditEntry
        {
            At = clock.UtcNow(), ActorName = "hệ thống", Action = DemoData.SeededAction, EntityType = "demo", EntityId = "demo",
            Reason = "Dữ liệu mẫu: số liệu trích từ báo chí là số liệu minh hoạ.",
        });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Demo accounts created");

        // Every entity below is added explicitly, and the media store saves once per image: skip change
        // detection and savepoints, which would otherwise rescan the tracked entities on each save.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Database.AutoSavepointsEnabled = false;
        var communes = await db.Communes.AsNoTracking()
            .Select(c => new DemoCommune(c.Code, c.ProvinceCode, c.Name, c.Type)).ToListAsync(ct);
        var plan = DemoPlan.Build(clock.UtcNow(), communes);

        var images = await ProducersAsync(plan, ct);
        var demoProducer = plan.Producers[0].Producer;
        await AccountAsync(DemoPlan.DemoProducerEmail, demoProducer.RepresentativeName, Roles.Producer,
            demoProducer.ProvinceCode, demoProducer.CommuneCode, demoProducer.Id);
        images += await ProductsAsync(plan, ct);
        var cycle = await CertificationAsync(plan, ct);
        await OrdersAsync(plan, ct);
        await LivestreamAsync(plan, ct);
        await TraceabilityAsync(demoProducer.Id, ct);
        await ProgrammeAsync(plan, ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        db.Database.AutoSavepointsEnabled = true;
        await DemoMatching.SeedAsync(db, users, clock, ct);

        var sets = plan.Products.CountBy(p => p.Product.SetCode).ToList();
        logger.LogInformation(
            "Demo data: {Producers} producers in {Provinces} provinces ({Pending} pending, {Rejected} rejected), {Products} products " +
            "({Listed} listed) in {Sets} sets ({Min}–{Max} per set), {Images} images; seeded in {Elapsed:F1} s",
            plan.Producers.Count, plan.Producers.Select(p => p.Producer.ProvinceCode).Distinct().Count(),
            plan.Producers.Count(p => p.Producer.Status == ProducerStatus.Pending), plan.Producers.Count(p => p.Producer.Status == ProducerStatus.Rejected),
            plan.Products.Count, plan.Products.Count(p => p.Product.Status == ProductStatus.Listed), sets.Count,
            sets.Min(s => s.Value), sets.Max(s => s.Value), images, Stopwatch.GetElapsedTime(started).TotalSeconds);
        var today = VietnamTime.Today(clock);
        logger.LogInformation("Demo certification: {Rounds} rounds, {Dossiers} dossiers, {Certificates} certificates ({Stars}; {Statuses}) in {Provinces} provinces",
            cycle.Rounds.Count, cycle.Dossiers.Count, cycle.Certificates.Count,
            string.Join(", ", cycle.Certificates.CountBy(c => c.Certificate.Stars).OrderBy(g => g.Key).Select(g => $"{g.Key}★ {g.Value}")),
            string.Join(", ", cycle.Certificates.CountBy(c => c.Certificate.StatusOn(today)).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Value}")),
            cycle.Certificates.Select(c => c.Certificate.ProvinceCode).Distinct().Count());
    }

    /// <summary>Banners, then the producers themselves; verified ones name the province officer (or central office) who verified them.</summary>
    private async Task<int> ProducersAsync(DemoPlan plan, CancellationToken ct)
    {
        var officers = await db.Users.AsNoTracking()
            .Where(u => u.Email == "trunguong@ocop.example" || u.Email == "sonla@ocop.example" || u.Email == "hatinh@ocop.example")
            .ToDictionaryAsync(u => u.ProvinceCode ?? "", u => u.Id, ct);
        foreach (var (p, setCode, place) in plan.Producers)
        {
            p.BannerHash = (await media.StoreAsync(DemoImages.Banner(setCode, p.Name, place), DemoImages.ContentType, ct)).Hash;
            if (p.Status == ProducerStatus.Verified) p.VerifiedBy = officers.GetValueOrDefault(p.ProvinceCode) ?? officers[""];
        }
        db.Producers.AddRange(plan.Producers.Select(p => p.Producer));
        await db.SaveChangesAsync(ct);
        return plan.Producers.Count;
    }

    private async Task<int> ProductsAsync(DemoPlan plan, CancellationToken ct)
    {
        var images = 0;
        foreach (var batch in plan.Products.Chunk(BatchSize))
        {
            foreach (var (product, producer, shortName, caption) in batch)
            {
                product.ProducerId = producer.Id;
                var count = DemoImages.Hash(product.Slug) % 3 == 0 ? 1 : 2;
                for (var i = 0; i < count; i++)
                {
                    var file = await media.StoreAsync(DemoImages.Product(product.SetCode, shortName, caption, i), DemoImages.ContentType, ct);
                    product.Photos.Add(new ProductPhoto
                    {
                        MediaHash = file.Hash, SortOrder = i,
                        Alt = i == 0 ? product.Name : Clip($"{product.Name} – {producer.Name}", 200),
                    });
                    images++;
                }
            }
            db.Products.AddRange(batch.Select(b => b.Product));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return images;
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
