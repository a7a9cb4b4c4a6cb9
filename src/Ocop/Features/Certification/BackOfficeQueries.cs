using Ocop.Features.Identity;

namespace Ocop.Features.Certification;

public sealed record CouncilBoard(Council Council, EvaluationRound Round, IReadOnlyList<DossierSummary> Dossiers, IReadOnlySet<int> ScoredByMe, int MissingSheets)
{
    public bool IsChair(string? userId) => Council.Members.Any(m => m.UserId == userId && m.Role == CouncilRole.Chair);
}

public sealed record DecisionRow(RecognitionDecision Decision, int Certificates);

public sealed record CouncilCandidate(string UserId, string FullName, string? Email);

/// <summary>
/// Reads the back-office pages need beside <see cref="CertificationQueries"/>: a member's councils
/// with their dossiers and what is still unscored, recorded decisions, and the council-member
/// accounts a council can be formed from. Scope as in the rest of the module.
/// </summary>
public sealed class BackOfficeQueries(OcopDb db, CertificationQueries queries, CertificationAccess access, CurrentUser me)
{
    /// <summary>The councils the caller sits on, newest first, each with its dossiers and the sheets still missing.</summary>
    public async Task<List<CouncilBoard>> MyCouncilsAsync()
    {
        if (me.Id is null) return [];
        var councils = await db.Set<Council>().AsNoTracking().Include(c => c.Members)
            .Where(c => c.Members.Any(m => m.UserId == me.Id)).OrderByDescending(c => c.Id).Take(50).ToListAsync();
        var queue = await queries.QueueAsync();
        var ids = councils.Select(c => c.Id).ToList();
        var scores = await db.Set<MemberScore>().AsNoTracking().Where(s => ids.Contains(s.CouncilId))
            .Select(s => new { s.CouncilId, s.DossierId, s.MemberUserId }).ToListAsync();
        var roundIds = councils.Select(c => c.RoundId).Distinct().ToList();
        var rounds = await db.Set<EvaluationRound>().AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id);
        var dossierCouncils = await db.Set<Dossier>().AsNoTracking()
            .Where(d => (d.CouncilId != null && ids.Contains(d.CouncilId.Value)) || (d.CentralCouncilId != null && ids.Contains(d.CentralCouncilId.Value)))
            .Select(d => new { d.Id, d.CouncilId, d.CentralCouncilId, d.ProducerId }).ToListAsync();
        return councils.Select(c =>
        {
            var mine = dossierCouncils.Where(d => (c.Level == RecognitionLevel.Central ? d.CentralCouncilId : d.CouncilId) == c.Id).ToList();
            var dossiers = queue.Where(q => mine.Any(d => d.Id == q.Id)).ToList();
            var pending = c.Status == CouncilStatus.Closed ? 0 : mine.Sum(d => c.Members.Count(m => m.OwnProducerId != d.ProducerId
                && !scores.Any(s => s.CouncilId == c.Id && s.DossierId == d.Id && s.MemberUserId == m.UserId)));
            var scored = scores.Where(s => s.CouncilId == c.Id && s.MemberUserId == me.Id).Select(s => s.DossierId).ToHashSet();
            return new CouncilBoard(c, rounds[c.RoundId], dossiers, scored, pending);
        }).ToList();
    }

    /// <summary>Recorded decisions in the caller's scope: a province's own, or the central ones for national officers.</summary>
    public async Task<List<DecisionRow>> DecisionsAsync()
    {
        var q = db.Set<RecognitionDecision>().AsNoTracking();
        q = access.IsCentral ? q : q.Where(d => d.Level == RecognitionLevel.Province && d.ProvinceCode == me.ProvinceCode);
        var rows = await q.OrderByDescending(d => d.Date).ThenByDescending(d => d.Id).Take(200).ToListAsync();
        var ids = rows.Select(r => (int?)r.Id).ToList();
        var counts = await db.Set<Certificate>().Where(c => ids.Contains(c.DecisionId)).GroupBy(c => c.DecisionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key!.Value, g => g.Count);
        return rows.Select(r => new DecisionRow(r, counts.GetValueOrDefault(r.Id))).ToList();
    }

    /// <summary>
    /// Open councils a dossier can be given to: those of its own round for the province, any open
    /// central council for a potential-5★ dossier.
    /// </summary>
    public async Task<List<Council>> OpenCouncilsForAsync(int dossierId)
    {
        var d = await db.Set<Dossier>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == dossierId);
        if (d is null) return [];
        var q = db.Set<Council>().AsNoTracking().Where(c => c.Status == CouncilStatus.Open);
        q = d.Status == DossierStatus.ForwardedToCentral ? q.Where(c => c.Level == RecognitionLevel.Central)
            : q.Where(c => c.RoundId == d.RoundId && c.Level == RecognitionLevel.Province);
        return await q.OrderByDescending(c => c.Id).ToListAsync();
    }

    /// <summary>Whether a potential-5★ dossier already has its central council.</summary>
    public Task<bool> HasCentralCouncilAsync(int dossierId) =>
        db.Set<Dossier>().AnyAsync(d => d.Id == dossierId && d.CentralCouncilId != null);

    /// <summary>Council-member accounts a council of this level may draw on: the province's own, or every one for a central council.</summary>
    public async Task<List<CouncilCandidate>> CandidatesAsync(string? provinceCode)
    {
        var role = await db.Roles.AsNoTracking().Where(r => r.Name == Roles.Council).Select(r => r.Id).FirstOrDefaultAsync();
        var userIds = db.UserRoles.Where(ur => ur.RoleId == role).Select(ur => ur.UserId);
        return await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && (provinceCode == null || u.ProvinceCode == provinceCode))
            .OrderBy(u => u.FullName).Select(u => new CouncilCandidate(u.Id, u.FullName, u.Email)).Take(500).ToListAsync();
    }
}
