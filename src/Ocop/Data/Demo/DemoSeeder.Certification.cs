using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Ocop.Features.Certification;
using Ocop.Features.Certification.Rubrics;
using Ocop.Features.Identity;

namespace Ocop.Data.Demo;

public sealed partial class DemoSeeder
{
    /// <summary>
    /// The evaluation cycle (<see cref="DemoCertification"/>): council accounts of the other provinces
    /// and the central level, then rounds, councils and decisions, dossiers (numbered from their ids as
    /// <see cref="DossierCommands.CreateAsync"/> does), scores, certificates, audit lines and the products' OCOP snapshots.
    /// </summary>
    private async Task<DemoCertification> CertificationAsync(DemoPlan plan, CancellationToken ct)
    {
        var rubrics = new RubricQueries(db);
        var sheets = new Dictionary<int, DemoSheet>();
        var versionId = 0;
        foreach (var set in Features.Catalog.ProductSets.All.Select(s => s.Code))
            if (await rubrics.ActiveSheetAsync(set, ct) is { } sheet)
            {
                sheets[set] = new DemoSheet(sheet.Id, await SheetTree.LoadAsync(db, sheet.Id));
                versionId = sheet.VersionId;
            }
        var version = await db.Set<RubricVersion>().Where(v => v.Id == versionId).Select(v => v.Code).FirstAsync(ct);

        var members = await CouncilAccountsAsync(ct);
        var cycle = DemoCertification.Build(plan, sheets, version, members, clock.UtcNow(), VietnamTime.Today(clock));
        db.AddRange(cycle.Rounds);
        await db.SaveChangesAsync(ct);
        foreach (var c in cycle.Councils) c.RoundId = cycle.RoundOf(c).Id;
        foreach (var d in cycle.Decisions) d.RoundId = cycle.RoundOf(d).Id;
        db.AddRange(cycle.Councils);
        db.AddRange(cycle.Decisions);
        await db.SaveChangesAsync(ct);

        foreach (var d in cycle.Dossiers)
        {
            d.Dossier.RoundId = d.Round.Id;
            d.Dossier.CouncilId = d.Council?.Id;
            d.Dossier.CentralCouncilId = d.CentralCouncil?.Id;
            // The open round's dossiers past the draft carry a photo of the product as evidence.
            if (d.Round.Status == RoundStatus.Open && d.Dossier.Status != DossierStatus.Draft)
                d.Dossier.Evidence.Add(new DossierEvidence
                {
                    MediaHash = (await media.StoreAsync(DemoImages.Product(d.Dossier.SetCode, d.Product.ShortName, d.Product.Caption, 0), DemoImages.ContentType, ct)).Hash,
                    FileName = Clip($"anh-san-pham-{d.Product.Product.Slug}.svg", 200),
                    ContentType = DemoImages.ContentType, UploadedAt = d.Dossier.CreatedAt.AddHours(2),
                });
        }
        db.AddRange(cycle.Dossiers.Select(d => d.Dossier));
        await db.SaveChangesAsync(ct);
        foreach (var d in cycle.Dossiers)
            db.Entry(d.Dossier).Property(x => x.Number).CurrentValue = $"HS-{d.Dossier.ProvinceCode}-{d.Round.Year}-{d.Dossier.Id:00000}";

        foreach (var s in cycle.Scores) (s.Score.DossierId, s.Score.CouncilId) = (s.Dossier.Dossier.Id, s.Council.Id);
        foreach (var c in cycle.Certificates) (c.Certificate.DossierId, c.Certificate.DecisionId) = (c.Dossier?.Dossier.Id, c.Decision?.Id);
        foreach (var a in cycle.Audit.Where(a => a.Dossier is not null)) a.Entry.EntityId = a.Dossier!.Dossier.Id.ToString();
        // The score sheets' ~17,000 rows go in as plain multi-row inserts once their sheets have ids: far faster than tracked entities.
        var items = cycle.Scores.Select(s => (s.Score, Items: s.Score.Items)).ToList();
        foreach (var s in cycle.Scores) s.Score.Items = [];
        db.AddRange(cycle.Scores.Select(s => s.Score));
        db.AddRange(cycle.Certificates.Select(c => c.Certificate));
        db.AuditLog.AddRange(cycle.Audit.Select(a => a.Entry).OrderBy(e => e.At));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var (score, rows) in items) rows.ForEach(r => r.MemberScoreId = score.Id);
        await InsertRowsAsync(items.SelectMany(x => x.Items), ct, (nameof(MemberScoreItem.MemberScoreId), i => i.MemberScoreId),
            (nameof(MemberScoreItem.CriterionNodeId), i => i.CriterionNodeId), (nameof(MemberScoreItem.OptionNodeId), i => i.OptionNodeId),
            (nameof(MemberScoreItem.Points), i => i.Points));

        foreach (var (product, c) in cycle.Snapshots())
            await db.Products.Where(p => p.Id == product.Id).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.CertificateNumber, c.Number)
                .SetProperty(p => p.CertificateStars, c.Stars)
                .SetProperty(p => p.CertificateExpiresOn, c.ExpiresOn), ct);
        return cycle;
    }

    /// <summary>
    /// Inserts rows of numbers with one statement per thousand rows, naming the table and columns as the
    /// model maps them for the configured engine (the values are numbers written invariantly, or NULL).
    /// </summary>
    private async Task InsertRowsAsync<T>(IEnumerable<T> rows, CancellationToken ct, params (string Property, Func<T, object?> Value)[] columns)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<Microsoft.EntityFrameworkCore.Storage.ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ",
            columns.Select(c => sql.DelimitIdentifier(entity.FindProperty(c.Property)!.GetColumnName(table)!)))}) VALUES ";
        foreach (var batch in rows.Chunk(1000))
        {
            var values = batch.Select(r => "(" + string.Join(", ", columns.Select(c => c.Value(r) switch
            {
                null => "NULL",
                IFormattable n => n.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                var other => throw new ArgumentException($"Only numbers are written inline, not {other.GetType().Name}."),
            })) + ")");
#pragma warning disable EF1003 // only model names and invariant numbers are concatenated (see above)
            await db.Database.ExecuteSqlRawAsync(head + string.Join(", ", values), ct);
#pragma warning restore EF1003
        }
    }

    /// <summary>
    /// Three council members per province of the cycle and for the central level: Sơn La's are the demo
    /// accounts hoidong1–3; the others (hoidong.&lt;code&gt;.&lt;n&gt;@ocop.example) are inserted directly, sharing one
    /// password hash of <see cref="Password"/>, since hashing is the slow part of creating an account.
    /// </summary>
    private async Task<Dictionary<string, IReadOnlyList<DemoMember>>> CouncilAccountsAsync(CancellationToken ct)
    {
        var members = new Dictionary<string, IReadOnlyList<DemoMember>>
        {
            ["14"] = await db.Users.AsNoTracking().Where(u => u.Email!.StartsWith("hoidong") && u.ProvinceCode == "14")
                .OrderBy(u => u.Email).Select(u => new DemoMember(u.Id, u.FullName)).ToListAsync(ct),
        };
        var role = await db.Roles.Where(r => r.Name == Roles.Council).Select(r => r.Id).FirstAsync(ct);
        var rng = new Random(DemoPlan.Seed + 1);
        string Token() => new Guid(Enumerable.Range(0, 16).Select(_ => (byte)rng.Next(256)).ToArray()).ToString();
        string? hash = null;
        foreach (var code in DemoCertification.Provinces.Where(c => c != "14").Append(DemoCertification.Central))
        {
            var list = new List<DemoMember>();
            for (var n = 1; n <= 3; n++)
            {
                var email = $"hoidong.{code.ToLowerInvariant()}.{n}@ocop.example";
                var user = new AppUser
                {
                    Id = Token(), UserName = email, NormalizedUserName = users.NormalizeName(email), Email = email, NormalizedEmail = users.NormalizeEmail(email),
                    EmailConfirmed = true, FullName = DemoPeople.Kinh.FullName(rng, rng.Next(2) == 0 ? Features.Producers.Gender.Female : Features.Producers.Gender.Male),
                    ProvinceCode = code == DemoCertification.Central ? null : code, CreatedAt = clock.UtcNow(),
                    SecurityStamp = Token().Replace("-", "").ToUpperInvariant(), ConcurrencyStamp = Token(),
                };
                user.PasswordHash = hash ??= users.PasswordHasher.HashPassword(user, Password);
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role });
                list.Add(new DemoMember(user.Id, user.FullName));
            }
            members[code] = list;
        }
        return members;
    }
}
