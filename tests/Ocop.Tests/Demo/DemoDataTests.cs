using System.Xml.Linq;
using Ocop.Data.Demo;
using Ocop.Features.Catalog;
using Ocop.Features.Certification;
using Ocop.Features.Certification.Rubrics;
using Ocop.Features.Geography;
using Ocop.Features.Producers;
using Ocop.Infrastructure;
using Ocop.Standards.Gs1;
using Ocop.Standards.VietQr;

namespace Ocop.Tests.Demo;

/// <summary>The demo data plan, built in memory from the embedded administrative units (no database).</summary>
public sealed class DemoDataTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 3, 0, 0, DateTimeKind.Utc);
    private static readonly Lazy<List<DemoCommune>> Communes = new(LoadCommunes);

    private static List<DemoCommune> LoadCommunes() =>
        AdminUnitsEdition.Shipped().Communes.Select(c => new DemoCommune(c.Code, c.ProvinceCode, c.Name, c.Type)).ToList();

    private static DemoPlan Plan() => DemoPlan.Build(Now, Communes.Value);

    [Fact]
    public void Is_deterministic()
    {
        var a = Plan();
        var b = Plan();
        Assert.Equal(a.Producers.Select(p => (p.Producer.Name, p.Producer.Phone, p.Producer.CommuneCode)), b.Producers.Select(p => (p.Producer.Name, p.Producer.Phone, p.Producer.CommuneCode)));
        Assert.Equal(a.Products.Select(p => (p.Product.Slug, p.Product.Price, p.Product.CreatedAt)), b.Products.Select(p => (p.Product.Slug, p.Product.Price, p.Product.CreatedAt)));
    }

    [Fact]
    public void Has_enough_producers_products_and_every_set()
    {
        var plan = Plan();
        Assert.True(plan.Producers.Count >= 120);
        Assert.True(plan.Producers.Select(p => p.Producer.ProvinceCode).Distinct().Count() >= 20);
        foreach (var code in new[] { "14", "42", "19", "24" }) Assert.Contains(plan.Producers, p => p.Producer.ProvinceCode == code);
        Assert.True(plan.Products.Count >= 600);
        Assert.Equal(ProductSets.All.Select(s => s.Code), plan.Products.Select(p => p.Product.SetCode).Distinct().Order());
        Assert.All(Enum.GetValues<LegalForm>(), f => Assert.Contains(plan.Producers, p => p.Producer.LegalForm == f));
    }

    [Fact]
    public void Song_Ma_cooperative_comes_first_with_its_longan()
    {
        var plan = Plan();
        var songMa = plan.Producers[0].Producer;
        Assert.Equal(("14", "04168", LegalForm.Cooperative, ProducerStatus.Verified), (songMa.ProvinceCode, songMa.CommuneCode, songMa.LegalForm, songMa.Status));
        Assert.Equal("Nhãn Sông Mã", plan.Products[0].Product.Name);
        Assert.Same(songMa, plan.Products[0].Producer);
        Assert.True(plan.Producers.Count(p => p.Producer.ProvinceCode == "14" && p.Producer.Status == ProducerStatus.Pending) >= 3);
        Assert.All(plan.Producers.Where(p => p.Producer.Status == ProducerStatus.Rejected), p => Assert.False(string.IsNullOrWhiteSpace(p.Producer.StatusReason)));
    }

    [Fact]
    public void Producers_are_valid()
    {
        var plan = Plan();
        var communes = Communes.Value.ToDictionary(c => c.Code);
        Assert.Equal(plan.Producers.Count, plan.Producers.Select(p => p.Producer.Slug).Distinct().Count());
        foreach (var p in plan.Producers.Select(p => p.Producer))
        {
            Assert.True(PhoneNumbers.IsValid(p.Phone) && p.Phone.Length == 10, p.Phone);
            Assert.Equal(p.ProvinceCode, communes[p.CommuneCode].ProvinceCode);
            Assert.InRange(p.Name.Length, 3, 200);
            Assert.InRange(p.Tagline!.Length, 1, 200);
            Assert.Equal(p.RepresentativeEthnicity != "Kinh", p.RepresentativeIsEthnicMinority);
            Assert.True(p.CreatedAt < Now && p.CreatedAt > Now.AddYears(-2));
            if (p.BankBin is null) continue;
            Assert.NotNull(Banks.FindByBin(p.BankBin));
            Assert.Matches("^[A-Z0-9 ]+$", p.BankAccountName!);
            Assert.InRange(p.BankAccountNumber!.Length, 6, 19);
        }
        Assert.True(plan.Producers.Count(p => p.Producer.HasPaymentAccount) > plan.Producers.Count / 2);
    }

    [Fact]
    public void Products_are_valid()
    {
        var plan = Plan();
        Assert.Equal(plan.Products.Count, plan.Products.Select(p => p.Product.Slug).Distinct().Count());
        foreach (var (product, producer, _, _) in plan.Products)
        {
            var errors = ProductInput.From(product).Validate();
            Assert.False(errors.HasErrors, product.Name);
            Assert.Equal(producer.ProvinceCode, product.ProvinceCode);
            Assert.Null(product.CertificateStars);
            Assert.True(product.Status != ProductStatus.Listed || producer.Status == ProducerStatus.Verified);
            Assert.True(product.CreatedAt >= producer.CreatedAt && product.CreatedAt < Now);
            Assert.True(product.Price % 1000 == 0, product.Name);
            if (product.Gtin is not null) Assert.True(product.Gtin.StartsWith("893") && product.Gtin.Length == 13 && Gs1CheckDigit.IsValid(product.Gtin));
        }
        Assert.Contains(plan.Products, p => p.Product.Gtin is not null);
        Assert.Contains(plan.Products, p => p.Product.Status == ProductStatus.Hidden);
    }

    [Fact]
    public void Images_are_small_well_formed_and_stable()
    {
        foreach (var set in ProductSets.All)
            for (var variant = 0; variant < 2; variant++)
            {
                var bytes = DemoImages.Product(set.Code, "Cá & <Koi> \"Việt\"", "Sông Mã · Sơn La", variant);
                Assert.True(bytes.Length < 3 * 1024, $"set {set.Code}: {bytes.Length} bytes");
                var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes));
                Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == "Cá & <Koi> \"Việt\"");
                Assert.Equal(bytes, DemoImages.Product(set.Code, "Cá & <Koi> \"Việt\"", "Sông Mã · Sơn La", variant));
            }
        var banner = DemoImages.Banner(26, "HTX Du lịch cộng đồng Mường Lạn & Bó Sinh", "Xã Sông Mã, tỉnh Sơn La");
        Assert.True(banner.Length < 3 * 1024);
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(banner));
    }
}

/// <summary>The application with the demo data seeded into a fresh SQLite database (once for the class).</summary>
public sealed class DemoSeededApp : Infrastructure.OcopApp
{
    public override Ocop.Data.DatabaseProvider Engine => Ocop.Data.DatabaseProvider.Sqlite;
    protected override string ConnectionString => $"Data Source={Path.Combine(TempDir, "ocop.db")}";

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:SeedDemoData", "true");
    }
}

/// <summary>The seeded evaluation cycle: certificates, results by the rubric rules, product snapshots and the open round.</summary>
public sealed class DemoCertificationTests(DemoSeededApp app) : IClassFixture<DemoSeededApp>
{
    private static DateOnly Today => Ocop.Infrastructure.VietnamTime.Today(TimeProvider.System);

    [Fact]
    public async Task Certificates_of_every_level_in_many_provinces_some_expired_one_revoked()
    {
        var certificates = await app.WithDb(db => db.Set<Certificate>().AsNoTracking().ToListAsync());
        Assert.InRange(certificates.Count, 150, 250);
        foreach (var stars in new[] { 3, 4, 5 })
            Assert.Contains(certificates, c => c.Stars == stars && c.StatusOn(Today) == CertificateStatus.Valid);
        Assert.True(certificates.Count(c => c.Stars == 5) >= 2);
        Assert.All(certificates.Where(c => c.Stars == 5), c => Assert.Equal((RecognitionLevel.Central, true), (c.Level, c.Number.StartsWith("OCOP-TW-"))));
        Assert.True(certificates.Select(c => c.ProvinceCode).Distinct().Count() >= 8);
        Assert.True(certificates.Where(c => c.Stars is 3 or 4).Select(c => c.ProvinceCode).Distinct().Count() >= 5);
        Assert.Contains(certificates, c => c.Status == CertificateStatus.Expired && c.ExpiresOn < Today && !c.Historic);
        Assert.All(certificates, c => Assert.Equal(c.ExpiresOn < Today && c.Status != CertificateStatus.Revoked, c.Status == CertificateStatus.Expired));
        Assert.Contains(certificates, c => c.StatusOn(Today) == CertificateStatus.Valid && c.ExpiresOn <= Today.AddDays(90));
        var revoked = Assert.Single(certificates, c => c.Status == CertificateStatus.Revoked);
        Assert.False(string.IsNullOrWhiteSpace(revoked.RevocationReason) || string.IsNullOrWhiteSpace(revoked.RevocationDecision));
        Assert.All(certificates.Where(c => !c.Historic), c =>
        {
            Assert.Equal(Certificate.ExpiryFor(c.IssuedOn), c.ExpiresOn);
            Assert.Matches(@"^OCOP-(\d\d|TW)-\d{4}-\d{4}$", c.Number);
            Assert.NotNull(c.DossierId);
            Assert.NotNull(c.DecisionId);
        });
        var historic = certificates.Where(c => c.Historic).ToList();
        Assert.NotEmpty(historic);
        Assert.All(historic, c => Assert.True(c.ProductId is null && c.LegacyProvinceCode is not null && c.IssuedOn < new DateOnly(2025, 7, 1)));
        Assert.Contains(historic, c => (c.LegacyProvinceCode, c.ProvinceCode) == ("02", "08"));
        var audited = await app.WithDb(db => db.AuditLog.AsNoTracking().Where(a => a.EntityType == "certificate").Select(a => a.EntityId + ":" + a.Action).ToListAsync());
        Assert.Contains($"{revoked.Number}:certificate.revoked", audited);
        Assert.All(certificates.Where(c => !c.Historic), c => Assert.Contains($"{c.Number}:certificate.issued", audited));
    }

    [Fact]
    public async Task Results_follow_the_rubric_rules()
    {
        var (dossiers, scores, certificates) = await app.WithDb(async db => (
            await db.Set<Dossier>().AsNoTracking().ToListAsync(),
            await db.Set<MemberScore>().AsNoTracking().Include(s => s.Items).ToListAsync(),
            await db.Set<Certificate>().AsNoTracking().Where(c => !c.Historic).ToListAsync()));
        var trees = new Dictionary<int, Ocop.Features.Certification.SheetTree>();
        foreach (var id in dossiers.Select(d => d.RubricSheetId).Distinct())
            trees[id] = await app.WithDb(db => Ocop.Features.Certification.SheetTree.LoadAsync(db, id));
        Assert.DoesNotContain(dossiers, d => d.SetCode is 11 or 12 or 13);
        Assert.Equal(dossiers.Count, dossiers.Select(d => d.Number).Distinct().Count());
        var rounds = await app.WithDb(db => db.Set<EvaluationRound>().AsNoTracking().ToDictionaryAsync(r => r.Id));
        Assert.All(dossiers, d => Assert.Equal($"HS-{d.ProvinceCode}-{rounds[d.RoundId].Year}-{d.Id:00000}", d.Number));
        foreach (var s in scores)
            Assert.Equal(s.Items.Sum(i => trees[dossiers.Single(d => d.Id == s.DossierId).RubricSheetId].Points(i.OptionNodeId)), s.Total);
        foreach (var d in dossiers.Where(d => d.AverageScore is not null))
        {
            var sheets = scores.Where(s => s.DossierId == d.Id && s.CouncilId == d.CouncilId).ToList();
            Assert.Equal(3, sheets.Count);
            Assert.Equal(Math.Round(sheets.Average(s => s.Total), 2, MidpointRounding.AwayFromZero), d.AverageScore);
            var tree = trees[d.RubricSheetId];
            var outcome = Scoring.StarsFor(tree.Tree, d.AverageScore!.Value, sheets.Select(s => tree.Choices(s.Items.Select(i => (i.CriterionNodeId, i.OptionNodeId)))).ToList());
            Assert.True(outcome.Ok);
            if (d.CentralAverageScore is null) Assert.Equal(outcome.Value!.Stars, d.Stars);
            else Assert.Equal(5, outcome.Value!.Stars);
        }
        foreach (var c in certificates)
        {
            var d = dossiers.Single(x => x.Id == c.DossierId);
            Assert.Equal(d.Stars, c.Stars);
            Assert.Equal(c.Level == RecognitionLevel.Central ? d.CentralAverageScore : d.AverageScore, c.Score);
            Assert.True(c.Stars <= Scoring.BandStars(c.Score));
            Assert.Equal(DossierStatus.Recognised, d.Status);
        }
        Assert.True(dossiers.Where(d => d.AverageScore is not null).Select(d => d.AverageScore!.Value).Min() < 50);
        Assert.True(dossiers.Where(d => d.AverageScore is not null).Select(d => d.AverageScore!.Value).Max() >= 90);
    }

    [Fact]
    public async Task Product_snapshots_show_exactly_the_valid_certificates()
    {
        var (products, certificates) = await app.WithDb(async db => (
            await db.Products.AsNoTracking().ToListAsync(),
            await db.Set<Certificate>().AsNoTracking().Where(c => c.ProductId != null).ToListAsync()));
        foreach (var p in products)
        {
            var valid = certificates.Where(c => c.ProductId == p.Id && c.StatusOn(Today) == CertificateStatus.Valid).MaxBy(c => c.IssuedOn);
            Assert.Equal((valid?.Number, valid?.Stars, valid?.ExpiresOn), (p.CertificateNumber, p.CertificateStars, p.CertificateExpiresOn));
        }
        var flagship = products.Single(p => p.Name == "Nhãn Sông Mã");
        Assert.Equal(4, flagship.StarsOn(Today));
    }

    [Fact]
    public async Task Open_round_has_a_dossier_at_every_stage()
    {
        var (rounds, dossiers, councils, scores) = await app.WithDb(async db => (
            await db.Set<EvaluationRound>().AsNoTracking().ToListAsync(),
            await db.Set<Dossier>().AsNoTracking().Include(d => d.Criteria).ToListAsync(),
            await db.Set<Council>().AsNoTracking().Include(c => c.Members).ToListAsync(),
            await db.Set<MemberScore>().AsNoTracking().ToListAsync()));
        var open = Assert.Single(rounds, r => r.Level == RecognitionLevel.Province && r.Status == RoundStatus.Open);
        Assert.True(open.ProvinceCode == "14" && open.AcceptsSubmissions(Today));
        Assert.Single(rounds, r => r.Level == RecognitionLevel.Central && r.Status == RoundStatus.Open);
        Assert.True(rounds.Where(r => r.Status == RoundStatus.Closed && r.Level == RecognitionLevel.Province).Select(r => r.ProvinceCode).Distinct().Count() >= 5);
        var inRound = dossiers.Where(d => d.RoundId == open.Id).ToList();
        var stages = Enum.GetValues<DossierStatus>().Where(s => s != DossierStatus.Recognised);
        Assert.All(stages, s => Assert.Contains(inRound, d => d.Status == s));
        Assert.Contains(inRound, d => d.Status == DossierStatus.Submitted && d.CommuneCode == "04168");
        Assert.All(inRound.Where(d => d.Status is DossierStatus.ReturnedByCommune or DossierStatus.ReturnedByProvince), d => Assert.NotNull(d.ReturnReason));
        Assert.Contains(inRound, d => d.Status == DossierStatus.Draft && d.Criteria.Count > 0 && d.Criteria.Count < dossiers.Where(x => x.RubricSheetId == d.RubricSheetId && x.Status != DossierStatus.Draft).Select(x => x.Criteria.Count).DefaultIfEmpty(99).Max());

        var users = await app.WithDb(db => db.Users.AsNoTracking().Where(u => u.Email!.StartsWith("hoidong")).ToDictionaryAsync(u => u.Email!, u => u.Id));
        var accepted = inRound.Where(d => d.Status == DossierStatus.Accepted).ToList();
        var council = councils.Single(c => c.Id == accepted[0].CouncilId);
        Assert.Equal(CouncilStatus.Open, council.Status);
        Assert.Equal(users["hoidong1@ocop.example"], council.Members.Single(m => m.Role == CouncilRole.Chair).UserId);
        Assert.All(accepted, d =>
        {
            var by = scores.Where(s => s.DossierId == d.Id).Select(s => s.MemberUserId).ToList();
            Assert.Contains(users["hoidong1@ocop.example"], by);
            Assert.Contains(users["hoidong2@ocop.example"], by);
            Assert.DoesNotContain(users["hoidong3@ocop.example"], by);
        });
        var forwarded = Assert.Single(inRound, d => d.Status == DossierStatus.ForwardedToCentral);
        Assert.True(forwarded.AverageScore >= 90 && councils.Single(c => c.Id == forwarded.CentralCouncilId).Status == CouncilStatus.Open);
        Assert.True(inRound.Single(d => d.Status == DossierStatus.NotRecognised).AverageScore < 50);
    }

    [Fact]
    public async Task Bulk_council_accounts_can_sign_in()
    {
        var client = await app.LoginAsync("hoidong.tw.1@ocop.example", Ocop.Data.Demo.DemoSeeder.Password);
        var response = await client.GetAsync("/api/v1/dossiers");
        response.EnsureSuccessStatusCode();
        Assert.Contains("ForwardedToCentral", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The demo's pictures show what the product is: its own kind where its set is broad, else its set's.</summary>
public sealed class DemoImagesTests
{
    [Theory]
    [InlineData(8, "Ruốc thịt", "Meat")]
    [InlineData(8, "Lạp xưởng", "Meat")]
    [InlineData(8, "Chả cá", "Fish")]
    [InlineData(8, "Tôm khô", "Fish")]
    [InlineData(1, "Nhãn Sông Mã", "Cluster")]
    [InlineData(7, "Long nhãn", "Cluster")]
    [InlineData(1, "Vải thiều", "Cluster")]
    [InlineData(1, "Cam Vinh", "Fruit")]
    [InlineData(1, "Chuối tiêu hồng", "Banana")]
    [InlineData(1, "Cải mèo", "Leaf")]
    [InlineData(2, "Gà Đông Tảo", "Poultry")]
    [InlineData(2, "Trứng gà ta", "Egg")]
    [InlineData(2, "Cá chép", "Fish")]
    [InlineData(4, "Mật ong hoa nhãn", "Jar")]
    [InlineData(9, "Nước mắm", "Bottle")]
    public void Motif_matches_the_product(int set, string shortName, string motif) =>
        Assert.Equal(motif, DemoImages.MotifOf(set, shortName).Motif.ToString());

    [Fact]
    public void No_meat_poultry_or_egg_product_is_drawn_as_a_fish_and_no_longan_or_lychee_as_a_round_fruit()
    {
        var plan = DemoPlan.Build(new DateTime(2026, 6, 1, 3, 0, 0, DateTimeKind.Utc),
            AdminUnitsEdition.Shipped().Communes.Select(c => new DemoCommune(c.Code, c.ProvinceCode, c.Name, c.Type)).ToList());
        foreach (var p in plan.Products)
        {
            var words = Ocop.Standards.Text.VietnameseText.Fold(p.ShortName).Split(' ');
            var motif = DemoImages.MotifOf(p.Product.SetCode, p.ShortName).Motif;
            if (words.Intersect(["thit", "lon", "ga", "vit", "bo", "trung", "ruoc"]).Any() && !words.Intersect(["ca", "tom", "muc", "cua"]).Any())
                Assert.True(motif != DemoImages.Motif.Fish, $"{p.ShortName} is drawn as a fish");
            if (words.Intersect(["nhan", "vai"]).Any() && p.Product.SetCode is 1 or 7)
                Assert.True(motif == DemoImages.Motif.Cluster, $"{p.ShortName} is drawn as {motif}");
        }
    }
}
