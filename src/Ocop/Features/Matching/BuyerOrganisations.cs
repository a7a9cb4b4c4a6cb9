using Ocop.Features.Geography;
using Ocop.Features.Identity;

namespace Ocop.Features.Matching;

/// <summary>
/// Verification of B2B buyers: a user with the b2b role submits its organisation (name, tax code,
/// address, contact); an administrator, the central office or the provincial officer of the
/// organisation's province verifies or rejects it. A resubmission after a change goes back to pending.
/// </summary>
public sealed class BuyerOrganisations(OcopDb db, CurrentUser me, MatchingAccess access, GeographyDirectory geo, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<BuyerOrganisation>> SubmitAsync(OrganisationInput input, CancellationToken ct = default)
    {
        if (me.Id is null || !me.IsInRole(Roles.B2bBuyer)) return AppError.Forbidden("Chỉ tài khoản đơn vị thu mua mới đăng ký tổ chức.");
        var v = input.Validate(geo);
        if (v.HasErrors) return v.ToError();
        var taxCode = input.TaxCode!.Trim();
        var organisation = await access.OrganisationAsync(ct);
        if (await db.BuyerOrganisations.AnyAsync(o => o.TaxCode == taxCode && o.UserId != me.Id, ct))
            return AppError.Validation("taxCode", "Mã số thuế này đã được một tài khoản khác đăng ký.");
        var now = clock.UtcNow();
        var before = organisation is null ? null : Snapshot(organisation);
        if (organisation is null)
        {
            organisation = new BuyerOrganisation
            {
                UserId = me.Id, Name = "", TaxCode = "", AddressLine = "", ProvinceCode = "", ContactName = "", ContactPhone = "", ContactEmail = "",
                CreatedAt = now,
            };
            db.BuyerOrganisations.Add(organisation);
        }
        organisation.Name = input.Name!.Trim();
        organisation.TaxCode = taxCode;
        organisation.AddressLine = input.AddressLine!.Trim();
        organisation.ProvinceCode = input.ProvinceCode!;
        organisation.ContactName = input.ContactName!.Trim();
        organisation.ContactPhone = PhoneNumbers.Normalize(input.ContactPhone!);
        organisation.ContactEmail = input.ContactEmail!.Trim();
        organisation.Status = OrganisationStatus.Pending;
        organisation.StatusReason = null;
        organisation.VerifiedAt = null;
        organisation.VerifiedBy = null;
        organisation.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        audit.Record(before is null ? "buyer.submitted" : "buyer.resubmitted", "buyer-organisation", organisation.Id, before, Snapshot(organisation));
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    public Task<Result<BuyerOrganisation>> VerifyAsync(int id, CancellationToken ct = default) => DecideAsync(id, OrganisationStatus.Verified, null, ct);

    public Task<Result<BuyerOrganisation>> RejectAsync(int id, string? reason, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 1000
            ? Task.FromResult<Result<BuyerOrganisation>>(AppError.Validation("reason", "Vui lòng ghi lý do từ chối (tối đa 1.000 ký tự)."))
            : DecideAsync(id, OrganisationStatus.Rejected, reason.Trim(), ct);

    private async Task<Result<BuyerOrganisation>> DecideAsync(int id, OrganisationStatus status, string? reason, CancellationToken ct)
    {
        var organisation = await db.BuyerOrganisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return AppError.NotFound("Không tìm thấy đơn vị thu mua.");
        if (!CanDecide(organisation)) return AppError.Forbidden("Chỉ quản trị viên hoặc cán bộ tỉnh phụ trách mới xác minh được đơn vị thu mua này.");
        var before = new { organisation.Status, organisation.StatusReason };
        organisation.Status = status;
        organisation.StatusReason = reason;
        organisation.VerifiedAt = status == OrganisationStatus.Verified ? clock.UtcNow() : null;
        organisation.VerifiedBy = status == OrganisationStatus.Verified ? me.Id : null;
        organisation.UpdatedAt = clock.UtcNow();
        audit.Record(status == OrganisationStatus.Verified ? "buyer.verified" : "buyer.rejected", "buyer-organisation", id,
            before, new { organisation.Status, organisation.StatusReason }, reason);
        db.Outbox.Add(new OutboxMessage
        {
            CreatedAt = clock.UtcNow(), Channel = "email", Recipient = organisation.ContactEmail,
            Subject = status == OrganisationStatus.Verified ? "Đơn vị thu mua đã được xác minh" : "Hồ sơ đơn vị thu mua bị từ chối",
            Body = status == OrganisationStatus.Verified
                ? $"{organisation.Name} đã được xác minh và có thể đăng nhu cầu thu mua trên OCOP Hub."
                : $"{organisation.Name} chưa được xác minh. Lý do: {reason}",
        });
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    public bool CanDecide(BuyerOrganisation o) => me.IsNational || (me.IsInRole(Roles.Province) && me.ProvinceCode == o.ProvinceCode);

    /// <summary>Organisations an officer may decide on (national: all; provincial: their province), optionally one status.</summary>
    public async Task<Result<List<BuyerOrganisation>>> ForOfficerAsync(OrganisationStatus? status, CancellationToken ct = default)
    {
        if (!(me.IsNational || me.IsInRole(Roles.Province))) return AppError.Forbidden();
        var query = db.BuyerOrganisations.AsNoTracking();
        if (!me.IsNational) query = query.Where(o => o.ProvinceCode == me.ProvinceCode);
        if (status is { } s) query = query.Where(o => o.Status == s);
        return await query.OrderBy(o => o.Status).ThenByDescending(o => o.Id).Take(500).ToListAsync(ct);
    }

    private static object Snapshot(BuyerOrganisation o) =>
        new { o.Name, o.TaxCode, o.AddressLine, o.ProvinceCode, o.ContactName, o.ContactPhone, o.ContactEmail, o.Status };
}
