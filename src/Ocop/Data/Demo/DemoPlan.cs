using Ocop.Features.Catalog;
using Ocop.Features.Producers;
using Ocop.Standards.Gs1;
using Ocop.Standards.Text;
using Ocop.Standards.VietQr;

namespace Ocop.Data.Demo;

/// <summary>A commune as the demo data needs it (from the shipped administrative units).</summary>
internal sealed record DemoCommune(string Code, string ProvinceCode, string Name, string Type)
{
    /// <summary>The name without "Xã", "Phường" or "Đặc khu": "Sông Mã".</summary>
    public string Place => Name.StartsWith("Đặc khu ", StringComparison.Ordinal) ? Name[8..] : Name[(Name.IndexOf(' ') + 1)..];

    /// <summary>How a sentence names it: "xã Sông Mã".</summary>
    public string InText => char.ToLowerInvariant(Name[0]) + Name[1..];
}

/// <summary>A producer to insert, with the product set its banner shows and the place under its name.</summary>
internal sealed record PlannedProducer(Producer Producer, int SetCode, string Place);

/// <summary>A product to insert, with the producer it belongs to and the short name its images show.</summary>
internal sealed record PlannedProduct(Product Product, Producer Producer, string ShortName, string Caption);

/// <summary>
/// The demo producers and products, computed in memory from a fixed seed and the given "now":
/// the same inputs always give the same data. Nothing here touches the database.
/// </summary>
internal sealed class DemoPlan
{
    public const int Seed = 2026;
    public const string DemoProducerEmail = "htx.songma@ocop.example";
    public const string SongMaCommune = "04168";

    public List<PlannedProducer> Producers { get; } = [];
    public List<PlannedProduct> Products { get; } = [];

    private readonly Random _rng = new(Seed);
    private readonly DateTime _now;
    private readonly ILookup<string, DemoCommune> _communes;
    private readonly HashSet<string> _producerSlugs = [];
    private readonly HashSet<string> _productSlugs = [];
    private readonly HashSet<string> _productNames = [];
    private readonly Queue<int> _deck = new();

    private DemoPlan(DateTime now, IEnumerable<DemoCommune> communes)
    {
        _now = now;
        _communes = communes.OrderBy(c => c.Code, StringComparer.Ordinal).ToLookup(c => c.ProvinceCode);
    }

    public static DemoPlan Build(DateTime now, IEnumerable<DemoCommune> communes)
    {
        var plan = new DemoPlan(now, communes);
        plan.AddSongMa();
        foreach (var province in DemoCatalog.Provinces)
        {
            // Two producers in three make a local speciality; the third takes the next set in turn.
            var specialities = new Queue<ProductTemplate>(province.Specialities);
            for (var i = 0; i < province.Producers; i++)
                plan.AddGenerated(province, i, i % 3 != 2 && specialities.TryDequeue(out var s) ? s : null);
        }
        return plan;
    }

    private void AddSongMa()
    {
        var province = DemoCatalog.Provinces.Single(p => p.Code == "14");
        var commune = _communes["14"].Single(c => c.Code == SongMaCommune);
        var thai = DemoPeople.Minorities["Thái"];
        var producer = NewProducer(province, commune, LegalForm.Cooperative, "HTX Nông sản Sông Mã", "Lò Thị Phương", Gender.Female, thai,
            ProducerStatus.Verified, setCode: 1);
        producer.Email = DemoProducerEmail;
        producer.Tagline = "Nhãn Sông Mã – ngọt lành từ đôi bờ sông Mã";
        foreach (var t in DemoCatalog.SongMa) AddProduct(producer, t, commune, province, ProductStatus.Listed);
    }

    private void AddGenerated(DemoProvince province, int index, ProductTemplate? speciality)
    {
        var setCode = speciality?.Set ?? NextSet();
        var rural = _communes[province.Code].Where(c => c.Type == "xã").ToList();
        var commune = _communes[province.Code].FirstOrDefault(c => c.Name == speciality?.Commune)
            ?? DemoPeople.Pick(_rng, rural.Count > 0 ? rural : _communes[province.Code].ToList());
        var form = setCode == 26 ? DemoPeople.Pick(_rng, [LegalForm.Cooperative, LegalForm.HouseholdBusiness, LegalForm.CooperativeGroup])
            : DemoPeople.Pick(_rng, FormWeights);
        var gender = _rng.NextDouble() < 0.45 ? Gender.Female : Gender.Male;
        var ethnicity = province.Ethnicities.Length > 0 && _rng.NextDouble() < province.MinorityShare
            ? DemoPeople.Minorities[DemoPeople.Pick(_rng, province.Ethnicities)]
            : DemoPeople.Kinh;
        var representative = ethnicity.FullName(_rng, gender);
        var status = StatusOf(province.Code, province.Producers - 1 - index);
        var producer = NewProducer(province, commune, form, ProducerName(form, setCode, commune, representative), representative, gender, ethnicity, status, setCode);

        // The speciality, a few products of the producer's set, then neighbours from the same group.
        var own = DemoCatalog.Generic[setCode].OrderBy(_ => _rng.Next()).ToList();
        var ownFirst = speciality is null ? 3 : 2;
        var group = ProductSets.GroupOf(setCode).Code;
        var templates = new List<ProductTemplate>();
        if (speciality is not null) templates.Add(speciality);
        templates.AddRange(own.Take(ownFirst));
        templates.AddRange(ProductSets.All.Where(s => s.GroupCode == group && s.Code != setCode)
            .SelectMany(s => DemoCatalog.Generic[s.Code]).OrderBy(_ => _rng.Next()).Take(3));
        templates.AddRange(own.Skip(ownFirst));
        var count = setCode == 26 ? _rng.Next(2, 5) : _rng.Next(4, 8);
        // Mountain and highland cooperatives often welcome visitors too.
        if (setCode != 26 && form == LegalForm.Cooperative && province.Region is Region.MountainNorth or Region.Highlands && _rng.Next(3) == 0)
            templates.Insert(count - 1, DemoPeople.Pick(_rng, DemoCatalog.Generic[26].ToList()));
        foreach (var t in templates.Take(count))
            AddProduct(producer, t, commune, province, status != ProducerStatus.Verified ? ProductStatus.Draft : ListingStatus());
    }

    private static readonly LegalForm[] FormWeights =
    [
        LegalForm.Cooperative, LegalForm.Cooperative, LegalForm.Cooperative, LegalForm.Cooperative, LegalForm.Cooperative, LegalForm.Cooperative,
        LegalForm.Enterprise, LegalForm.Enterprise, LegalForm.Enterprise, LegalForm.Enterprise,
        LegalForm.HouseholdBusiness, LegalForm.HouseholdBusiness, LegalForm.HouseholdBusiness, LegalForm.HouseholdBusiness,
        LegalForm.CooperativeGroup, LegalForm.CooperativeGroup, LegalForm.FarmHousehold, LegalForm.FarmHousehold, LegalForm.FarmHousehold,
    ];

    // The officers' queues get content: pending producers in Sơn La, Hà Tĩnh, Thái Nguyên and Cà Mau, two rejected.
    private static ProducerStatus StatusOf(string province, int fromEnd) => (province, fromEnd) switch
    {
        ("14", <= 2) => ProducerStatus.Pending,
        ("14", 3) or ("24", 0) => ProducerStatus.Rejected,
        ("42" or "19" or "96", 0) => ProducerStatus.Pending,
        _ => ProducerStatus.Verified,
    };

    private ProductStatus ListingStatus() => _rng.Next(100) switch
    {
        < 90 => ProductStatus.Listed,
        < 96 => ProductStatus.Draft,
        _ => ProductStatus.Hidden,
    };

    // Every set comes round in turn (shuffled each round), so all 26 sets get producers.
    private int NextSet()
    {
        if (_deck.Count == 0)
            foreach (var s in ProductSets.All.Select(s => s.Code).OrderBy(_ => _rng.Next())) _deck.Enqueue(s);
        return _deck.Dequeue();
    }

    private string ProducerName(LegalForm form, int setCode, DemoCommune commune, string representative)
    {
        var trade = DemoCatalog.Trades[setCode];
        var given = representative[(representative.LastIndexOf(' ') + 1)..];
        return form switch
        {
            LegalForm.Cooperative => $"{DemoPeople.Pick(_rng, ["HTX", "Hợp tác xã"])} {trade} {commune.Place}",
            LegalForm.Enterprise => $"{DemoPeople.Pick(_rng, ["Công ty TNHH", "Công ty TNHH", "Công ty Cổ phần"])} {trade} {commune.Place}",
            LegalForm.HouseholdBusiness => _rng.Next(2) == 0 ? $"Hộ kinh doanh {representative}" : $"Cơ sở sản xuất {trade.ToLowerInvariant()} {given}",
            LegalForm.CooperativeGroup => $"Tổ hợp tác {trade.ToLowerInvariant()} {commune.Place}",
            _ => _rng.Next(2) == 0 ? $"Trang trại {trade.ToLowerInvariant()} {given}" : $"Hộ sản xuất {representative}",
        };
    }

    private Producer NewProducer(DemoProvince province, DemoCommune commune, LegalForm form, string name, string representative,
        Gender gender, Ethnicity ethnicity, ProducerStatus status, int setCode)
    {
        var created = status switch
        {
            ProducerStatus.Pending => _now.AddDays(-_rng.Next(1, 21)).AddMinutes(-_rng.Next(0, 1440)),
            ProducerStatus.Rejected => _now.AddDays(-_rng.Next(30, 90)).AddMinutes(-_rng.Next(0, 1440)),
            _ => _now.AddDays(-_rng.Next(400, 730)).AddMinutes(-_rng.Next(0, 1440)),
        };
        var producer = new Producer
        {
            Name = name,
            Slug = Unique(_producerSlugs, VietnameseText.Slugify(name, 90)),
            LegalForm = form,
            RegistrationNumber = form switch
            {
                LegalForm.Enterprise or LegalForm.Cooperative => province.Code + _rng.Next(0, 100_000_000).ToString("D8"),
                LegalForm.HouseholdBusiness => $"{province.Code}A8{_rng.Next(0, 1_000_000):D6}",
                _ => null,
            },
            RepresentativeName = representative,
            RepresentativeGender = gender,
            RepresentativeIsEthnicMinority = ethnicity != DemoPeople.Kinh,
            RepresentativeEthnicity = ethnicity.Name,
            Phone = DemoPeople.Phone(_rng),
            AddressLine = DemoPeople.Hamlet(_rng, province.Region, commune.Type == "phường"),
            CommuneCode = commune.Code,
            ProvinceCode = province.Code,
            Status = status,
            StatusReason = status == ProducerStatus.Rejected ? DemoCatalog.RejectionReasons[form == LegalForm.HouseholdBusiness ? 0 : 1] : null,
            CreatedAt = created,
            UpdatedAt = status == ProducerStatus.Rejected ? created.AddDays(_rng.Next(3, 12)) : created,
            VerifiedAt = status == ProducerStatus.Verified ? created.AddDays(_rng.Next(2, 25)).AddHours(_rng.Next(1, 9)) : null,
        };
        if (_rng.Next(10) < 6) producer.Email = producer.Slug + "@ocop.example";
        if (status == ProducerStatus.Verified && _rng.Next(10) < 9)
        {
            producer.BankBin = DemoPeople.Pick(_rng, Banks.All.Take(12).Prepend(Banks.Agribank).ToList()).Bin;
            producer.BankAccountNumber = DemoPeople.AccountNumber(_rng);
            producer.BankAccountName = DemoPeople.AccountHolder(form is LegalForm.Cooperative or LegalForm.Enterprise or LegalForm.CooperativeGroup ? name : representative);
        }
        producer.Tagline = DemoTexts.Tagline(_rng, setCode, commune.Place);
        producer.Story = DemoTexts.ProducerStory(_rng, producer, setCode, commune.InText, province.InText, created.Year - _rng.Next(0, 12));
        Producers.Add(new PlannedProducer(producer, setCode, $"{commune.Name}, {province.InText}"));
        return producer;
    }

    private void AddProduct(Producer producer, ProductTemplate t, DemoCommune commune, DemoProvince province, ProductStatus status)
    {
        var name = t.Name.Replace("{p}", _rng.Next(10) < 7 ? commune.Place : province.Name);
        if (!_productNames.Add(name)) name = Unique(_productNames, $"{name} – {DemoPeople.Pick(_rng, Qualifiers)}", " ");
        var factor = 0.85 + _rng.NextDouble() * 0.4;
        var step = t.Price >= 100_000 ? 5_000 : 1_000;
        var since = producer.VerifiedAt ?? producer.CreatedAt;
        var created = since.AddMinutes(_rng.NextDouble() * Math.Max((_now - since).TotalMinutes - 60, 1));
        var gtin = t.Set < 23 && producer.LegalForm is LegalForm.Enterprise or LegalForm.Cooperative && _rng.Next(10) < 4
            ? Gtin13(Producers.Count, Products.Count) : null;
        var product = new Product
        {
            SetCode = t.Set,
            Name = name,
            Slug = Unique(_productSlugs, VietnameseText.Slugify(name, 100)),
            Description = DemoTexts.ProductDescription(_rng, name, t, producer, commune.InText, province.InText),
            Story = DemoTexts.ProductStory(_rng, name, t, commune.InText, province.InText, _rng.Next(3, 40)),
            Unit = t.Unit,
            NetWeightGrams = t.Grams,
            Price = Math.Max(step, (long)Math.Round(t.Price * factor / step) * step),
            Stock = _rng.Next(100) < 4 ? 0 : t.Set == 26 ? _rng.Next(10, 60) : t.Price >= 500_000 ? _rng.Next(3, 80) : _rng.Next(30, 2000),
            Gtin = gtin,
            Status = status,
            ProvinceCode = producer.ProvinceCode,
            CreatedAt = created,
            UpdatedAt = created.AddDays(_rng.Next(0, 30)) is var u && u < _now ? u : created,
        };
        Products.Add(new PlannedProduct(product, producer, t.Short, $"{commune.Place} · {province.Name}"));
    }

    private static readonly string[] Qualifiers = ["loại đặc biệt", "hộp quà", "truyền thống", "thượng hạng", "gia truyền", "hữu cơ"];

    // GS1 Vietnam prefix 893, a 5-digit company number per producer, a 4-digit item number and the check digit.
    private static string Gtin13(int producerNumber, int itemNumber)
    {
        var body = $"893{10000 + producerNumber * 37 % 90000:D5}{itemNumber % 10000:D4}";
        return body + Gs1CheckDigit.Compute(body);
    }

    private static string Unique(HashSet<string> taken, string value, string separator = "-")
    {
        if (taken.Add(value)) return value;
        for (var i = 2; ; i++)
            if (taken.Add($"{value}{separator}{i}")) return $"{value}{separator}{i}";
    }
}
