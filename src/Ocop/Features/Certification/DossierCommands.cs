using Ocop.Features.Catalog;
using Ocop.Features.Certification.Rubrics;
using Ocop.Features.Identity;
using Ocop.Features.Producers;
using Ocop.Standards.Text;

namespace Ocop.Features.Certification;

public sealed record CreateDossierRequest(int? ProductId, int? RoundId, EvaluationType? Type, string? SamplesDeclared, string? Note);
public sealed record SelfAssessmentItem(int CriterionId, int? OptionId, string? Note);
public sealed record CommuneCheckItem(int CriterionId, int? OptionId, string? Note);
public sealed record ReturnRequest(string? Reason);
public sealed record AcceptRequest(int? CouncilId);

/// <summary>
/// The dossier's way from the producer through the commune pre-check to the province:
/// create, self-assess, attach evidence, submit; the commune confirms or corrects its criteria and
/// forwards or returns; the province accepts (assigning a council) or returns. Every step is audited.
/// </summary>
public sealed class DossierCommands(OcopDb db, CertificationAccess access, AuditLog audit, MediaStore media, RubricQueries rubrics, TimeProvider clock)
{
    public async Task<Result<Dossier>> CreateAsync(CreateDossierRequest r)
    {
        var v = new Validation();
        v.Require(r.ProductId is not null, "productId", "Vui lòng chọn sản phẩm.");
        v.Require(r.RoundId is not null, "roundId", "Vui lòng chọn đợt đánh giá.");
        v.Require(r.Type is not null && Enum.IsDefined(r.Type.Value), "type", "Vui lòng chọn loại đánh giá (lần đầu, nâng hạng, đánh giá lại).");
        v.Require(r.SamplesDeclared is null || r.SamplesDeclared.Length <= 1000, "samplesDeclared", "Mô tả mẫu sản phẩm tối đa 1.000 ký tự.");
        v.Require(r.Note is null || r.Note.Length <= 2000, "note", "Ghi chú tối đa 2.000 ký tự.");
        if (v.HasErrors) return v.ToError();
        var product = await db.Set<Product>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == r.ProductId);
        if (product is null) return AppError.NotFound("Không tìm thấy sản phẩm.");
        var producer = await db.Set<Producer>().AsNoTracking().FirstAsync(p => p.Id == product.ProducerId);
        if (!access.OwnsProducer(producer.Id))
            return AppError.Forbidden("Chỉ chủ thể sở hữu sản phẩm mới lập được hồ sơ.");
        if (producer.Status != ProducerStatus.Verified) return AppError.Validation("productId", "Chủ thể chưa được xác minh.");
        var round = await db.Set<EvaluationRound>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == r.RoundId);
        var today = VietnamTime.Today(clock);
        if (round is null || round.Level != RecognitionLevel.Province || round.ProvinceCode != producer.ProvinceCode)
            return AppError.Validation("roundId", "Đợt đánh giá không thuộc tỉnh của chủ thể.");
        if (!round.AcceptsSubmissions(today)) return AppError.Validation("roundId", "Đợt đánh giá đã đóng hoặc chưa mở.");
        if (await db.Set<Dossier>().AnyAsync(d => d.ProductId == product.Id && d.RoundId == round.Id))
            return AppError.Conflict("Sản phẩm này đã có hồ sơ trong đợt đánh giá.");
        var sheet = await ActiveSheetAsync(product.SetCode);
        if (sheet is null) return AppError.Validation("productId", "Chưa có phiếu đánh giá đang áp dụng cho bộ sản phẩm này.");
        if (product.SetCode != 26 && string.IsNullOrWhiteSpace(r.SamplesDeclared))
            return AppError.Validation("samplesDeclared", "Vui lòng kê khai mẫu sản phẩm gửi hội đồng.");

        var now = clock.UtcNow();
        var dossier = new Dossier
        {
            Number = "", RoundId = round.Id, ProductId = product.Id, ProducerId = producer.Id, ProvinceCode = producer.ProvinceCode,
            CommuneCode = producer.CommuneCode, SetCode = product.SetCode, RubricSheetId = sheet.Value.SheetId, RubricVersionCode = sheet.Value.VersionCode,
            Type = r.Type!.Value, Status = DossierStatus.Draft, SamplesDeclared = r.SamplesDeclared?.Trim(), ProducerNote = r.Note?.Trim(),
            CreatedAt = now, UpdatedAt = now,
        };
        db.Add(dossier);
        await db.SaveChangesAsync();
        dossier.Number = $"HS-{dossier.ProvinceCode}-{round.Year}-{dossier.Id:00000}";
        audit.Record("dossier.created", "dossier", dossier.Id, after: new { dossier.Number, dossier.ProductId, dossier.RoundId, dossier.Type });
        await db.SaveChangesAsync();
        return dossier;
    }

    public async Task<Result<Dossier>> SelfAssessAsync(int id, IReadOnlyList<SelfAssessmentItem> items)
    {
        var dossier = await LoadAsync(id);
        if (dossier is null) return AppError.NotFound("Không tìm thấy hồ sơ.");
        if (!access.IsOwner(dossier)) return AppError.Forbidden("Bạn không có quyền sửa hồ sơ này.");
        if (!dossier.IsEditableByProducer) return AppError.Conflict("Hồ sơ đã nộp, không thể sửa.");
        var tree = await SheetTree.LoadAsync(db, dossier.RubricSheetId);
        var v = new Validation();
        foreach (var group in items.GroupBy(i => i.CriterionId).Where(g => g.Count() > 1))
            v.Add($"criterion:{group.Key}", "Một tiêu chí chỉ được chấm một lần.");
        foreach (var item in items)
        {
            if (!tree.IsCriterion(item.CriterionId)) { v.Add($"criterion:{item.CriterionId}", "Tiêu chí không thuộc phiếu đánh giá của hồ sơ."); continue; }
            if (item.OptionId is not null && !tree.IsOptionOf(item.OptionId.Value, item.CriterionId))
                v.Add($"criterion:{item.CriterionId}", "Lựa chọn không thuộc tiêu chí này.");
            if (item.Note is { Length: > 2000 }) v.Add($"criterion:{item.CriterionId}", "Ghi chú tối đa 2.000 ký tự.");
        }
        if (v.HasErrors) return v.ToError();
        foreach (var item in items)
        {
            var row = dossier.Criteria.FirstOrDefault(c => c.CriterionNodeId == item.CriterionId);
            if (row is null) dossier.Criteria.Add(row = new DossierCriterion { CriterionNodeId = item.CriterionId });
            row.SelfOptionNodeId = item.OptionId;
            row.Note = string.IsNullOrWhiteSpace(item.Note) ? null : item.Note.Trim();
        }
        dossier.UpdatedAt = clock.UtcNow();
        audit.Record("dossier.self-assessed", "dossier", id, after: new { Items = items.Count, SelfTotal = dossier.Criteria.Sum(c => tree.Points(c.SelfOptionNodeId)) });
        await db.SaveChangesAsync();
        return dossier;
    }

    public async Task<Result<DossierEvidence>> AddEvidenceAsync(int id, int? criterionId, string fileName, Stream content)
    {
        var dossier = await LoadAsync(id);
        if (dossier is null) return AppError.NotFound("Không tìm thấy hồ sơ.");
        if (!access.IsOwner(dossier)) return AppError.Forbidden("Bạn không có quyền sửa hồ sơ này.");
        if (!dossier.IsEditableByProducer) return AppError.Conflict("Hồ sơ đã nộp, không thể thêm minh chứng.");
        if (criterionId is not null && !(await SheetTree.LoadAsync(db, dossier.RubricSheetId)).IsCriterion(criterionId.Value))
            return AppError.Validation("criterionId", "Tiêu chí không thuộc phiếu đánh giá của hồ sơ.");
        if (dossier.Evidence.Count >= 100) return AppError.Validation("file", "Mỗi hồ sơ tối đa 100 tệp minh chứng.");
        var saved = await media.SaveAsync(content, MediaKind.Document, restricted: true);
        if (!saved.Ok) return saved.Error!;
        var safeName = Path.GetFileName(fileName);
        var evidence = new DossierEvidence
        {
            CriterionNodeId = criterionId, MediaHash = saved.Value!.Hash, ContentType = saved.Value.ContentType,
            FileName = string.IsNullOrWhiteSpace(safeName) ? "minh-chung" : safeName[..Math.Min(safeName.Length, 200)], UploadedAt = clock.UtcNow(),
        };
        dossier.Evidence.Add(evidence);
        audit.Record("dossier.evidence-added", "dossier", id, after: new { evidence.FileName, evidence.MediaHash, criterionId });
        await db.SaveChangesAsync();
        return evidence;
    }

    public async Task<Result<Dossier>> SubmitAsync(int id)
    {
        var dossier = await LoadAsync(id);
        if (dossier is null) return AppError.NotFound("Không tìm thấy hồ sơ.");
        if (!access.IsOwner(dossier)) return AppError.Forbidden("Bạn không có quyền nộp hồ sơ này.");
        if (!dossier.IsEditableByProducer) return AppError.Conflict("Hồ sơ đã được nộp.");
        var tree = await SheetTree.LoadAsync(db, dossier.RubricSheetId);
        var missing = tree.CriterionIds.Where(c => dossier.Criteria.All(x => x.CriterionNodeId != c)).ToList();
        if (missing.Count > 0)
            return AppError.Validation("criteria", $"Còn {missing.Count} tiêu chí chưa tự đánh giá: {string.Join(", ", missing.Take(5).Select(tree.CodeOf))}.");
        var undocumented = EvidenceRule.Undocumented(tree, dossier);
        if (undocumented.Count > 0)
            return AppError.Validation("evidence", Lang.Text("Các tiêu chí {0} chọn phương án cần giấy tờ (hợp đồng, hồ sơ, giấy chứng nhận…): hãy tải lên tệp minh chứng trước khi nộp.",
                string.Join(", ", undocumented.Select(tree.CodeOf))));
        var round = await db.Set<EvaluationRound>().AsNoTracking().FirstAsync(r => r.Id == dossier.RoundId);
        if (!round.AcceptsSubmissions(VietnamTime.Today(clock))) return AppError.Validation("roundId", "Đợt đánh giá đã đóng.");
        return await MoveAsync(dossier, DossierStatus.Submitted, "dossier.submitted", null, d => d.SubmittedAt = clock.UtcNow());
    }

    public async Task<Result<Dossier>> CommuneCheckAsync(int id, IReadOnlyList<CommuneCheckItem> items)
    {
        var dossier = await LoadAsync(id);
        if (dossier is null) return AppError.NotFound("Không tìm thấy hồ sơ.");
        if (!access.IsCommuneOf(dossier)) return AppError.Forbidden("Chỉ cán bộ xã nơi chủ thể đóng trụ sở mới sơ bộ được hồ sơ này.");
        if (dossier.Status != DossierStatus.Submitted) return AppError.Conflict("Hồ sơ không ở bước sơ bộ của xã.");
        var tree = await SheetTree.LoadAsync(db, dossier.RubricSheetId);
        var v = new Validation();
        foreach (var item in items)
        {
            if (!tree.IsCommuneAssessed(item.CriterionId)) { v.Add($"criterion:{item.CriterionId}", "Xã chỉ đánh giá nguồn gốc, lao động địa phương, ý tưởng và bản sắc."); continue; }
            if (item.OptionId is not null && !tree.IsOptionOf(item.OptionId.Value, item.CriterionId)) v.Add($"criterion:{item.CriterionId}", "Lựa chọn không thuộc tiêu chí này.");
        }
        if (v.HasErrors) return v.ToError();
        foreach (var item in items)
        {
            var row = dossier.Criteria.FirstOrDefault(c => c.CriterionNodeId == item.CriterionId);
            if (row is null) dossier.Criteria.Add(row = new DossierCriterion { CriterionNodeId = item.CriterionId });
            row.CommuneOptionNodeId = item.OptionId;
            row.CommuneChecked = true;
            row.CommuneNote = string.IsNullOrWhiteSpace(item.Note) ? null : item.Note.Trim()[..Math.Min(item.Note.Trim().Length, 2000)];
        }
        audit.Record("dossier.commune-checked", "dossier", id, after: items);
        await db.SaveChangesAsync();
        return dossier;
    }

    public async Task<Result<Dossier>> ForwardAsync(int id)
    {
        var dossier = await LoadAsync(id);
        if (dossier is null) return AppError.NotFound("Không tìm thấy hồ sơ.");
        if (!access.IsCommuneOf(dossier)) return AppError.Forbidden("Chỉ cán bộ xã nơi chủ thể đóng trụ sở mới chuyển được hồ sơ này.");
        if (dossier.Status != DossierStatus.Submitted) return AppError.Conflict("Hồ sơ không ở bước sơ bộ của xã.");
        var tree = await SheetTree.LoadAsync(db, dossier.RubricSheetId);
        var notChecked = tree.CriterionIds.Where(tree.IsCommuneAssessed)
            .Where(c => dossier.Criteria.FirstOrDefault(x => x.CriterionNodeId == c) is not { CommuneChecked: true }).ToList();
        if (notChecked.Count > 0)
            return AppError.Validation("criteria", Lang.Text("Xã chưa sơ bộ {0} tiêu chí: {1}. Hãy xác nhận hoặc sửa trước khi chuyển lên tỉnh.",
                notChecked.Count, string.Join(", ", notChecked.Select(tree.CodeOf))));
        return await MoveAsync(dossier, DossierStatus.Forwarded, "dossier.forwarded", null);
    }

    public async Task<Result<Dossier>> ReturnAsync(int id, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 2000) return AppError.Validation("reason", "Vui lòng ghi lý do trả hồ sơ (tối đa 2.000 ký tự).");
        var dossier = await LoadAsync(id);
        if (dossier is null) return AppError.NotFound("Không tìm thấy hồ sơ.");
        if (dossier.Status == DossierStatus.Submitted && access.IsCommuneOf(dossier))
            return await MoveAsync(dossier, DossierStatus.ReturnedByCommune, "dossier.returned-by-commune", reason.Trim(), d => d.ReturnReason = reason.Trim());
        if (dossier.Status == DossierStatus.Forwarded && (access.IsProvinceOf(dossier) || access.IsCentral))
            return await MoveAsync(dossier, DossierStatus.ReturnedByProvince, "dossier.returned-by-province", reason.Trim(), d => d.ReturnReason = reason.Trim());
        return access.IsCommuneOf(dossier) || access.IsProvinceOf(dossier) ? AppError.Conflict("Hồ sơ không ở bước có thể trả lại.") : AppError.Forbidden();
    }

    /// <summary>The province finds the dossier complete and assigns it to one of its councils in the dossier's round.</summary>
    public async Task<Result<Dossier>> AcceptAsync(int id, int? councilId)
    {
        var dossier = await LoadAsync(id);
        if (dossier is null) return AppError.NotFound("Không tìm thấy hồ sơ.");
        if (!access.IsProvinceOf(dossier)) return AppError.Forbidden("Chỉ cán bộ tỉnh phụ trách mới tiếp nhận được hồ sơ này.");
        if (dossier.Status != DossierStatus.Forwarded) return AppError.Conflict("Hồ sơ chưa được xã chuyển lên hoặc đã được tiếp nhận.");
        var council = await db.Set<Council>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == councilId);
        if (council is null || council.RoundId != dossier.RoundId || council.Level != RecognitionLevel.Province)
            return AppError.Validation("councilId", "Vui lòng chọn hội đồng của đợt đánh giá này.");
        if (council.Status != CouncilStatus.Open) return AppError.Validation("councilId", "Phiên họp của hội đồng đã kết thúc.");
        return await MoveAsync(dossier, DossierStatus.Accepted, "dossier.accepted", null, d => d.CouncilId = council.Id);
    }

    private async Task<Result<Dossier>> MoveAsync(Dossier dossier, DossierStatus to, string action, string? reason, Action<Dossier>? also = null)
    {
        var from = dossier.Status;
        dossier.Status = to;
        dossier.UpdatedAt = clock.UtcNow();
        also?.Invoke(dossier);
        audit.Record(action, "dossier", dossier.Id, new { Status = from }, new { Status = to, dossier.CouncilId }, reason);
        await db.SaveChangesAsync();
        return dossier;
    }

    private Task<Dossier?> LoadAsync(int id) =>
        db.Set<Dossier>().Include(d => d.Criteria).Include(d => d.Evidence).FirstOrDefaultAsync(d => d.Id == id);

    private async Task<(int SheetId, string VersionCode)?> ActiveSheetAsync(int setCode)
    {
        var sheet = await rubrics.ActiveSheetAsync(setCode);
        if (sheet is null) return null;
        var code = await db.Set<RubricVersion>().Where(v => v.Id == sheet.VersionId).Select(v => v.Code).FirstAsync();
        return (sheet.Id, code);
    }
}
