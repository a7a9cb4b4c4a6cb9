using Ocop.Features.Commerce;
using Ocop.Features.Identity;

namespace Ocop.Features.Livestream;

/// <summary>
/// Flash deals as Commerce special offers. A deal's units come from its own allocation (set aside
/// from stock when it started), never from normal stock. Inside the checkout's transaction a claim
/// is two conditional statements: the deal's quota
/// (<c>UPDATE … SET sold = sold + q WHERE id = @id AND state = Running AND starts_at &lt;= now &lt; ends_at AND sold + q &lt;= quota</c>)
/// and the buyer's allowance (an upsert that adds q only while the total stays within the
/// per-buyer limit). Either refusing rolls the whole checkout back.
/// </summary>
public sealed class FlashDealOffers(OcopDb db, CurrentUser me, GuestSession guest, TimeProvider clock) : ISpecialOfferPricing, IOrderAttributionSource
{
    public bool Handles(string dealId) => FlashDeal.IdOf(dealId) is not null;

    public async Task<SpecialOfferQuote?> QuoteAsync(string dealId, int productId, int quantity, CancellationToken ct)
    {
        var id = FlashDeal.IdOf(dealId);
        var now = clock.UtcNow();
        // A deal of this product is priced whatever its state: the claim in the checkout's transaction then refuses a deal
        // that is sold out, ended or not yet open with 409, on both engines alike (pricing reads outside that transaction,
        // so refusing here would answer the same loser 400 or 409 by the timing of the race).
        var deal = await db.FlashDeals.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.ProductId == productId, ct);
        return deal is not null ? new SpecialOfferQuote(dealId, productId, deal.DealPrice) : null;
    }

    public async Task<string?> ClaimAsync(string dealId, int productId, int quantity, string phone, CancellationToken ct)
    {
        var id = FlashDeal.IdOf(dealId)!.Value;
        var now = clock.UtcNow();
        var deal = await db.FlashDeals.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.PerBuyerLimit }).FirstOrDefaultAsync(ct);
        if (deal is null) return "Ưu đãi không tồn tại.";
        if (quantity > deal.PerBuyerLimit) return $"mỗi khách được mua tối đa {deal.PerBuyerLimit} suất.";
        var taken = await db.FlashDeals
            .Where(d => d.Id == id && d.ProductId == productId && d.State == DealState.Running && d.StartsAt <= now && d.EndsAt > now && d.Sold + quantity <= d.Quota)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Sold, d => d.Sold + quantity), ct);
        if (taken == 0)
        {
            var state = await db.FlashDeals.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.State, d.StartsAt, d.EndsAt, Left = d.Quota - d.Sold }).FirstAsync(ct);
            return state.State != DealState.Running || state.EndsAt <= now ? "ưu đãi đã kết thúc."
                : state.StartsAt > now ? "ưu đãi chưa mở, hãy chờ hết đếm ngược."
                : state.Left <= 0 ? "đã hết suất." : $"chỉ còn {state.Left} suất.";
        }
        // The allowance is counted for the account (or the guest's session) and for the phone the order goes to:
        // a guest who clears cookies, or several accounts shipping to one phone, share one allowance.
        var buyer = me.IsAuthenticated && me.Id is not null ? "user:" + me.Id : "guest:" + guest.Ensure();
        var limit = deal.PerBuyerLimit;
        foreach (var key in new[] { buyer, "phone:" + PhoneNumbers.Canonical(phone) })
        {
            var allowed = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO livestream_deal_claims ("FlashDealId", "BuyerKey", "Quantity") VALUES ({id}, {key}, {quantity})
                ON CONFLICT ("FlashDealId", "BuyerKey") DO UPDATE SET "Quantity" = livestream_deal_claims."Quantity" + excluded."Quantity"
                WHERE livestream_deal_claims."Quantity" + excluded."Quantity" <= {limit}
                """, ct);
            if (allowed != 1)
                return key == buyer
                    ? Lang.Text("mỗi khách được mua tối đa {0} suất và bạn đã mua đủ.", limit)
                    : Lang.Text("mỗi số điện thoại nhận hàng được mua tối đa {0} suất và số này đã mua đủ.", limit);
        }
        return null;
    }

    /// <summary>
    /// A cancelled order gives its units back to the deal's allocation while the deal runs (one
    /// conditional UPDATE); once it has ended they belong to normal stock, which Commerce then
    /// returns them to. The buyer's allowance stays used.
    /// </summary>
    public async Task<bool> ReleaseAsync(string dealId, int productId, int quantity, CancellationToken ct)
    {
        var id = FlashDeal.IdOf(dealId)!.Value;
        return await db.FlashDeals.Where(d => d.Id == id && d.ProductId == productId && d.State == DealState.Running && d.Sold >= quantity)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Sold, d => d.Sold - quantity), ct) == 1;
    }

    public async Task<Result<int?>> ResolveAsync(int? livestreamId, IReadOnlyCollection<string> dealIds, CancellationToken ct)
    {
        var ids = dealIds.Select(FlashDeal.IdOf).OfType<int>().Distinct().ToList();
        var sessions = await db.FlashDeals.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => d.SessionId).Distinct().ToListAsync(ct);
        if (livestreamId is null) return sessions.Count == 1 ? sessions[0] : (int?)null;
        if (!await db.LiveSessions.AnyAsync(s => s.Id == livestreamId, ct))
            return AppError.Validation("livestreamId", $"Phiên livestream #{livestreamId} không tồn tại.");
        if (sessions.Any(s => s != livestreamId))
            return AppError.Validation("livestreamId", "Ưu đãi không thuộc phiên livestream này.");
        return livestreamId;
    }
}
