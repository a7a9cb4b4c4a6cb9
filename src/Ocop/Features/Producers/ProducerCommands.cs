using Microsoft.AspNetCore.Identity;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Standards.Text;

namespace Ocop.Features.Producers;

public sealed record RegisterProducerRequest(ProducerInput Producer, string? AccountEmail, string? AccountPassword);

/// <summary>
/// Producer use cases: self-registration (account + producer, pending verification), creation by
/// an officer for a household that cannot register itself, updates by the owner or an officer in
/// scope, and verification or rejection by the provincial office. Each change is audited.
/// </summary>
public sealed class ProducerCommands(
    OcopDb db, GeographyDirectory geo, CurrentUser me, AuditLog audit, RegisterAccount accounts,
    UserManager<AppUser> users, IEnumerable<IProducerEvents> listeners, TimeProvider clock)
{
    public async Task<Result<Producer>> RegisterAsync(RegisterProducerRequest r)
    {
        var v = r.Producer.Validate(geo);
        var accountCheck = RegisterAccount.Validate(new RegisterAccountRequest(r.Producer.RepresentativeName, r.AccountEmail, r.AccountPassword, r.Producer.Phone));
        if (v.HasErrors || accountCheck.HasErrors)
        {
            var merged = new Validation();
            foreach (var e in new[] { v.ToError(), accountCheck.ToError() }.Where(e => e.Fields is not null).SelectMany(e => e.Fields!))
                foreach (var m in e.Value) if (e.Key != "fullName") merged.Add(e.Key, m);
            if (merged.HasErrors) return merged.ToError();
        }
        await using var tx = await db.Database.BeginTransactionAsync();
        var producer = await CreateProducerAsync(r.Producer);
        var account = await accounts.RunAsync(
            new RegisterAccountRequest(r.Producer.RepresentativeName, r.AccountEmail, r.AccountPassword, r.Producer.Phone),
            Roles.Producer, u => { u.ProducerId = producer.Id; u.ProvinceCode = producer.ProvinceCode; });
        if (!account.Ok) return account.Error!; // the transaction is rolled back on dispose
        await tx.CommitAsync();
        return producer;
    }

    /// <summary>An officer registers a producer (e.g. a farm household) in their scope, optionally with an owner account.</summary>
    public async Task<Result<Producer>> CreateByOfficerAsync(ProducerInput input, string? ownerEmail, string? ownerPassword)
    {
        if (!me.IsOfficer) return AppError.Forbidden();
        var v = input.Validate(geo);
        if (v.HasErrors) return v.ToError();
        var commune = geo.Commune(input.CommuneCode)!;
        if (!me.CanActOnCommune(commune.Code, commune.ProvinceCode))
            return AppError.Forbidden("Bạn chỉ đăng ký chủ thể trong địa bàn mình phụ trách.");
        await using var tx = await db.Database.BeginTransactionAsync();
        var producer = await CreateProducerAsync(input);
        if (!string.IsNullOrWhiteSpace(ownerEmail))
        {
            var account = await accounts.RunAsync(new RegisterAccountRequest(input.RepresentativeName, ownerEmail, ownerPassword, input.Phone),
                Roles.Producer, u => { u.ProducerId = producer.Id; u.ProvinceCode = producer.ProvinceCode; });
            if (!account.Ok) return account.Error!;
        }
        await tx.CommitAsync();
        return producer;
    }

    private async Task<Producer> CreateProducerAsync(ProducerInput input)
    {
        var now = clock.UtcNow();
        var producer = new Producer
        {
            Name = "", Slug = "", RepresentativeName = "", Phone = "", CommuneCode = "", ProvinceCode = "",
            Status = ProducerStatus.Pending, CreatedAt = now, UpdatedAt = now,
        };
        input.ApplyTo(producer, geo);
        producer.Slug = await UniqueSlugAsync(producer.Name);
        db.Producers.Add(producer);
        await db.SaveChangesAsync();
        audit.Record("producer.registered", "producer", producer.Id, after: Snapshot(producer));
        await db.SaveChangesAsync();
        return producer;
    }

    public async Task<Result<Producer>> UpdateAsync(int id, ProducerInput input)
    {
        var producer = await db.Producers.FindAsync(id);
        if (producer is null) return AppError.NotFound("Không tìm thấy chủ thể.");
        if (!CanEdit(producer)) return AppError.Forbidden("Bạn không có quyền sửa chủ thể này.");
        var v = input.Validate(geo);
        if (v.HasErrors) return v.ToError();
        var target = geo.Commune(input.CommuneCode)!;
        if (me.ProducerId != id && !me.CanActOnCommune(target.Code, target.ProvinceCode))
            return AppError.Forbidden("Không thể chuyển chủ thể sang địa bàn ngoài phạm vi của bạn.");
        var before = (Status: producer.Status, Values: Snapshot(producer));
        var fromProvince = producer.ProvinceCode;
        input.ApplyTo(producer, geo);
        producer.UpdatedAt = clock.UtcNow();
        audit.Record("producer.updated", "producer", id, before.Values, Snapshot(producer));
        if (producer.ProvinceCode != fromProvince)
        {
            // Verification is the province's act: a producer that moves to another province is verified again
            // there (unless a national officer moved it), and its accounts take the new province.
            if (producer.Status == ProducerStatus.Verified && !me.IsNational)
            {
                producer.Status = ProducerStatus.Pending;
                producer.VerifiedAt = null;
                producer.VerifiedBy = null;
                audit.Record("producer.reverification", "producer", id, new { ProvinceCode = fromProvince, Status = ProducerStatus.Verified.ToString() },
                    new { producer.ProvinceCode, Status = producer.Status.ToString() });
                await NotifyOwnersAsync(producer, (Lang.Text("Chủ thể cần được xác minh lại"),
                    Lang.Text("{0} đã chuyển sang {1}. Sản phẩm tạm ngừng hiển thị cho đến khi cán bộ tỉnh mới xác minh chủ thể.",
                        producer.Name, geo.Province(producer.ProvinceCode)?.Name ?? producer.ProvinceCode)));
            }
            foreach (var account in await db.Users.Where(u => u.ProducerId == id).ToListAsync())
                account.ProvinceCode = producer.ProvinceCode;
        }
        await db.SaveChangesAsync();
        if (producer.Status != before.Status) Announce(producer);
        return producer;
    }

    public async Task<Result<Producer>> SetBannerAsync(int id, string mediaHash)
    {
        var producer = await db.Producers.FindAsync(id);
        if (producer is null) return AppError.NotFound("Không tìm thấy chủ thể.");
        if (!CanEdit(producer)) return AppError.Forbidden("Bạn không có quyền sửa chủ thể này.");
        audit.Record("producer.banner", "producer", id, new { producer.BannerHash }, new { BannerHash = mediaHash });
        producer.BannerHash = mediaHash;
        producer.UpdatedAt = clock.UtcNow();
        await db.SaveChangesAsync();
        return producer;
    }

    /// <summary>
    /// Another sign-in for an existing producer (a cooperative's staff member, a household's second phone):
    /// a producer account linked to it, created by its owner or by an officer in its scope. Audited.
    /// </summary>
    public async Task<Result<AppUser>> AddAccountAsync(int producerId, RegisterAccountRequest account)
    {
        var producer = await db.Producers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == producerId);
        if (producer is null) return AppError.NotFound("Không tìm thấy chủ thể.");
        if (!CanEdit(producer)) return AppError.Forbidden("Chỉ chủ thể hoặc cán bộ phụ trách địa bàn mới thêm được tài khoản cho chủ thể này.");
        await using var tx = await db.Database.BeginTransactionAsync();
        var added = await accounts.RunAsync(account, Roles.Producer, u => { u.ProducerId = producer.Id; u.ProvinceCode = producer.ProvinceCode; });
        if (!added.Ok) return added.Error!; // the transaction is rolled back on dispose
        audit.Record("producer.account_added", "producer", producerId, after: new { added.Value!.Email, UserId = added.Value.Id });
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return added.Value;
    }

    public Task<Result<Producer>> VerifyAsync(int id) => DecideAsync(id, ProducerStatus.Verified, null);

    public Task<Result<Producer>> RejectAsync(int id, string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 1000
            ? Task.FromResult<Result<Producer>>(AppError.Validation("reason", "Vui lòng ghi lý do từ chối (tối đa 1.000 ký tự)."))
            : DecideAsync(id, ProducerStatus.Rejected, reason.Trim());

    private async Task<Result<Producer>> DecideAsync(int id, ProducerStatus status, string? reason)
    {
        var producer = await db.Producers.FindAsync(id);
        if (producer is null) return AppError.NotFound("Không tìm thấy chủ thể.");
        if (!(me.IsNational || me.IsInRole(Roles.Province)) || !me.CanActOnProvince(producer.ProvinceCode))
            return AppError.Forbidden("Chỉ cán bộ tỉnh phụ trách địa bàn mới xác minh được chủ thể này.");
        var before = new { producer.Status, producer.StatusReason };
        producer.Status = status;
        producer.StatusReason = reason;
        producer.VerifiedAt = status == ProducerStatus.Verified ? clock.UtcNow() : null;
        producer.VerifiedBy = status == ProducerStatus.Verified ? me.Id : null;
        producer.UpdatedAt = clock.UtcNow();
        audit.Record(status == ProducerStatus.Verified ? "producer.verified" : "producer.rejected", "producer", id,
            before, new { producer.Status, producer.StatusReason }, reason);
        await NotifyOwnersAsync(producer, status == ProducerStatus.Verified
            ? ("Chủ thể đã được xác minh", $"{producer.Name} đã được xác minh và có thể bán hàng trên OCOP Hub.")
            : ("Hồ sơ chủ thể bị từ chối", $"{producer.Name} chưa được xác minh. Lý do: {reason}"));
        await db.SaveChangesAsync();
        Announce(producer);
        return producer;
    }

    private void Announce(Producer producer)
    {
        foreach (var listener in listeners) listener.StatusChanged(producer);
    }

    private async Task NotifyOwnersAsync(Producer producer, (string Subject, string Body) message)
    {
        var owners = await users.Users.Where(u => u.ProducerId == producer.Id).Select(u => u.Email).ToListAsync();
        foreach (var email in owners.Where(e => e is not null))
            db.Outbox.Add(new OutboxMessage { CreatedAt = clock.UtcNow(), Channel = "email", Recipient = email!, Subject = message.Subject, Body = message.Body });
    }

    public bool CanEdit(Producer p) => me.ProducerId == p.Id || me.CanActOnCommune(p.CommuneCode, p.ProvinceCode);

    private async Task<string> UniqueSlugAsync(string name)
    {
        var baseSlug = VietnameseText.Slugify(name, 90);
        if (baseSlug.Length == 0) baseSlug = "chu-the";
        var taken = await db.Producers.Where(p => p.Slug == baseSlug || p.Slug.StartsWith(baseSlug + "-")).Select(p => p.Slug).ToListAsync();
        if (!taken.Contains(baseSlug)) return baseSlug;
        for (var i = 2; ; i++) if (!taken.Contains($"{baseSlug}-{i}")) return $"{baseSlug}-{i}";
    }

    private static object Snapshot(Producer p) => new
    {
        p.Name, p.LegalForm, p.RegistrationNumber, p.RepresentativeName, p.Phone, p.Email, p.CommuneCode,
        p.BankBin, p.BankAccountNumber, p.BankAccountName, p.Status,
    };
}
