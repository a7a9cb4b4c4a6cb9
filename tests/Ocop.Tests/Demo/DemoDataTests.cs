using System.Xml.Linq;
using Ocop.Data.Demo;
using Ocop.Features.Catalog;
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
