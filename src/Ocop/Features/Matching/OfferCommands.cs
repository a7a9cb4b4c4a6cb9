using Ocop.Features.Catalog;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Features.Matching;

/// <summary>
/// Supply offers of verified producers: create, change, close; a product named by the offer must be
/// the producer's own. Validated before any write, audited, then matched incrementally.
/// </summary>
public sealed class OfferCommands(OcopDb db, CurrentUser me, MatchingAccess access, MatchEngine engine, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<SupplyOffer>> CreateAsync(OfferInput input, CancellationToken ct = default)
    {
        if (!await access.IsVerifiedProducerAsync(ct)) return MatchingAccess.NotVerifiedProducer;
        var checkedInput = await CheckAsync(input, ct);
        if (!checkedInput.Ok) return checkedInput.Error!;
        var (setCode, productName) = checkedInput.Value;
        var producer = await db.Producers.AsNoTracking().FirstAsync(p => p.Id == me.ProducerId, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.UtcNow();
        var offer = new SupplyOffer { ProducerId = producer.Id, Title = "", ProvinceCode = producer.ProvinceCode, CreatedAt = now, UpdatedAt = now };
        input.ApplyTo(offer, setCode, productName);
        db.Offers.Add(offer);
        await db.SaveChangesAsync(ct);
        audit.Record("offer.created", "offer", offer.Id, after: Snapshot(offer));
        await engine.MatchOfferAsync(offer, ct);
        await tx.CommitAsync(ct);
        return offer;
    }

    public async Task<Result<SupplyOffer>> UpdateAsync(int id, OfferInput input, CancellationToken ct = default)
    {
        var found = await OwnAsync(id, ct);
        if (!found.Ok) return found.Error!;
        var offer = found.Value!;
        var checkedInput = await CheckAsync(input, ct);
        if (!checkedInput.Ok) return checkedInput.Error!;
        var (setCode, productName) = checkedInput.Value;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var before = Snapshot(offer);
        input.ApplyTo(offer, setCode, productName);
        offer.ProvinceCode = (await db.Producers.AsNoTracking().FirstAsync(p => p.Id == offer.ProducerId, ct)).ProvinceCode;
        offer.UpdatedAt = clock.UtcNow();
        audit.Record("offer.updated", "offer", id, before, Snapshot(offer));
        await db.SaveChangesAsync(ct);
        await engine.MatchOfferAsync(offer, ct);
        await tx.CommitAsync(ct);
        return offer;
    }

    public async Task<Result<SupplyOffer>> CloseAsync(int id, CancellationToken ct = default)
    {
        var found = await OwnAsync(id, ct);
        if (!found.Ok) return found.Error!;
        var offer = found.Value!;
        if (offer.Status == PostStatus.Closed) return AppError.Conflict("Chào bán này đã đóng.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        offer.Status = PostStatus.Closed;
        offer.UpdatedAt = clock.UtcNow();
        audit.Record("offer.closed", "offer", id, new { Status = PostStatus.Open }, new { offer.Status });
        await db.SaveChangesAsync(ct);
        await engine.MatchOfferAsync(offer, ct);
        await tx.CommitAsync(ct);
        return offer;
    }

    private async Task<Result<(int SetCode, string? ProductName)>> CheckAsync(OfferInput input, CancellationToken ct)
    {
        var v = input.Validate(VietnamTime.Today(clock));
        if (v.HasErrors) return v.ToError();
        if (input.ProductId is not { } productId) return (input.SetCode!.Value, null);
        var product = await db.Products.AsNoTracking().Where(p => p.Id == productId && p.ProducerId == me.ProducerId)
            .Select(p => new { p.SetCode, p.Name }).FirstOrDefaultAsync(ct);
        if (product is null) return AppError.Validation("productId", "Sản phẩm không thuộc chủ thể của bạn.");
        return (product.SetCode, product.Name);
    }

    private async Task<Result<SupplyOffer>> OwnAsync(int id, CancellationToken ct)
    {
        if (!await access.IsVerifiedProducerAsync(ct)) return MatchingAccess.NotVerifiedProducer;
        var offer = await db.Offers.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null || offer.ProducerId != me.ProducerId) return AppError.NotFound("Không tìm thấy chào bán.");
        return offer;
    }

    private static object Snapshot(SupplyOffer o) => new
    {
        o.Title, o.ProductId, o.SetCode, o.Capacity, o.Unit, o.Period, o.MinOrder, Tiers = o.PriceTiersJson, o.SeasonFrom, o.SeasonTo,
        o.Reach, Standards = o.Standards.ToString(), o.ValidUntil, o.Status,
    };
}
