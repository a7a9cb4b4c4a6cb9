using Ocop.Features.Catalog;
using Ocop.Features.Identity;

namespace Ocop.Features.Certification;

public sealed record DecisionRequest(string? Number, DateOnly? Date, string? Signer, IReadOnlyList<int>? DossierIds);
public sealed record RevokeRequest(string? Reason, string? DecisionNumber);

/// <summary>
/// Recognition decisions and certificates. The province records a decision for its scored 3★/4★
/// dossiers; the central office for 5★ after its own council. Each recognised dossier gets a
/// certificate valid 36 months, and Catalog receives the snapshot that shows the OCOP mark.
/// </summary>
public sealed class CertificateCommands(OcopDb db, CertificationAccess access, AuditLog audit, TimeProvider clock, ProductCommands catalog)
{
    public async Task<Result<List<Certificate>>> RecordDecisionAsync(RecognitionLevel level, string? provinceCode, DecisionRequest r)
    {
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(r.Number) && r.Number.Trim().Length <= 60 && !Html.ContainsMarkup(r.Number), "number", "Vui lòng nhập số quyết định.");
        v.Require(r.Date is not null && r.Date <= VietnamTime.Today(clock), "date", "Ngày quyết định không hợp lệ.");
        v.Require(!string.IsNullOrWhiteSpace(r.Signer) && r.Signer.Trim().Length <= 120 && !Html.ContainsMarkup(r.Signer), "signer", "Vui lòng nhập người ký.");
        v.Require(r.DossierIds is { Count: > 0 }, "dossierIds", "Quyết định phải có ít nhất một hồ sơ.");
        if (v.HasErrors) return v.ToError();
        if (level == RecognitionLevel.Province ? !access.IsProvinceOf(provinceCode) : !access.IsCentral)
            return AppError.Forbidden(level == RecognitionLevel.Province ? "Chỉ cán bộ tỉnh ghi quyết định công nhận của tỉnh mình." : "Chỉ Trung ương công nhận sản phẩm 5 sao.");

        var dossiers = await db.Set<Dossier>().Where(d => r.DossierIds!.Contains(d.Id)).ToListAsync();
        if (dossiers.Count != r.DossierIds!.Distinct().Count()) return AppError.Validation("dossierIds", "Có hồ sơ không tồn tại.");
        foreach (var d in dossiers)
        {
            if (level == RecognitionLevel.Province)
            {
                if (d.ProvinceCode != provinceCode) return AppError.Forbidden($"Hồ sơ {d.Number} không thuộc tỉnh của bạn.");
                if (d.Status == DossierStatus.ForwardedToCentral || d.Stars == 5)
                    return AppError.Validation("dossierIds", $"Hồ sơ {d.Number} đạt 90–100 điểm (tiềm năng 5 sao): chỉ Trung ương công nhận 5 sao.");
                if (d.Status == DossierStatus.NotRecognised || d.AverageScore < 50 || d.Stars < 3)
                    return AppError.Validation("dossierIds", $"Hồ sơ {d.Number} dưới 50 điểm: không được cấp giấy chứng nhận OCOP.");
                if (d.Status != DossierStatus.Scored) return AppError.Validation("dossierIds", $"Hồ sơ {d.Number} chưa có kết quả của hội đồng.");
            }
            else if (d.Status != DossierStatus.ForwardedToCentral || d.CentralAverageScore is null || d.Stars != 5)
                return AppError.Validation("dossierIds", $"Hồ sơ {d.Number} chưa được hội đồng Trung ương đánh giá đạt 5 sao.");
        }
        var number = r.Number!.Trim();
        if (await db.Set<RecognitionDecision>().AnyAsync(x => x.Level == level && x.ProvinceCode == provinceCode && x.Number == number))
            return AppError.Conflict($"Quyết định số {number} đã được ghi.");

        await using var tx = await db.Database.BeginTransactionAsync();
        var decision = new RecognitionDecision
        {
            Number = number, Date = r.Date!.Value, Signer = r.Signer!.Trim(), Level = level, ProvinceCode = provinceCode,
            RoundId = dossiers[0].RoundId, CreatedAt = clock.UtcNow(),
        };
        db.Add(decision);
        await db.SaveChangesAsync();
        audit.Record("decision.recorded", "decision", decision.Id, after: new { decision.Number, decision.Date, decision.Signer, decision.Level, Dossiers = dossiers.Select(d => d.Number) });

        var issued = new List<Certificate>();
        var prefix = level == RecognitionLevel.Central ? $"OCOP-TW-{decision.Date.Year}-" : $"OCOP-{provinceCode}-{decision.Date.Year}-";
        var sequence = await db.Set<Certificate>().CountAsync(c => c.Number.StartsWith(prefix));
        foreach (var d in dossiers.OrderBy(d => d.Id))
        {
            var product = await db.Set<Product>().AsNoTracking().FirstAsync(p => p.Id == d.ProductId);
            var producer = await db.Set<Producers.Producer>().AsNoTracking().FirstAsync(p => p.Id == d.ProducerId);
            var certificate = new Certificate
            {
                Number = prefix + (++sequence).ToString("0000"), DossierId = d.Id, ProductId = d.ProductId, ProducerId = d.ProducerId,
                ProductName = product.Name, ProducerName = producer.Name, ProvinceCode = d.ProvinceCode, SetCode = d.SetCode,
                Stars = d.Stars!.Value, Score = level == RecognitionLevel.Central ? d.CentralAverageScore!.Value : d.AverageScore!.Value, Level = level,
                DecisionId = decision.Id, DecisionNumber = decision.Number, DecisionDate = decision.Date,
                IssuedOn = decision.Date, ExpiresOn = Certificate.ExpiryFor(decision.Date), Status = CertificateStatus.Valid, CreatedAt = clock.UtcNow(),
            };
            db.Add(certificate);
            d.Status = DossierStatus.Recognised;
            d.UpdatedAt = clock.UtcNow();
            audit.Record("certificate.issued", "certificate", certificate.Number, after: new { certificate.Stars, certificate.Score, certificate.ExpiresOn, d.Number });
            issued.Add(certificate);
        }
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        foreach (var c in issued)
            await catalog.SetCertificateSnapshotAsync(c.ProductId!.Value, c.Number, c.Stars, c.ExpiresOn);
        await NotifyAsync(issued, c => ($"Sản phẩm được công nhận OCOP {c.Stars} sao", $"{c.ProductName} được công nhận OCOP {c.Stars} sao theo Quyết định {c.DecisionNumber}. Giấy chứng nhận {c.Number} có hiệu lực đến {c.ExpiresOn:dd/MM/yyyy}."));
        return issued;
    }

    public async Task<Result<Certificate>> RevokeAsync(string number, RevokeRequest r)
    {
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(r.Reason) && r.Reason.Trim().Length <= 2000, "reason", "Vui lòng ghi lý do thu hồi.");
        v.Require(!string.IsNullOrWhiteSpace(r.DecisionNumber) && r.DecisionNumber.Trim().Length <= 60, "decisionNumber", "Vui lòng nhập số quyết định thu hồi.");
        if (v.HasErrors) return v.ToError();
        var c = await db.Set<Certificate>().FirstOrDefaultAsync(x => x.Number == number);
        if (c is null) return AppError.NotFound("Không tìm thấy giấy chứng nhận.");
        if (!access.CanRevoke(c.Level, c.ProvinceCode)) return AppError.Forbidden("Chỉ cấp đã công nhận mới thu hồi được giấy chứng nhận này.");
        if (c.Status == CertificateStatus.Revoked) return AppError.Conflict("Giấy chứng nhận đã bị thu hồi.");
        var before = new { c.Status };
        c.Status = CertificateStatus.Revoked;
        c.RevokedAt = clock.UtcNow();
        c.RevocationReason = r.Reason!.Trim();
        c.RevocationDecision = r.DecisionNumber!.Trim();
        audit.Record("certificate.revoked", "certificate", c.Number, before, new { c.Status, c.RevocationDecision }, c.RevocationReason);
        await db.SaveChangesAsync();
        if (c.ProductId is { } productId) await ClearSnapshotIfCurrentAsync(productId, c.Number);
        await NotifyAsync([c], x => ("Giấy chứng nhận OCOP bị thu hồi", $"Giấy chứng nhận {x.Number} của {x.ProductName} bị thu hồi theo Quyết định {x.RevocationDecision}. Lý do: {x.RevocationReason}"));
        return c;
    }

    internal async Task ClearSnapshotIfCurrentAsync(int productId, string number)
    {
        var product = await db.Set<Product>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId);
        if (product?.CertificateNumber != number) return;
        // Fall back to another valid certificate of the product, if any.
        var today = VietnamTime.Today(clock);
        var other = await db.Set<Certificate>().AsNoTracking()
            .Where(x => x.ProductId == productId && x.Number != number && x.Status == CertificateStatus.Valid && x.ExpiresOn >= today)
            .OrderByDescending(x => x.Stars).ThenByDescending(x => x.ExpiresOn).FirstOrDefaultAsync();
        await catalog.SetCertificateSnapshotAsync(productId, other?.Number, other?.Stars, other?.ExpiresOn);
    }

    internal async Task NotifyAsync(IEnumerable<Certificate> certificates, Func<Certificate, (string Subject, string Body)> message)
    {
        foreach (var c in certificates.Where(c => c.ProducerId is not null))
        {
            var emails = await db.Users.Where(u => u.ProducerId == c.ProducerId).Select(u => u.Email).ToListAsync();
            var (subject, body) = message(c);
            foreach (var e in emails.Where(e => e is not null))
                db.Outbox.Add(new OutboxMessage { CreatedAt = clock.UtcNow(), Channel = "email", Recipient = e!, Subject = subject, Body = body });
        }
        await db.SaveChangesAsync();
    }
}
