namespace Ocop.Features.Traceability;

/// <summary>A lot the seller may name for an order line.</summary>
public sealed record LotChoice(int Id, string Number, DateOnly? MadeOn, DateOnly? ExpiresOn, bool Expired);

/// <summary>The lots of one product, newest first, and the one offered first (null: the product has no lot to take from).</summary>
public sealed record ProductLotChoices(int ProductId, IReadOnlyList<LotChoice> Lots, int? Suggested);

/// <summary>
/// The lot picker of the seller's order page: for each product of an order, its lots (newest first) and a
/// suggestion — the lot already named on the line, else the newest lot with stock (a quantity recorded and not
/// past its expiry date). What was sold from a lot is not subtracted: a lot is counted in its own unit
/// (kilograms of fruit) and sold in the product's (boxes), so the seller, who sees both, has the last word.
/// </summary>
public sealed class LotChoices(OcopDb db, TimeProvider clock)
{
    public const int PerProduct = 30;

    public async Task<Dictionary<int, ProductLotChoices>> ForAsync(int producerId, IReadOnlyCollection<(int ProductId, int? LotId)> lines, CancellationToken ct = default)
    {
        var productIds = lines.Select(l => l.ProductId).Distinct().ToList();
        var lots = await db.Lots.AsNoTracking().Where(l => l.ProducerId == producerId && productIds.Contains(l.ProductId))
            .OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id).ToListAsync(ct);
        var today = VietnamTime.Today(clock);
        return productIds.ToDictionary(id => id, id =>
        {
            var named = lines.Where(l => l.ProductId == id).Select(l => l.LotId).FirstOrDefault(l => l is not null);
            var own = lots.Where(l => l.ProductId == id).ToList();
            var shown = own.Take(PerProduct).Concat(own.Skip(PerProduct).Where(l => l.Id == named)).ToList();
            return new ProductLotChoices(id,
                shown.Select(l => new LotChoice(l.Id, l.Number, l.ProducedOn ?? l.HarvestedOn, l.ExpiresOn, l.ExpiresOn < today)).ToList(),
                named ?? Suggest(own, today)?.Id);
        });
    }

    /// <summary>The newest lot with stock: a quantity recorded and not expired on <paramref name="today"/>.</summary>
    public static Lot? Suggest(IEnumerable<Lot> newestFirst, DateOnly today) =>
        newestFirst.FirstOrDefault(l => l.Quantity > 0 && (l.ExpiresOn is null || l.ExpiresOn >= today));
}
