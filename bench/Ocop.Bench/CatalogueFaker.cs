using Ocop.Features.Catalog;
using Ocop.Features.Producers;
using Ocop.Standards.Text;
using static Ocop.Bench.CatalogueFragments;

namespace Ocop.Bench;

/// <summary>
/// Deterministic producers and products: the same seed gives the same rows. Producers go round the
/// provinces (so all 34 are covered) with a real commune of each; products pick a kind of one of the
/// 26 sets, a qualifier and a place, and about 60 % carry an unexpired certificate snapshot (3–5 stars).
/// </summary>
public sealed class CatalogueFaker(int seed, CommuneRef[][] communesByProvince, IReadOnlyDictionary<string, string> provinceNames, DateTime now)
{
    private readonly Random _random = new(seed);
    private readonly DateOnly _today = DateOnly.FromDateTime(now);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Products cluster on producers unevenly, as in real catalogues (a few producers list many).</summary>
    public int ProducerIndexFor(int productIndex, int producers) =>
        productIndex < producers ? productIndex : (int)(Math.Pow(_random.NextDouble(), 1.6) * producers);

    public Producer Producer(int index)
    {
        var communes = communesByProvince[index % communesByProvince.Length];
        var commune = Pick(communes);
        var form = (LegalForm)_random.Next(1, 6);
        var name = $"{Pick(ProducerPrefixes)} {Pick(ProducerThemes)} {commune.Name}";
        var gender = _random.Next(2) == 0 ? Gender.Male : Gender.Female;
        var minority = _random.NextDouble() < 0.3;
        var created = now.AddDays(-_random.Next(30, 1500));
        return new Producer
        {
            Name = name,
            Slug = VietnameseText.Slugify(name, 90) + $"-{index + 1}",
            LegalForm = form,
            RegistrationNumber = $"{commune.ProvinceCode}{_random.Next(10_000_000, 99_999_999)}",
            RepresentativeName = $"{Pick(FamilyNames)} {(gender == Gender.Female ? "Thị" : Pick(MiddleNames))} {Pick(GivenNames)}",
            RepresentativeGender = gender,
            RepresentativeIsEthnicMinority = minority,
            RepresentativeEthnicity = minority ? Pick(Ethnicities) : null,
            Phone = $"09{_random.Next(10_000_000, 99_999_999)}",
            AddressLine = $"Thôn {_random.Next(1, 15)}, {commune.Name}",
            CommuneCode = commune.Code,
            ProvinceCode = commune.ProvinceCode,
            Tagline = $"{Pick(ProducerThemes)} {provinceNames.GetValueOrDefault(commune.ProvinceCode, "")}",
            Status = ProducerStatus.Verified,
            VerifiedAt = created.AddDays(7),
            VerifiedBy = "bench",
            CreatedAt = created,
            UpdatedAt = created.AddDays(7),
        };
    }

    public Product Product(int index, Producer producer)
    {
        var kind = Pick(Kinds);
        var place = _random.NextDouble() < 0.5 ? provinceNames.GetValueOrDefault(producer.ProvinceCode, "") : producer.AddressLine!.Split(", ")[^1];
        var name = $"{Pick(kind.Names)} {Pick(Qualifiers)} {place}";
        var price = (kind.MinPrice + (long)(_random.NextDouble() * (kind.MaxPrice - kind.MinPrice))) / 1000 * 1000;
        var certified = _random.NextDouble() < 0.6;
        var created = producer.CreatedAt.AddDays(_random.Next(1, 30));
        return new Product
        {
            ProducerId = producer.Id,
            SetCode = kind.SetCode,
            Name = name,
            Slug = VietnameseText.Slugify(name, 100) + $"-{index + 1}",
            Description = $"{Pick(DescriptionOpenings)}. {name} của {producer.Name}. {Pick(DescriptionClosings)}",
            Unit = kind.Unit,
            NetWeightGrams = kind.SetCode <= 13 ? _random.Next(1, 21) * 50 : null,
            Price = price,
            Stock = _random.Next(0, 500),
            Status = ProductStatus.Listed,
            ProvinceCode = producer.ProvinceCode,
            CertificateNumber = certified ? $"{producer.ProvinceCode}/OCOP/{_today.Year - _random.Next(0, 3)}/{index + 1:00000}" : null,
            CertificateStars = certified ? StarsDraw() : null,
            CertificateExpiresOn = certified ? _today.AddDays(_random.Next(30, 1095)) : null,
            CreatedAt = created,
            UpdatedAt = created,
        };
    }

    /// <summary>3 stars most often, 5 stars rarely, as in the programme's results.</summary>
    private int StarsDraw() => _random.NextDouble() switch { < 0.65 => 3, < 0.95 => 4, _ => 5 };
}
