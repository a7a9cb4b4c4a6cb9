using Ocop.Features.Identity;

namespace Ocop.Features.Certification;

public sealed record CreateCouncilRequest(int? RoundId, string? Name, string? ChairUserId, string? SecretaryUserId, IReadOnlyList<string>? MemberUserIds);
public sealed record ScoreItem(int CriterionId, int OptionId);
public sealed record ScoreRequest(IReadOnlyList<ScoreItem>? Items);

/// <summary>
/// Councils: the province (or the central office for 5★) forms a council of council-member
/// accounts; each member scores each assigned dossier once, independently; the chair closes the
/// session when every member has scored every dossier, which fixes each dossier's result.
/// </summary>
public sealed class CouncilCommands(OcopDb db, CertificationAccess access, AuditLog audit, CurrentUser me, TimeProvider clock,
    Microsoft.AspNetCore.Identity.UserManager<AppUser> users)
{
    public async Task<Result<Council>> CreateAsync(CreateCouncilRequest r)
    {
        var round = await db.Set<EvaluationRound>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == r.RoundId);
        if (round is null) return AppError.Validation("roundId", "Vui lòng chọn đợt đánh giá.");
        var allowed = round.Level == RecognitionLevel.Central ? access.IsCentral : access.IsProvinceOf(round.ProvinceCode);
        if (!allowed) return AppError.Forbidden("Bạn không thành lập được hội đồng cho đợt đánh giá này.");
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(r.Name) && r.Name.Trim().Length <= 200 && !Html.ContainsMarkup(r.Name), "name", "Vui lòng nhập tên hội đồng (tối đa 200 ký tự).");
        var ids = new List<(string Id, CouncilRole Role)>();
        if (r.ChairUserId is not null) ids.Add((r.ChairUserId, CouncilRole.Chair));
        if (r.SecretaryUserId is not null) ids.Add((r.SecretaryUserId, CouncilRole.Secretary));
        ids.AddRange((r.MemberUserIds ?? []).Select(m => (m, CouncilRole.Member)));
        v.Require(r.ChairUserId is not null, "chairUserId", "Hội đồng phải có chủ tịch.");
        v.Require(ids.Count >= 3, "memberUserIds", "Hội đồng có ít nhất 3 thành viên chấm điểm.");
        v.Require(ids.Select(i => i.Id).Distinct().Count() == ids.Count, "memberUserIds", "Một người chỉ giữ một vai trò trong hội đồng.");
        if (v.HasErrors) return v.ToError();
        var council = new Council
        {
            RoundId = round.Id, Name = r.Name!.Trim(), Level = round.Level, ProvinceCode = round.ProvinceCode,
            Status = CouncilStatus.Open, CreatedAt = clock.UtcNow(),
        };
        foreach (var (id, role) in ids)
        {
            var user = await users.FindByIdAsync(id);
            if (user is null || !await users.IsInRoleAsync(user, Roles.Council))
                return AppError.Validation("memberUserIds", "Thành viên hội đồng phải là tài khoản có vai trò thành viên hội đồng.");
            if (round.Level == RecognitionLevel.Province && user.ProvinceCode != round.ProvinceCode)
                return AppError.Validation("memberUserIds", $"{user.FullName} không thuộc tỉnh của đợt đánh giá.");
            council.Members.Add(new CouncilMember { UserId = user.Id, FullName = user.FullName, Role = role, OwnProducerId = user.ProducerId });
        }
        db.Add(council);
        await db.SaveChangesAsync();
        audit.Record("council.created", "council", council.Id, after: new { council.Name, council.RoundId, Members = council.Members.Select(m => new { m.FullName, m.Role }) });
        await db.SaveChangesAsync();
        return council;
    }

    /// <summary>A member scores a dossier of their council: one option per criterion, every criterion, once.</summary>
    public async Task<Result<MemberScore>> ScoreAsync(int dossierId, ScoreRequest request)
    {
        var dossier = await db.Set<Dossier>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == dossierId);
        if (dossier is null) return AppError.NotFound("Không tìm thấy hồ sơ.");
        var councilId = dossier.Status == DossierStatus.ForwardedToCentral ? dossier.CentralCouncilId : dossier.CouncilId;
        var council = councilId is null ? null : await db.Set<Council>().Include(c => c.Members).AsNoTracking().FirstOrDefaultAsync(c => c.Id == councilId);
        var member = council?.Members.FirstOrDefault(m => m.UserId == me.Id);
        if (council is null || member is null) return AppError.Forbidden("Hồ sơ này không thuộc hội đồng của bạn.");
        if (member.OwnProducerId == dossier.ProducerId) return AppError.Forbidden("Thành viên không chấm hồ sơ của chủ thể mình.");
        if (council.Status != CouncilStatus.Open) return AppError.Conflict("Phiên họp của hội đồng đã kết thúc.");
        if (dossier.Status is not (DossierStatus.Accepted or DossierStatus.ForwardedToCentral)) return AppError.Conflict("Hồ sơ chưa sẵn sàng để chấm.");
        if (await db.Set<MemberScore>().AnyAsync(s => s.DossierId == dossierId && s.CouncilId == council.Id && s.MemberUserId == me.Id))
            return AppError.Conflict("Bạn đã chấm hồ sơ này; mỗi thành viên chấm một lần.");

        var tree = await SheetTree.LoadAsync(db, dossier.RubricSheetId);
        var items = request.Items ?? [];
        var v = new Validation();
        foreach (var dup in items.GroupBy(i => i.CriterionId).Where(g => g.Count() > 1))
            v.Add($"criterion:{dup.Key}", $"Tiêu chí {tree.CodeOf(dup.Key)} được chấm hai lần.");
        foreach (var item in items)
        {
            if (!tree.IsCriterion(item.CriterionId)) v.Add($"criterion:{item.CriterionId}", "Tiêu chí không thuộc phiếu đánh giá của hồ sơ.");
            else if (!tree.IsOptionOf(item.OptionId, item.CriterionId)) v.Add($"criterion:{item.CriterionId}", $"Lựa chọn không thuộc tiêu chí {tree.CodeOf(item.CriterionId)}.");
        }
        var missing = tree.CriterionIds.Where(c => items.All(i => i.CriterionId != c)).ToList();
        if (missing.Count > 0) v.Add("items", $"Còn {missing.Count} tiêu chí chưa chấm: {string.Join(", ", missing.Take(5).Select(tree.CodeOf))}.");
        if (v.HasErrors) return v.ToError();

        var score = new MemberScore
        {
            DossierId = dossierId, CouncilId = council.Id, MemberUserId = me.Id!, SubmittedAt = clock.UtcNow(),
            Items = items.Select(i => new MemberScoreItem { CriterionNodeId = i.CriterionId, OptionNodeId = i.OptionId, Points = tree.Node(i.OptionId).Score }).ToList(),
        };
        score.Total = score.Items.Sum(i => i.Points);
        db.Add(score);
        audit.Record("dossier.scored", "dossier", dossierId, after: new { Member = me.Name, score.Total, CouncilId = council.Id });
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateException) { return AppError.Conflict("Bạn đã chấm hồ sơ này; mỗi thành viên chấm một lần."); }
        return score;
    }

    /// <summary>
    /// The chair closes the session. Refused until every member without a conflict of interest has
    /// scored every dossier assigned to the council. Each dossier's result is then the average of the
    /// members' totals, banded into stars and capped by the star gates (<see cref="StarRules"/>).
    /// </summary>
    public async Task<Result<Council>> CloseAsync(int councilId)
    {
        var council = await db.Set<Council>().Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == councilId);
        if (council is null) return AppError.NotFound("Không tìm thấy hội đồng.");
        if (!council.Members.Any(m => m.UserId == me.Id && m.Role == CouncilRole.Chair)) return AppError.Forbidden("Chỉ chủ tịch hội đồng kết thúc được phiên họp.");
        if (council.Status == CouncilStatus.Closed) return AppError.Conflict("Phiên họp đã kết thúc.");
        var central = council.Level == RecognitionLevel.Central;
        var dossiers = await db.Set<Dossier>()
            .Where(d => central ? d.CentralCouncilId == councilId && d.Status == DossierStatus.ForwardedToCentral
                                : d.CouncilId == councilId && d.Status == DossierStatus.Accepted).ToListAsync();
        if (dossiers.Count == 0) return AppError.Conflict("Hội đồng chưa có hồ sơ nào để chấm.");
        var scores = await db.Set<MemberScore>().Include(s => s.Items).AsNoTracking().Where(s => s.CouncilId == councilId).ToListAsync();
        var pending = new List<string>();
        foreach (var d in dossiers)
            foreach (var m in council.Members.Where(m => m.OwnProducerId != d.ProducerId))
                if (!scores.Any(s => s.DossierId == d.Id && s.MemberUserId == m.UserId)) pending.Add($"{m.FullName} – {d.Number}");
        if (pending.Count > 0)
            return AppError.Conflict($"Chưa thể kết thúc: còn {pending.Count} phiếu chưa chấm ({string.Join("; ", pending.Take(5))}).");

        foreach (var d in dossiers)
        {
            var tree = await SheetTree.LoadAsync(db, d.RubricSheetId);
            var sheets = scores.Where(s => s.DossierId == d.Id).Select(s => s.Items.ToDictionary(i => i.CriterionNodeId, i => i.Points)).ToList();
            var result = StarRules.Evaluate(tree, sheets);
            var before = new { d.Status, d.AverageScore, d.Stars };
            if (central)
            {
                d.CentralAverageScore = result.Average;
                d.Stars = result.Stars == 5 ? 5 : Math.Min(result.Stars, 4);
                d.Status = result.Stars == 5 ? DossierStatus.ForwardedToCentral : DossierStatus.Scored;
            }
            else
            {
                d.AverageScore = result.Average;
                d.Stars = result.Stars;
                d.Status = result.Stars switch
                {
                    5 => DossierStatus.ForwardedToCentral, // "tiềm năng 5 sao": only the centre recognises 5★
                    < 3 => DossierStatus.NotRecognised,    // a result without a certificate
                    _ => DossierStatus.Scored,
                };
            }
            d.UpdatedAt = clock.UtcNow();
            audit.Record("dossier.result", "dossier", d.Id, before, new { d.Status, d.AverageScore, d.CentralAverageScore, d.Stars, result.GateCapped });
        }
        council.Status = CouncilStatus.Closed;
        council.ClosedAt = clock.UtcNow();
        audit.Record("council.closed", "council", council.Id, after: new { Dossiers = dossiers.Count });
        await db.SaveChangesAsync();
        return council;
    }

    /// <summary>The central office assigns a "potential 5★" dossier to one of its councils.</summary>
    public async Task<Result<Dossier>> AssignCentralAsync(int dossierId, int? councilId)
    {
        if (!access.IsCentral) return AppError.Forbidden("Chỉ Trung ương phân công hồ sơ tiềm năng 5 sao.");
        var dossier = await db.Set<Dossier>().FirstOrDefaultAsync(d => d.Id == dossierId);
        if (dossier is null) return AppError.NotFound("Không tìm thấy hồ sơ.");
        if (dossier.Status != DossierStatus.ForwardedToCentral || dossier.CentralCouncilId is not null)
            return AppError.Conflict("Hồ sơ không chờ phân công ở cấp trung ương.");
        var council = await db.Set<Council>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == councilId);
        if (council is null || council.Level != RecognitionLevel.Central || council.Status != CouncilStatus.Open)
            return AppError.Validation("councilId", "Vui lòng chọn hội đồng trung ương đang họp.");
        dossier.CentralCouncilId = council.Id;
        dossier.UpdatedAt = clock.UtcNow();
        audit.Record("dossier.assigned-central", "dossier", dossierId, after: new { council.Id, council.Name });
        await db.SaveChangesAsync();
        return dossier;
    }
}
