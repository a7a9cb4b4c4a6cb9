using Ocop.Features.Catalog;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Features.Certification;

public sealed record CertificateDto(string Number, string Status, int Stars, decimal Score, RefDto Product, RefDto Producer, ProvinceRef Province,
    string? LegacyProvinceCode, int SetCode, string Level, DateOnly IssuedOn, DateOnly ExpiresOn, DecisionRef Decision, DateTime? RevokedAt,
    string? RevocationReason, string? RevocationDecision, bool Historic, string VerifyUrl);
public sealed record RefDto(int? Id, string Name);
public sealed record DecisionRef(string Number, DateOnly Date);
public sealed record DossierSummary(int Id, string Number, string Status, string ProductName, string ProducerName, string ProvinceCode, string CommuneCode,
    int SetCode, string Type, decimal? AverageScore, int? Stars, DateTime UpdatedAt);
public sealed record CriterionView(int Id, string Code, string Title, decimal Max, bool CommuneAssessed, IReadOnlyList<OptionView> Options,
    int? SelfOptionId, string? Note, int? CommuneOptionId, string? CommuneNote, IReadOnlyList<MemberChoice> MemberChoices, decimal? Spread, bool LargeDifference, bool SelfAssessed);
public sealed record OptionView(int Id, string Title, decimal Points, int? StarGate);
public sealed record MemberChoice(string Member, int? OptionId, decimal Points);
public sealed record DossierDetail(DossierSummary Summary, string RubricVersion, string? SamplesDeclared, string? ProducerNote, string? ReturnReason,
    IReadOnlyList<CriterionView> Criteria, IReadOnlyList<EvidenceView> Evidence, IReadOnlyList<MemberTotal> MemberTotals, bool ScoresVisible, bool ScoredByMe);
public sealed record EvidenceView(int Id, int? CriterionId, string FileName, string Url, string ContentType)
{
    /// <summary>The file's address: the dossier's own route, which checks who asks (never the public <c>/media</c>).</summary>
    public static EvidenceView Of(int dossierId, DossierEvidence e) =>
        new(e.Id, e.CriterionNodeId, e.FileName, $"/api/v1/dossiers/{dossierId}/evidence/{e.Id}", e.ContentType);
}
public sealed record MemberTotal(string Member, decimal Total);
public sealed record RegistryFilter(string? Province = null, int? Set = null, int? Stars = null, int? Year = null, string? Status = "valid", int Page = 1, int PageSize = 50);

/// <summary>Reads of the evaluation cycle: public certificates and registry; dossiers and queues in the caller's scope.</summary>
public sealed class CertificationQueries(OcopDb db, GeographyDirectory geo, CertificationAccess access, CurrentUser me, TimeProvider clock)
{
    public async Task<CertificateDto?> CertificateAsync(string number)
    {
        var c = await db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(x => x.Number == number);
        return c is null ? null : ToDto(c);
    }

    public CertificateDto ToDto(Certificate c) => new(c.Number, c.StatusOn(VietnamTime.Today(clock)).ToString(), c.Stars, c.Score,
        new RefDto(c.ProductId, c.ProductName), new RefDto(c.ProducerId, c.ProducerName), new ProvinceRef(c.ProvinceCode, geo.Province(c.ProvinceCode)?.Name ?? ""),
        c.LegacyProvinceCode, c.SetCode, c.Level.ToString(), c.IssuedOn, c.ExpiresOn, new DecisionRef(c.DecisionNumber, c.DecisionDate),
        c.RevokedAt, c.RevocationReason, c.RevocationDecision, c.Historic, $"/xac-minh/{Uri.EscapeDataString(c.Number)}");

    public async Task<(List<CertificateDto> Items, int Total)> RegistryAsync(RegistryFilter f)
    {
        var today = VietnamTime.Today(clock);
        var q = db.Set<Certificate>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Province)) q = q.Where(c => c.ProvinceCode == f.Province);
        if (f.Set is not null) q = q.Where(c => c.SetCode == f.Set);
        if (f.Stars is not null) q = q.Where(c => c.Stars == f.Stars);
        if (f.Year is not null)
        {
            var from = new DateOnly(f.Year.Value, 1, 1);
            var to = new DateOnly(f.Year.Value, 12, 31);
            q = q.Where(c => c.IssuedOn >= from && c.IssuedOn <= to);
        }
        q = f.Status switch
        {
            "valid" => q.Where(c => c.Status == CertificateStatus.Valid && c.ExpiresOn >= today),
            "expired" => q.Where(c => c.Status == CertificateStatus.Expired || (c.Status == CertificateStatus.Valid && c.ExpiresOn < today)),
            "revoked" => q.Where(c => c.Status == CertificateStatus.Revoked),
            _ => q,
        };
        var total = await q.CountAsync();
        var size = Math.Clamp(f.PageSize, 1, 200);
        var rows = await q.OrderByDescending(c => c.IssuedOn).ThenBy(c => c.Number).Skip((Math.Max(f.Page, 1) - 1) * size).Take(size).ToListAsync();
        return (rows.Select(ToDto).ToList(), total);
    }

    /// <summary>Dossiers waiting for the caller: by role, in scope.</summary>
    public async Task<List<DossierSummary>> QueueAsync()
    {
        var q = db.Set<Dossier>().AsNoTracking();
        IQueryable<Dossier> mine;
        if (me.ProducerId is { } producerId) mine = q.Where(d => d.ProducerId == producerId);
        else if (me.IsInRole(Roles.Commune)) mine = q.Where(d => d.CommuneCode == me.CommuneCode && d.Status != DossierStatus.Draft);
        else if (me.IsInRole(Roles.Province)) mine = q.Where(d => d.ProvinceCode == me.ProvinceCode && d.Status != DossierStatus.Draft && d.Status != DossierStatus.Submitted);
        else if (access.IsCentral) mine = q.Where(d => d.Status == DossierStatus.ForwardedToCentral || d.CentralCouncilId != null);
        else if (me.IsInRole(Roles.Council))
        {
            var councils = db.Set<CouncilMember>().Where(m => m.UserId == me.Id).Select(m => m.CouncilId);
            mine = q.Where(d => (d.CouncilId != null && councils.Contains(d.CouncilId.Value)) || (d.CentralCouncilId != null && councils.Contains(d.CentralCouncilId.Value)));
        }
        else return [];
        return await SummariesAsync(mine.OrderByDescending(d => d.UpdatedAt).Take(500));
    }

    private async Task<List<DossierSummary>> SummariesAsync(IQueryable<Dossier> q) =>
        await (from d in q
               join p in db.Set<Product>() on d.ProductId equals p.Id
               join pr in db.Set<Producer>() on d.ProducerId equals pr.Id
               select new DossierSummary(d.Id, d.Number, d.Status.ToString(), p.Name, pr.Name, d.ProvinceCode, d.CommuneCode, d.SetCode,
                   d.Type.ToString(), d.AverageScore, d.Stars, d.UpdatedAt)).ToListAsync();

    /// <summary>
    /// A dossier as the caller may see it. Council members see the other members' choices only
    /// after submitting their own sheet; officers see them once scoring has begun. Criteria whose
    /// members differ by at least 2 points or half the criterion's maximum are flagged.
    /// </summary>
    public async Task<Result<DossierDetail>> DossierAsync(int id)
    {
        var d = await db.Set<Dossier>().AsNoTracking().Include(x => x.Criteria).Include(x => x.Evidence).FirstOrDefaultAsync(x => x.Id == id);
        if (d is null) return AppError.NotFound("Không tìm thấy hồ sơ.");
        var isMember = await IsMemberAsync(d);
        if (!access.CanReadAsOfficerOrOwner(d) && !isMember) return AppError.NotFound("Không tìm thấy hồ sơ.");
        var scores = await db.Set<MemberScore>().AsNoTracking().Include(s => s.Items).Where(s => s.DossierId == id).ToListAsync();
        var scoredByMe = scores.Any(s => s.MemberUserId == me.Id);
        var officer = access.IsProvinceOf(d) || access.IsCentral;
        var visible = isMember ? scoredByMe : officer;
        var names = await db.Set<CouncilMember>().AsNoTracking().Where(m => m.CouncilId == d.CouncilId || m.CouncilId == d.CentralCouncilId)
            .ToDictionaryAsync(m => m.UserId + ":" + m.CouncilId, m => m.FullName);
        string Name(MemberScore s) => names.GetValueOrDefault(s.MemberUserId + ":" + s.CouncilId, "?");
        var shown = visible ? scores : scores.Where(s => s.MemberUserId == me.Id).ToList();

        var tree = await SheetTree.LoadAsync(db, d.RubricSheetId);
        var criteria = tree.CriterionIds.Select(cid =>
        {
            var node = tree.Node(cid);
            var row = d.Criteria.FirstOrDefault(c => c.CriterionNodeId == cid);
            var choices = shown.SelectMany(s => s.Items.Where(i => i.CriterionNodeId == cid).Select(i => new MemberChoice(Name(s), i.OptionNodeId, i.Points))).ToList();
            decimal? spread = choices.Count > 1 ? choices.Max(c => c.Points) - choices.Min(c => c.Points) : null;
            return new CriterionView(cid, node.Code, node.Title, node.Score, tree.IsCommuneAssessed(cid),
                tree.OptionsOf(cid).Select(o => new OptionView(o.Id, o.Title, o.Score, o.StarGate)).ToList(),
                row?.SelfOptionNodeId, row?.Note, row?.CommuneOptionNodeId, row?.CommuneNote, choices, spread,
                spread is { } s2 && (s2 >= 2 || (node.Score > 0 && s2 * 2 >= node.Score)), row is not null);
        }).ToList();
        var summary = (await SummariesAsync(db.Set<Dossier>().Where(x => x.Id == id))).Single();
        return new DossierDetail(summary, d.RubricVersionCode, d.SamplesDeclared, d.ProducerNote, d.ReturnReason, criteria,
            d.Evidence.Select(e => EvidenceView.Of(d.Id, e)).ToList(),
            shown.Select(s => new MemberTotal(Name(s), s.Total)).ToList(), visible, scoredByMe);
    }

    /// <summary>An evidence file of a dossier, for those who may read the dossier (its producer, officers in scope, its councils' members).</summary>
    public async Task<Result<DossierEvidence>> EvidenceAsync(int id, int evidenceId)
    {
        var d = await db.Set<Dossier>().AsNoTracking().Include(x => x.Evidence).FirstOrDefaultAsync(x => x.Id == id);
        var file = d?.Evidence.FirstOrDefault(e => e.Id == evidenceId);
        if (d is null || file is null || (!access.CanReadAsOfficerOrOwner(d) && !await IsMemberAsync(d))) return AppError.NotFound("Không tìm thấy tệp minh chứng.");
        return file;
    }

    private Task<bool> IsMemberAsync(Dossier d) =>
        db.Set<CouncilMember>().AsNoTracking().AnyAsync(m => m.UserId == me.Id && (m.CouncilId == d.CouncilId || m.CouncilId == d.CentralCouncilId));

    public Task<List<EvaluationRound>> RoundsAsync(string? province) =>
        db.Set<EvaluationRound>().AsNoTracking().Where(r => province == null || r.ProvinceCode == province || r.ProvinceCode == null)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Id).ToListAsync();

    public Task<List<Council>> CouncilsAsync(int roundId) =>
        db.Set<Council>().AsNoTracking().Include(c => c.Members).Where(c => c.RoundId == roundId).OrderBy(c => c.Id).ToListAsync();

    /// <summary>
    /// The rounds the caller runs, sits in or may submit to: national officers every round; provincial
    /// and commune officers their province's rounds and the central ones; council members the rounds
    /// of their councils; a verified producer its province's provincial rounds. Anyone else is refused.
    /// </summary>
    public async Task<Result<List<EvaluationRound>>> VisibleRoundsAsync(string? province)
    {
        var rounds = db.Set<EvaluationRound>().AsNoTracking();
        if (me.IsNational) return await ListAsync(rounds.Where(r => province == null || r.ProvinceCode == province || r.ProvinceCode == null));
        if (me.IsInRole(Roles.Province) || me.IsInRole(Roles.Commune))
        {
            var own = me.ProvinceCode ?? "--";
            if (province is not null && province != own) return AppError.Forbidden("Bạn chỉ xem được các đợt đánh giá của tỉnh mình.");
            return await ListAsync(rounds.Where(r => r.ProvinceCode == own || r.ProvinceCode == null));
        }
        var sitting = me.IsInRole(Roles.Council) && me.Id is { } id
            ? await db.Set<Council>().Where(c => c.Members.Any(m => m.UserId == id)).Select(c => c.RoundId).Distinct().ToListAsync() : [];
        string? producerProvince = null;
        if (me.ProducerId is { } producerId)
            producerProvince = await db.Producers.Where(p => p.Id == producerId && p.Status == ProducerStatus.Verified).Select(p => p.ProvinceCode).FirstOrDefaultAsync();
        if (sitting.Count == 0 && producerProvince is null)
            return AppError.Forbidden("Chỉ cán bộ, thành viên hội đồng và chủ thể đã xác minh xem được các đợt đánh giá.");
        return await ListAsync(rounds.Where(r => sitting.Contains(r.Id)
            || (producerProvince != null && r.ProvinceCode == producerProvince && r.Level == RecognitionLevel.Province && (province == null || province == producerProvince))));

        static async Task<Result<List<EvaluationRound>>> ListAsync(IQueryable<EvaluationRound> q) =>
            await q.OrderByDescending(r => r.Year).ThenByDescending(r => r.Id).ToListAsync();
    }

    /// <summary>
    /// A round's councils with their members, for those who run the round (national officers; for a
    /// provincial round, the province's officers) and, of its councils, those the caller sits on.
    /// </summary>
    public async Task<Result<List<Council>>> VisibleCouncilsAsync(int roundId)
    {
        var round = await db.Set<EvaluationRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId);
        if (round is null) return AppError.NotFound("Không tìm thấy đợt đánh giá.");
        var councils = await CouncilsAsync(roundId);
        if (me.IsNational || (round.ProvinceCode is not null && access.IsProvinceOf(round.ProvinceCode))) return councils;
        var mine = councils.Where(c => me.Id is not null && c.Members.Any(m => m.UserId == me.Id)).ToList();
        return mine.Count > 0 ? mine : AppError.Forbidden("Chỉ cán bộ tổ chức đợt đánh giá và thành viên hội đồng xem được hội đồng.");
    }

    /// <summary>Valid certificates by stars, set and province, and those expiring within 90 days, with the as-of time.</summary>
    public async Task<CertificationStats> StatsAsync(string? province)
    {
        var today = VietnamTime.Today(clock);
        var q = db.Set<Certificate>().AsNoTracking().Where(c => c.Status == CertificateStatus.Valid && c.ExpiresOn >= today);
        if (province is not null) q = q.Where(c => c.ProvinceCode == province);
        var rows = await q.GroupBy(c => new { c.Stars, c.SetCode, c.ProvinceCode }).Select(g => new { g.Key.Stars, g.Key.SetCode, g.Key.ProvinceCode, Count = g.Count() }).ToListAsync();
        var soon = today.AddDays(90);
        var expiring = await q.Where(c => c.ExpiresOn <= soon).OrderBy(c => c.ExpiresOn).Take(200).ToListAsync();
        return new CertificationStats(clock.UtcNow(), province, rows.Sum(r => r.Count),
            rows.GroupBy(r => r.Stars).OrderBy(g => g.Key).Select(g => new CountRow(g.Key.ToString(), $"{g.Key} sao", g.Sum(r => r.Count))).ToList(),
            rows.GroupBy(r => r.SetCode).OrderBy(g => g.Key).Select(g => new CountRow(g.Key.ToString("00"), ProductSets.Find(g.Key)!.Name, g.Sum(r => r.Count))).ToList(),
            rows.GroupBy(r => r.ProvinceCode).OrderBy(g => g.Key).Select(g => new CountRow(g.Key, geo.Province(g.Key)?.Name ?? g.Key, g.Sum(r => r.Count))).ToList(),
            expiring.Select(ToDto).ToList());
    }
}

public sealed record CertificationStats(DateTime AsOf, string? ProvinceScope, int Valid, IReadOnlyList<CountRow> ByStars,
    IReadOnlyList<CountRow> BySet, IReadOnlyList<CountRow> ByProvince, IReadOnlyList<CertificateDto> ExpiringWithin90Days);
