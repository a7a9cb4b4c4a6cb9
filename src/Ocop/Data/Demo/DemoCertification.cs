using Ocop.Features.Catalog;
using Ocop.Features.Certification;
using Ocop.Features.Certification.Rubrics;
using Ocop.Features.Producers;

namespace Ocop.Data.Demo;

/// <summary>A council member as the demo data needs it: the account and the name the council lists.</summary>
internal sealed record DemoMember(string UserId, string FullName);

/// <summary>An active rubric sheet: its id and its tree.</summary>
internal sealed record DemoSheet(int Id, SheetTree Tree);

/// <summary>A dossier to insert with the round and councils it belongs to (their ids exist only once saved).</summary>
internal sealed class PlannedDossier(Dossier dossier, EvaluationRound round, PlannedProduct product)
{
    public Dossier Dossier => dossier;
    public EvaluationRound Round => round;
    public PlannedProduct Product => product;
    public Council? Council { get; set; }
    public Council? CentralCouncil { get; set; }
}

/// <summary>One member's score sheet of a dossier in a council.</summary>
internal sealed record PlannedScore(MemberScore Score, PlannedDossier Dossier, Council Council);

/// <summary>A certificate with the dossier and decision it comes from (none for a historic record).</summary>
internal sealed record PlannedCertificate(Certificate Certificate, PlannedDossier? Dossier, RecognitionDecision? Decision);

/// <summary>An audit line; a dossier's line names the dossier by its id, known once the dossier is saved.</summary>
internal sealed record PlannedAudit(Features.Identity.AuditEntry Entry, PlannedDossier? Dossier);

/// <summary>
/// The evaluation cycle of the demo data, computed in memory from the demo plan (products already have
/// their ids), the active rubric sheets and the council accounts: finished provincial rounds two and
/// three years back and a central 5★ round, their councils, scores, decisions and certificates (some
/// expired, some expiring soon, one revoked, a few historic records), and Sơn La's open round of this
/// year with a dossier at every stage. Results follow the rubric rules: member totals by
/// <see cref="Scoring.Total"/>, stars by <see cref="Scoring.StarsFor"/> on the average, as a council closing does.
/// </summary>
internal sealed class DemoCertification
{
    /// <summary>Provinces with finished rounds (Sơn La, Hà Tĩnh, Thái Nguyên and Bắc Ninh first).</summary>
    public static readonly string[] Provinces = ["14", "42", "19", "24", "01", "15", "25", "38", "66", "68", "91", "92"];
    public const string Central = "TW";

    /// <summary>Products the central council recognised 5★ (when they are among the demo products).</summary>
    public static readonly string[] FiveStar = ["Mật ong hoa nhãn Sông Mã", "Nước mắm Cửa Sót", "Miến dong Bắc Kạn", "Bộ ấm chén gốm Bát Tràng", "Vải thiều sấy khô Lục Ngạn"];
    public const string Flagship = "Nhãn Sông Mã";

    public List<EvaluationRound> Rounds { get; } = [];
    public List<Council> Councils { get; } = [];
    public List<RecognitionDecision> Decisions { get; } = [];
    public List<PlannedDossier> Dossiers { get; } = [];
    public List<PlannedScore> Scores { get; } = [];
    public List<PlannedCertificate> Certificates { get; } = [];
    public List<PlannedAudit> Audit { get; } = [];

    private readonly Random _rng = new(DemoPlan.Seed + 148);
    private readonly DemoPlan _plan;
    private readonly IReadOnlyDictionary<int, DemoSheet> _sheets;
    private readonly string _version;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<DemoMember>> _members;
    private readonly DateTime _now;
    private readonly DateOnly _today;
    private readonly Dictionary<string, int> _sequences = [];
    private readonly HashSet<string> _decisionNumbers = [];

    private DemoCertification(DemoPlan plan, IReadOnlyDictionary<int, DemoSheet> sheets, string version,
        IReadOnlyDictionary<string, IReadOnlyList<DemoMember>> members, DateTime now, DateOnly today)
    {
        (_plan, _sheets, _version, _members, _now, _today) = (plan, sheets, version, members, now, today);
    }

    /// <param name="sheets">The active sheet of each product set that has one.</param>
    /// <param name="members">Three council members per province of <see cref="Provinces"/> and for <see cref="Central"/>; the first chairs.</param>
    public static DemoCertification Build(DemoPlan plan, IReadOnlyDictionary<int, DemoSheet> sheets, string version,
        IReadOnlyDictionary<string, IReadOnlyList<DemoMember>> members, DateTime now, DateOnly today)
    {
        var c = new DemoCertification(plan, sheets, version, members, now, today);
        var open = c.OpenRoundProducts();
        var fiveStar = c.FinishedRounds(open.Select(p => p.Product).ToHashSet());
        c.CentralRound(fiveStar);
        c.OpenRound(open);
        c.Historic();
        return c;
    }

    /// <summary>The product's snapshot after the seed: its newest certificate while valid (what issuing, expiry and revocation leave).</summary>
    public IEnumerable<(Product Product, Certificate Certificate)> Snapshots() =>
        Certificates.Where(c => c.Dossier is not null).GroupBy(c => c.Dossier!.Product.Product)
            .Select(g => (Product: g.Key, Certificate: g.OrderByDescending(c => c.Certificate.IssuedOn).First().Certificate))
            .Where(x => x.Certificate.StatusOn(_today) == CertificateStatus.Valid);

    private bool Eligible(PlannedProduct p) =>
        p.Producer.Status == ProducerStatus.Verified && p.Product.Status == ProductStatus.Listed && _sheets.ContainsKey(p.Product.SetCode);

    private static DemoProvince ProvinceOf(string code) => DemoCatalog.Provinces.Single(p => p.Code == code);

    // ---- finished rounds -------------------------------------------------------------------

    /// <summary>Two finished rounds per province: three years back (part expired, part expiring within 90 days) and two years back (valid).</summary>
    private List<PlannedDossier> FinishedRounds(HashSet<Product> reserved)
    {
        var fiveStar = new List<PlannedDossier>();
        var threeYearsBack = _today.AddMonths(-Certificate.ValidityMonths);
        foreach (var code in Provinces)
        {
            var province = ProvinceOf(code);
            var pool = _plan.Products.Where(p => p.Product.ProvinceCode == code && Eligible(p) && !reserved.Contains(p.Product))
                .OrderBy(_ => _rng.Next()).ToList();
            var forced = pool.Where(p => p.Product.Name == Flagship || FiveStar.Contains(p.Product.Name)).ToList();
            var chosen = forced.Concat(pool.Except(forced).Take((int)(pool.Count * 0.6))).ToList();
            // Decisions of the older round: one already expired, one expiring within the next 90 days.
            var expired = threeYearsBack.AddDays(-_rng.Next(40, 100));
            var expiring = threeYearsBack.AddDays(_rng.Next(5, 80));
            for (var back = 1; back >= 0; back--)
            {
                var first = expired.AddMonths(12 * (1 - back));
                var second = expiring.AddMonths(12 * (1 - back));
                var round = NewRound($"Đánh giá, phân hạng sản phẩm OCOP {province.InText} năm {first.AddDays(-150).Year}", RecognitionLevel.Province, code,
                    first.AddDays(-150), first.AddDays(-60), RoundStatus.Closed);
                var council = NewCouncil(round, $"Hội đồng đánh giá, phân hạng sản phẩm OCOP {province.InText} năm {round.Year}", code,
                    first.AddDays(-55), first.AddDays(-15));
                var batches = new[] { NewDecision(RecognitionLevel.Province, province, round, first), NewDecision(RecognitionLevel.Province, province, round, second) };
                var products = chosen.Where((p, i) => back == 0 ? IsForced(p) || i % 2 == 1 : !IsForced(p) && i % 2 == 0).ToList();
                foreach (var (p, i) in products.Select((p, i) => (p, i)))
                {
                    var target = p.Product.Name == Flagship ? 4 : FiveStar.Contains(p.Product.Name) ? 5 : _rng.Next(100) switch { < 8 => 2, < 62 => 3, _ => 4 };
                    var d = NewDossier(p, round, DossierStatus.Recognised, round.OpensOn.AddDays(_rng.Next(0, 60)));
                    SelfAssess(d, target, 1.0);
                    CommuneCheck(d);
                    var decision = batches[i % 2];
                    Score(d, council, target, council.ClosedAt!.Value.AddDays(-_rng.Next(1, 10)));
                    d.Dossier.UpdatedAt = At(decision.Date);
                    if (d.Dossier.Stars == 5)
                    {
                        d.Dossier.Status = DossierStatus.ForwardedToCentral;
                        fiveStar.Add(d);
                    }
                    else if (d.Dossier.Stars < 3) d.Dossier.Status = DossierStatus.NotRecognised;
                    else Issue(d, decision, d.Dossier.AverageScore!.Value);
                }
            }
        }
        return fiveStar;

        static bool IsForced(PlannedProduct p) => p.Product.Name == Flagship || FiveStar.Contains(p.Product.Name);
    }

    /// <summary>The central round after the provinces' second round: its council scores the "potential 5★" dossiers again, and the ministry recognises them.</summary>
    private void CentralRound(List<PlannedDossier> forwarded)
    {
        if (forwarded.Count == 0) return;
        var decided = forwarded.Max(d => DateOnly.FromDateTime(d.Dossier.UpdatedAt)).AddDays(45);
        var round = NewRound($"Đánh giá, phân hạng sản phẩm OCOP 5 sao cấp Trung ương năm {decided.AddDays(-120).Year}", RecognitionLevel.Central, null,
            decided.AddDays(-120), decided.AddDays(-30), RoundStatus.Closed);
        var council = NewCouncil(round, $"Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp Trung ương năm {round.Year}", null, decided.AddDays(-28), decided.AddDays(-10));
        var decision = NewDecision(RecognitionLevel.Central, null, round, decided);
        foreach (var d in forwarded)
        {
            Score(d, council, 5, council.ClosedAt!.Value.AddDays(-_rng.Next(1, 6)));
            d.Dossier.UpdatedAt = At(decided);
            Issue(d, decision, d.Dossier.CentralAverageScore!.Value);
        }
    }

    private void Issue(PlannedDossier d, RecognitionDecision decision, decimal score)
    {
        var prefix = decision.Level == RecognitionLevel.Central ? $"OCOP-TW-{decision.Date.Year}-" : $"OCOP-{d.Dossier.ProvinceCode}-{decision.Date.Year}-";
        var sequence = _sequences[prefix] = _sequences.GetValueOrDefault(prefix) + 1;
        var c = new Certificate
        {
            Number = prefix + sequence.ToString("0000"), ProductName = d.Product.Product.Name, ProducerName = d.Product.Producer.Name,
            ProductId = d.Product.Product.Id, ProducerId = d.Product.Producer.Id, ProvinceCode = d.Dossier.ProvinceCode, SetCode = d.Dossier.SetCode,
            Stars = d.Dossier.Stars!.Value, Score = score, Level = decision.Level, DecisionNumber = decision.Number, DecisionDate = decision.Date,
            IssuedOn = decision.Date, ExpiresOn = Certificate.ExpiryFor(decision.Date), CreatedAt = At(decision.Date),
        };
        c.Status = c.StatusOn(_today);
        d.Dossier.Status = DossierStatus.Recognised;
        Certificates.Add(new PlannedCertificate(c, d, decision));
        Record(c.CreatedAt, Officer(decision.ProvinceCode), "certificate.issued", "certificate", c.Number, null,
            new { c.Stars, c.Score, c.ExpiresOn, Decision = decision.Number }, null);
        if (c.Status == CertificateStatus.Expired)
            Record(At(c.ExpiresOn.AddDays(1)), "hệ thống", "certificate.expired", "certificate", c.Number, new { Status = CertificateStatus.Valid }, new { c.Status }, null);
    }

    /// <summary>Revokes one valid certificate: Hà Tĩnh's first 3★ of its second round.</summary>
    private void Revoke()
    {
        var c = Certificates.Select(x => x.Certificate)
            .First(c => c.ProvinceCode == "42" && c.Stars == 3 && c.Status == CertificateStatus.Valid && c.ExpiresOn > _today.AddMonths(6));
        c.Status = CertificateStatus.Revoked;
        c.RevokedAt = _now.AddDays(-23).Date.AddHours(3);
        c.RevocationReason = "Kết quả kiểm tra, giám sát sau công nhận: mẫu sản phẩm lưu thông không đạt chỉ tiêu chất lượng đã công bố; " +
                             "chủ thể không khắc phục trong thời hạn 60 ngày theo yêu cầu của Hội đồng.";
        c.RevocationDecision = $"{_rng.Next(1000, 4000)}/QĐ-UBND";
        Record(c.RevokedAt.Value, Officer("42"), "certificate.revoked", "certificate", c.Number, new { Status = CertificateStatus.Valid },
            new { c.Status, c.RevocationDecision }, c.RevocationReason);
    }

    // ---- the open round --------------------------------------------------------------------

    private List<PlannedProduct> OpenRoundProducts()
    {
        var songMa = _plan.Producers[0].Producer;
        var pool = _plan.Products.Where(p => p.Product.ProvinceCode == "14" && Eligible(p)).ToList();
        var own = pool.Where(p => p.Producer == songMa && p.Product.Name is "Long nhãn sấy Sông Mã" or "Mận sấy Sơn La").OrderBy(p => p.Product.Name).ToList();
        var others = pool.Where(p => p.Producer != songMa).OrderBy(_ => _rng.Next()).Take(OpenStages.Length - own.Count);
        // Mận sấy (the demo producer's draft) first, Long nhãn sấy (waiting in Xã Sông Mã) third.
        var list = others.ToList();
        list.Insert(0, own[1]);
        list.Insert(2, own[0]);
        return list;
    }

    /// <summary>The open round's dossiers, one stage each; the stars are the council's target where it has scored.</summary>
    private static readonly (DossierStatus Status, int Stars)[] OpenStages =
    [
        (DossierStatus.Draft, 0), (DossierStatus.Draft, 0), (DossierStatus.Submitted, 0), (DossierStatus.Submitted, 0),
        (DossierStatus.ReturnedByCommune, 0), (DossierStatus.Forwarded, 0), (DossierStatus.Forwarded, 0), (DossierStatus.ReturnedByProvince, 0),
        (DossierStatus.Accepted, 4), (DossierStatus.Accepted, 3), (DossierStatus.Scored, 3), (DossierStatus.Scored, 4),
        (DossierStatus.ForwardedToCentral, 5), (DossierStatus.NotRecognised, 2),
    ];

    private void OpenRound(List<PlannedProduct> products)
    {
        Revoke();
        var province = ProvinceOf("14");
        var round = NewRound($"Đánh giá, phân hạng sản phẩm OCOP {province.InText} năm {_today.Year}", RecognitionLevel.Province, "14",
            _today.AddDays(-60), _today.AddDays(45), RoundStatus.Open);
        var closed = NewCouncil(round, $"Hội đồng đánh giá, phân hạng sản phẩm OCOP {province.InText} năm {round.Year} – phiên 1", "14", _today.AddDays(-26), _today.AddDays(-9));
        var open = NewCouncil(round, $"Hội đồng đánh giá, phân hạng sản phẩm OCOP {province.InText} năm {round.Year} – phiên 2", "14", _today.AddDays(-6), null);
        var centralRound = NewRound($"Đánh giá, phân hạng sản phẩm OCOP 5 sao cấp Trung ương năm {_today.Year}", RecognitionLevel.Central, null,
            _today.AddDays(-30), _today.AddDays(60), RoundStatus.Open);
        var central = NewCouncil(centralRound, $"Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp Trung ương năm {_today.Year}", null, _today.AddDays(-7), null);

        foreach (var (p, (status, stars)) in products.Zip(OpenStages))
        {
            var d = NewDossier(p, round, status, _today.AddDays(-_rng.Next(35, 56)));
            var x = d.Dossier;
            var submitted = _now.AddDays(-_rng.Next(14, 30)).AddMinutes(-_rng.Next(0, 600));
            Trail(d, x.CreatedAt, Producer(d), "dossier.created", DossierStatus.Draft, null);
            if (status == DossierStatus.Draft)
            {
                SelfAssess(d, 3, x.ProductId % 2 == 0 ? 0.4 : 0.75);
                x.UpdatedAt = _now.AddDays(-_rng.Next(1, 6));
                continue;
            }
            SelfAssess(d, Math.Max(stars, 3), 1.0);
            x.SubmittedAt = submitted;
            Trail(d, submitted, Producer(d), "dossier.submitted", DossierStatus.Submitted, null);
            x.UpdatedAt = submitted;
            if (status == DossierStatus.Submitted) continue;
            var communeDone = submitted.AddDays(_rng.Next(2, 5));
            x.UpdatedAt = communeDone;
            if (status == DossierStatus.ReturnedByCommune)
            {
                x.ReturnReason = "Thiếu bản sao giấy chứng nhận đăng ký nhãn hiệu và hợp đồng liên kết vùng nguyên liệu; đề nghị bổ sung minh chứng cho tiêu chí A1a, A1d.";
                Trail(d, communeDone, "Cán bộ UBND xã", "dossier.returned-by-commune", status, x.ReturnReason);
                continue;
            }
            CommuneCheck(d);
            Trail(d, communeDone, "Cán bộ UBND xã", "dossier.forwarded", DossierStatus.Forwarded, null);
            if (status == DossierStatus.Forwarded) continue;
            var provinceDone = communeDone.AddDays(_rng.Next(2, 5));
            x.UpdatedAt = provinceDone;
            if (status == DossierStatus.ReturnedByProvince)
            {
                x.ReturnReason = "Phiếu kết quả kiểm nghiệm đã quá 12 tháng, chưa có chỉ tiêu kim loại nặng; đề nghị bổ sung phiếu kiểm nghiệm mới.";
                Trail(d, provinceDone, Officer("14"), "dossier.returned-by-province", status, x.ReturnReason);
                continue;
            }
            var council = status == DossierStatus.Accepted ? open : closed;
            Trail(d, provinceDone, Officer("14"), "dossier.accepted", DossierStatus.Accepted, null);
            if (status == DossierStatus.Accepted)
            {
                // Two members have scored; the third (hoidong3) has not, so the session can be finished in the demo.
                x.Status = DossierStatus.Accepted;
                Score(d, council, stars, _now.AddDays(-2), scoring: 2);
                x.AverageScore = null;
                x.Stars = null;
                x.UpdatedAt = _now.AddDays(-1);
                continue;
            }
            Score(d, council, stars, closed.ClosedAt!.Value.AddDays(-2));
            x.UpdatedAt = closed.ClosedAt!.Value;
            x.Status = x.Stars switch { 5 => DossierStatus.ForwardedToCentral, < 3 => DossierStatus.NotRecognised, _ => DossierStatus.Scored };
            Trail(d, closed.ClosedAt.Value, "hệ thống", "dossier.result", x.Status, null);
            if (x.Status != DossierStatus.ForwardedToCentral) continue;
            d.CentralCouncil = central;
            Trail(d, _now.AddDays(-5), "Văn phòng Điều phối NTM Trung ương", "dossier.assigned-central", x.Status, null);
        }
    }

    // ---- historic records ------------------------------------------------------------------

    /// <summary>Certificates issued before the platform, on pre-2025 province codes (mapped to today's provinces).</summary>
    private static readonly (string Legacy, string Province, int Set, int Stars, decimal Score, string Product, string Producer, DateOnly Issued)[] HistoricRows =
    [
        ("24", "24", 1, 4, 78.5m, "Vải thiều Lục Ngạn (bảo quản lạnh)", "HTX Nông sản an toàn Lục Ngạn", new(2022, 6, 10)),
        ("24", "24", 7, 3, 64m, "Mỳ gạo Chũ", "HTX Sản xuất và Kinh doanh mỳ Chũ", new(2022, 11, 28)),
        ("02", "08", 11, 4, 82m, "Chè Shan tuyết Hà Giang", "HTX Chè Shan tuyết Lũng Phìn", new(2021, 12, 20)),
        ("02", "08", 4, 3, 61.5m, "Mật ong bạc hà Hà Giang", "Hợp tác xã Ong mật Mèo Vạc", new(2024, 3, 15)),
        ("06", "19", 6, 3, 58m, "Miến dong Na Rì", "HTX Miến dong Côn Minh", new(2022, 8, 5)),
        ("44", "44", 9, 4, 75m, "Nước mắm Cảnh Dương", "HTX Chế biến hải sản Cảnh Dương", new(2022, 4, 22)),
        ("67", "68", 13, 3, 66m, "Cà phê Robusta Đắk Mil", "Công ty TNHH Cà phê Đắk Mil", new(2023, 9, 12)),
    ];

    private void Historic()
    {
        foreach (var (row, i) in HistoricRows.Select((r, i) => (r, i)))
        {
            var decision = row.Issued.AddDays(-_rng.Next(0, 5));
            var c = new Certificate
            {
                Number = $"{row.Legacy}-{row.Issued.Year}-{i + 101:000}/GCN-OCOP", ProductName = row.Product, ProducerName = row.Producer,
                ProvinceCode = row.Province, LegacyProvinceCode = row.Legacy, SetCode = row.Set, Stars = row.Stars, Score = row.Score,
                Level = RecognitionLevel.Province, DecisionNumber = $"{_rng.Next(500, 3500)}/QĐ-UBND", DecisionDate = decision,
                IssuedOn = row.Issued, ExpiresOn = Certificate.ExpiryFor(row.Issued), Historic = true, CreatedAt = _now.AddDays(-_rng.Next(60, 300)),
            };
            c.Status = c.StatusOn(_today);
            Certificates.Add(new PlannedCertificate(c, null, null));
        }
        Record(_now.AddDays(-60), "Văn phòng Điều phối NTM Trung ương", "certificates.imported", "certificate", "historic", null, new { HistoricRows.Length }, null);
    }

    // ---- building blocks -------------------------------------------------------------------

    private EvaluationRound NewRound(string name, RecognitionLevel level, string? province, DateOnly opens, DateOnly closes, RoundStatus status)
    {
        var round = new EvaluationRound
        {
            Name = name, Level = level, ProvinceCode = province, Year = opens.Year, OpensOn = opens, ClosesOn = closes, Status = status,
            CreatedAt = At(opens.AddDays(-10)),
        };
        Rounds.Add(round);
        return round;
    }

    private Council NewCouncil(EvaluationRound round, string name, string? province, DateOnly created, DateOnly? closed)
    {
        var council = new Council
        {
            RoundId = 0, Name = name, Level = round.Level, ProvinceCode = province, CreatedAt = At(created),
            Status = closed is null ? CouncilStatus.Open : CouncilStatus.Closed, ClosedAt = closed is { } c ? At(c) : null,
        };
        var members = _members[province ?? Central];
        council.Members.AddRange(members.Select((m, i) => new CouncilMember
        {
            UserId = m.UserId, FullName = m.FullName, Role = i switch { 0 => CouncilRole.Chair, 1 => CouncilRole.Secretary, _ => CouncilRole.Member },
        }));
        Councils.Add(council);
        _councilRounds[council] = round;
        return council;
    }

    private readonly Dictionary<Council, EvaluationRound> _councilRounds = [];

    /// <summary>The round a council belongs to (its RoundId is set once the round is saved).</summary>
    public EvaluationRound RoundOf(Council council) => _councilRounds[council];

    private RecognitionDecision NewDecision(RecognitionLevel level, DemoProvince? province, EvaluationRound round, DateOnly date)
    {
        string number;
        do number = level == RecognitionLevel.Central
            ? $"{_rng.Next(1000, 5000)}/QĐ-{(date < new DateOnly(2025, 3, 1) ? "BNN-VPĐP" : "BNNMT")}"
            : $"{_rng.Next(1000, 4000)}/QĐ-UBND";
        while (!_decisionNumbers.Add($"{province?.Code}:{number}"));
        var person = DemoPeople.Kinh.FullName(_rng, _rng.Next(3) == 0 ? Gender.Female : Gender.Male);
        var decision = new RecognitionDecision
        {
            Number = number, Date = date, Level = level, ProvinceCode = province?.Code, RoundId = 0, CreatedAt = At(date),
            Signer = province is null ? $"Thứ trưởng Bộ Nông nghiệp {person}" : $"{DemoPeople.Pick(_rng, ["Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch"])} UBND {province.InText} {person}",
        };
        Decisions.Add(decision);
        _decisionRounds[decision] = round;
        Record(decision.CreatedAt, Officer(province?.Code), "decision.recorded", "decision", number, null,
            new { decision.Number, decision.Date, decision.Signer, decision.Level }, null);
        return decision;
    }

    private readonly Dictionary<RecognitionDecision, EvaluationRound> _decisionRounds = [];

    public EvaluationRound RoundOf(RecognitionDecision decision) => _decisionRounds[decision];

    private PlannedDossier NewDossier(PlannedProduct p, EvaluationRound round, DossierStatus status, DateOnly created)
    {
        var product = p.Product;
        var sheet = _sheets[product.SetCode];
        var at = At(created);
        var dossier = new Dossier
        {
            Number = $"tmp-{Dossiers.Count}", ProductId = product.Id, ProducerId = p.Producer.Id, ProvinceCode = p.Producer.ProvinceCode,
            CommuneCode = p.Producer.CommuneCode, SetCode = product.SetCode, RubricSheetId = sheet.Id, RubricVersionCode = _version,
            Type = EvaluationType.FirstTime, Status = status, CreatedAt = at, UpdatedAt = at, SubmittedAt = status == DossierStatus.Draft ? null : at.AddDays(_rng.Next(2, 9)),
            SamplesDeclared = product.SetCode == 26 ? null : $"0{_rng.Next(3, 6)} mẫu {product.Unit} {product.Name} cùng lô sản xuất, kèm phiếu kiểm nghiệm.",
        };
        var planned = new PlannedDossier(dossier, round, p);
        Dossiers.Add(planned);
        return planned;
    }

    /// <summary>The producer's self-assessment (a little optimistic); <paramref name="share"/> of the criteria filled in.</summary>
    private void SelfAssess(PlannedDossier d, int target, double share)
    {
        var sheet = _sheets[d.Dossier.SetCode].Tree;
        var quality = Quality(target) + 0.06;
        foreach (var (criterion, option) in Select(sheet, quality, target))
            if (share >= 1 || _rng.NextDouble() < share)
                d.Dossier.Criteria.Add(new DossierCriterion { CriterionNodeId = criterion, SelfOptionNodeId = option });
    }

    /// <summary>The commune's check of its criteria: it confirms the producer's choice, correcting one in five downwards.</summary>
    private void CommuneCheck(PlannedDossier d)
    {
        var sheet = _sheets[d.Dossier.SetCode].Tree;
        foreach (var row in d.Dossier.Criteria.Where(r => sheet.IsCommuneAssessed(r.CriterionNodeId)))
        {
            var options = Ordered(sheet, row.CriterionNodeId);
            var index = options.FindIndex(o => o.Id == row.SelfOptionNodeId);
            if (index > 0 && _rng.Next(5) == 0)
            {
                row.CommuneOptionNodeId = options[index - 1].Id;
                row.CommuneNote = "Theo xác minh thực tế tại cơ sở, mức phù hợp thấp hơn mức chủ thể tự đánh giá.";
            }
            else row.CommuneOptionNodeId = row.SelfOptionNodeId;
            row.CommuneChecked = true;
        }
    }

    /// <summary>
    /// The council's sheets for a dossier: each member chooses options around the product's quality
    /// until the result (average of the totals, stars by the rubric rules) is the target level. With
    /// <paramref name="scoring"/> below the council size, only the first members have scored and there is no result yet.
    /// </summary>
    private void Score(PlannedDossier d, Council council, int target, DateTime at, int? scoring = null)
    {
        var sheet = _sheets[d.Dossier.SetCode].Tree;
        var members = council.Members;
        var quality = Quality(target);
        // The average aimed at, somewhere in the target band, so results spread over 35–97 points.
        var aim = target switch { < 3 => 35 + _rng.Next(14), 3 => 52 + _rng.Next(17), 4 => 72 + _rng.Next(17), _ => 91 + _rng.Next(7) };
        for (var attempt = 0; ; attempt++)
        {
            if (attempt == 500) throw new InvalidOperationException($"Demo scores for {d.Product.Product.Name} did not reach {target}★.");
            var selections = members.Select(_ => Select(sheet, quality + (_rng.NextDouble() - 0.5) * 0.08, target)).ToList();
            // The band first, from a plain sum (cheap); the rules judge only a candidate in the band.
            var sum = Math.Round(selections.Average(s => s.Sum(c => sheet.Points(c.Option))), 2, MidpointRounding.AwayFromZero);
            if (target < 3 ? sum >= 50 : Scoring.BandStars(sum) != target)
            {
                quality = Math.Clamp(quality + (aim - (double)sum) / 150, 0, 1);
                continue;
            }
            var choices = selections.Select(sheet.Choices).ToList();
            var totals = choices.Select(c => Scoring.Total(sheet.Tree, c).Value).ToList();
            var average = Math.Round(totals.Average(), 2, MidpointRounding.AwayFromZero);
            var outcome = Scoring.StarsFor(sheet.Tree, average, choices).Value!;
            if (target >= 3 && outcome.Stars < target)
            {
                quality = Math.Clamp(quality + 0.03, 0, 1);
                continue;
            }
            for (var m = 0; m < (scoring ?? members.Count); m++)
                Scores.Add(new PlannedScore(new MemberScore
                {
                    MemberUserId = members[m].UserId, Total = totals[m], SubmittedAt = at.AddHours(m * 3 + _rng.Next(0, 3)),
                    Items = selections[m].Select(s => new MemberScoreItem { CriterionNodeId = s.Criterion, OptionNodeId = s.Option, Points = sheet.Points(s.Option) }).ToList(),
                }, d, council));
            if (council.Level == RecognitionLevel.Central) (d.CentralCouncil, d.Dossier.CentralAverageScore) = (council, average);
            else (d.Council, d.Dossier.AverageScore) = (council, average);
            d.Dossier.Stars = outcome.Stars;
            return;
        }
    }

    private double Quality(int target) => target switch { < 3 => 0.33, 3 => 0.5, 4 => 0.74, _ => 0.98 } + (_rng.NextDouble() - 0.5) * 0.1;

    /// <summary>
    /// One selection: on each criterion, the option at the product's quality among the options by points, give or take one,
    /// and at least what the star gates up to <paramref name="target"/> require (a product aiming at 4★ meets the 3★ and 4★ minimums).
    /// </summary>
    private List<(int Criterion, int? Option)> Select(SheetTree sheet, double quality, int target) =>
        sheet.CriterionIds.Select(c =>
        {
            var options = Ordered(sheet, c);
            if (options.Count == 0) return (c, (int?)null);
            var i = Math.Clamp((int)Math.Round(quality * (options.Count - 1) + (_rng.NextDouble() - 0.5) * 1.2), 0, options.Count - 1);
            var floor = Floors(sheet).GetValueOrDefault((c, target));
            while (i < options.Count - 1 && options[i].Score < floor) i++;
            return (c, (int?)options[i].Id);
        }).ToList();

    private readonly Dictionary<SheetTree, Dictionary<(int Criterion, int Stars), decimal>> _floors = [];

    /// <summary>The points each gated criterion needs for a star level: the highest threshold of its gates at or below that level.</summary>
    private Dictionary<(int Criterion, int Stars), decimal> Floors(SheetTree sheet)
    {
        if (_floors.TryGetValue(sheet, out var floors)) return floors;
        var ids = sheet.CriterionIds.ToDictionary(sheet.CodeOf);
        var gates = Scoring.Gates(sheet.Tree);
        return _floors[sheet] = gates.SelectMany(g => Enumerable.Range(g.Stars, 6 - g.Stars).Select(level => (Key: (ids[g.Criterion], level), g.Threshold)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Max(x => x.Threshold));
    }

    private readonly Dictionary<int, List<RubricNode>> _ordered = [];

    private List<RubricNode> Ordered(SheetTree sheet, int criterion) =>
        _ordered.TryGetValue(criterion, out var list) ? list
            : _ordered[criterion] = sheet.OptionsOf(criterion).OrderBy(o => o.Score).ThenBy(o => o.Sort).ToList();

    private void Trail(PlannedDossier d, DateTime at, string actor, string action, DossierStatus status, string? reason) =>
        Audit.Add(new PlannedAudit(Entry(at, actor, action, "dossier", "", null, new { Status = status }, reason), d));

    private void Record(DateTime at, string actor, string action, string type, string id, object? before, object? after, string? reason) =>
        Audit.Add(new PlannedAudit(Entry(at, actor, action, type, id, before, after, reason), null));

    private static Features.Identity.AuditEntry Entry(DateTime at, string actor, string action, string type, string id, object? before, object? after, string? reason) => new()
    {
        At = at, ActorName = actor, Action = action, EntityType = type, EntityId = id, Reason = reason,
        Before = before is null ? null : System.Text.Json.JsonSerializer.Serialize(before, Json),
        After = after is null ? null : System.Text.Json.JsonSerializer.Serialize(after, Json),
    };

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string Officer(string? province) =>
        province is null ? "Văn phòng Điều phối NTM Trung ương" : $"Cán bộ OCOP {ProvinceOf(province).InText}";

    private static string Producer(PlannedDossier d) => d.Product.Producer.RepresentativeName;

    /// <summary>A working-day time (Vietnam morning) on a date, as UTC.</summary>
    private DateTime At(DateOnly date) => date.ToDateTime(new TimeOnly(1 + _rng.Next(0, 8), _rng.Next(0, 60)), DateTimeKind.Utc);
}
