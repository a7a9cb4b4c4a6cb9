namespace Ocop.Features.Commerce;

/// <summary>The price and quota a special offer grants to one order line.</summary>
public sealed record SpecialOfferQuote(string DealId, int ProductId, long UnitPrice);

/// <summary>
/// Implemented by a module above Commerce (Livestream's flash deals) so that an order line with a
/// <c>dealId</c> is priced by the offer and consumes its quota, without Commerce knowing the module.
/// <see cref="ClaimAsync"/> runs inside the checkout's transaction on the same <see cref="OcopDb"/>,
/// so a checkout that fails afterwards gives the quota back by rolling back.
/// </summary>
public interface ISpecialOfferPricing
{
    /// <summary>True when this implementation owns the deal id (e.g. by prefix).</summary>
    bool Handles(string dealId);

    /// <summary>The offer's unit price for the product now, or null when the offer does not apply.</summary>
    Task<SpecialOfferQuote?> QuoteAsync(string dealId, int productId, int quantity, CancellationToken ct);

    /// <summary>
    /// Takes quantity from the offer's quota (and the buyer's allowance) atomically; null when claimed, else why not, in Vietnamese.
    /// <paramref name="phone"/> is the order's normalised recipient phone: the allowance holds for it as well as for the account
    /// or guest session, so a guest cannot renew it with a new cookie.
    /// </summary>
    Task<string?> ClaimAsync(string dealId, int productId, int quantity, string phone, CancellationToken ct);

    /// <summary>
    /// Gives quantity back when the order is cancelled: true when the offer took the units back into
    /// its own allocation, false when they belong to the product's normal stock again (the offer has ended).
    /// </summary>
    Task<bool> ReleaseAsync(string dealId, int productId, int quantity, CancellationToken ct);
}

/// <summary>Finds the implementation that owns a deal id (Livestream's flash deals: <c>live-…</c>); an id nobody owns is unknown.</summary>
public sealed class SpecialOffers(IEnumerable<ISpecialOfferPricing> implementations)
{
    public ISpecialOfferPricing? For(string dealId) => implementations.FirstOrDefault(i => i.Handles(dealId));

    public async Task<SpecialOfferQuote?> QuoteAsync(string dealId, int productId, int quantity, CancellationToken ct) =>
        For(dealId) is { } offer ? await offer.QuoteAsync(dealId, productId, quantity, ct) : null;

    public async Task<string?> ClaimAsync(string dealId, int productId, int quantity, string phone, CancellationToken ct) =>
        For(dealId) is { } offer ? await offer.ClaimAsync(dealId, productId, quantity, phone, ct) : "Ưu đãi không tồn tại hoặc đã kết thúc.";

    public async Task<bool> ReleaseAsync(string dealId, int productId, int quantity, CancellationToken ct) =>
        For(dealId) is { } offer && await offer.ReleaseAsync(dealId, productId, quantity, ct);
}
