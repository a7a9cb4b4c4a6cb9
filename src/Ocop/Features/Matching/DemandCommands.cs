using Ocop.Features.Geography;
using Ocop.Features.Identity;

namespace Ocop.Features.Matching;

/// <summary>
/// Demand posts of verified buyers: create, change, close. Every write is validated first (a refusal
/// changes nothing), audited, and followed by incremental matching in the same transaction.
/// </summary>
public sealed class DemandCommands(OcopDb db, MatchingAccess access, GeographyDirectory geo, MatchEngine engine, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<DemandPost>> CreateAsync(DemandInput input, CancellationToken ct = default)
    {
        if (await access.VerifiedOrganisationAsync(ct) is not { } organisation) return MatchingAccess.NotVerifiedBuyer;
        var v = input.Validate(geo, VietnamTime.Today(clock));
        if (v.HasErrors) return v.ToError();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.UtcNow();
        var demand = new DemandPost { OrganisationId = organisation.Id, Title = "", Need = "", DeliveryProvinceCode = "", CreatedAt = now, UpdatedAt = now };
        input.ApplyTo(demand);
        db.Demands.Add(demand);
        await db.SaveChangesAsync(ct);
        audit.Record("demand.created", "demand", demand.Id, after: Snapshot(demand));
        await engine.MatchDemandAsync(demand, ct);
        await tx.CommitAsync(ct);
        return demand;
    }

    public async Task<Result<DemandPost>> UpdateAsync(int id, DemandInput input, CancellationToken ct = default)
    {
        var found = await OwnAsync(id, ct);
        if (!found.Ok) return found.Error!;
        var demand = found.Value!;
        var v = input.Validate(geo, VietnamTime.Today(clock));
        if (v.HasErrors) return v.ToError();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var before = Snapshot(demand);
        db.DemandSets.RemoveRange(demand.Sets);
        await db.SaveChangesAsync(ct);
        input.ApplyTo(demand);
        demand.UpdatedAt = clock.UtcNow();
        audit.Record("demand.updated", "demand", id, before, Snapshot(demand));
        await db.SaveChangesAsync(ct);
        await engine.MatchDemandAsync(demand, ct);
        await tx.CommitAsync(ct);
        return demand;
    }

    public async Task<Result<DemandPost>> CloseAsync(int id, CancellationToken ct = default)
    {
        var found = await OwnAsync(id, ct);
        if (!found.Ok) return found.Error!;
        var demand = found.Value!;
        if (demand.Status == PostStatus.Closed) return AppError.Conflict("Nhu cầu này đã đóng.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        demand.Status = PostStatus.Closed;
        demand.UpdatedAt = clock.UtcNow();
        audit.Record("demand.closed", "demand", id, new { Status = PostStatus.Open }, new { demand.Status });
        await db.SaveChangesAsync(ct);
        await engine.MatchDemandAsync(demand, ct); // a closed post keeps no matches
        await tx.CommitAsync(ct);
        return demand;
    }

    private async Task<Result<DemandPost>> OwnAsync(int id, CancellationToken ct)
    {
        if (await access.VerifiedOrganisationAsync(ct) is not { } organisation) return MatchingAccess.NotVerifiedBuyer;
        var demand = await db.Demands.Include(d => d.Sets).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (demand is null || demand.OrganisationId != organisation.Id) return AppError.NotFound("Không tìm thấy nhu cầu.");
        return demand;
    }

    private static object Snapshot(DemandPost d) => new
    {
        d.Title, Sets = d.Sets.Select(s => s.SetCode).ToArray(), d.Quantity, d.Unit, d.Frequency, d.DeliveryProvinceCode, d.NeededBy,
        d.PriceMin, d.PriceMax, d.MinStars, Standards = d.Standards.ToString(), d.ValidUntil, d.Status,
    };
}
