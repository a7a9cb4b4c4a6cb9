using Ocop.Features.Identity;

namespace Ocop.Features.Matching;

/// <summary>
/// Contact to deal. Either side opens a deal on a match (contacted); the first reply of the other
/// side makes it negotiating; either side then records the agreed terms (agreed), and closes it
/// once fulfilled (closed); either side may decline before agreement. Messages are plain text.
/// Every transition is audited and the other side is told through the outbox.
/// </summary>
public sealed class DealCommands(OcopDb db, CurrentUser me, MatchingAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<Deal>> ContactAsync(long matchId, string? message, CancellationToken ct = default)
    {
        var match = await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == matchId, ct);
        if (match is null) return AppError.NotFound("Không tìm thấy kết quả ghép nối.");
        var demand = await db.Demands.AsNoTracking().FirstAsync(d => d.Id == match.DemandId, ct);
        var offer = await db.Offers.AsNoTracking().FirstAsync(o => o.Id == match.OfferId, ct);
        var organisation = await access.VerifiedOrganisationAsync(ct);
        DealSide side;
        if (organisation is not null && organisation.Id == demand.OrganisationId) side = DealSide.Buyer;
        else if (me.ProducerId == offer.ProducerId && await access.IsVerifiedProducerAsync(ct)) side = DealSide.Producer;
        else return AppError.Forbidden("Chỉ bên mua hoặc bên bán của kết quả này (đã xác minh) mới liên hệ được.");
        if (!string.IsNullOrWhiteSpace(message) && CheckText(message) is { } bad) return bad;
        var today = VietnamTime.Today(clock);
        if (!demand.IsOpenOn(today) || !offer.IsOpenOn(today)) return AppError.Conflict("Nhu cầu hoặc chào bán này đã đóng hoặc hết hạn.");
        if (await db.Deals.AnyAsync(d => d.DemandId == demand.Id && d.OfferId == offer.Id, ct))
            return AppError.Conflict("Hai bên đã có một giao dịch cho nhu cầu và chào bán này.");
        var now = clock.UtcNow();
        var deal = new Deal
        {
            DemandId = demand.Id, OfferId = offer.Id, OrganisationId = demand.OrganisationId, ProducerId = offer.ProducerId, OpenedBy = side,
            Status = DealStatus.Contacted, MatchScore = match.Score, SetCode = offer.SetCode, ProducerProvinceCode = offer.ProvinceCode,
            DeliveryProvinceCode = demand.DeliveryProvinceCode, CreatedAt = now, UpdatedAt = now,
        };
        if (!string.IsNullOrWhiteSpace(message)) deal.Messages.Add(NewMessage(side, message));
        db.Deals.Add(deal);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { return AppError.Conflict("Hai bên đã có một giao dịch cho nhu cầu và chào bán này."); }
        audit.Record("deal.contacted", "deal", deal.Id, after: new { deal.DemandId, deal.OfferId, deal.OpenedBy, deal.Status });
        await NotifyOtherSideAsync(deal, side, "Yêu cầu liên hệ mới", $"Có yêu cầu liên hệ về \"{demand.Title}\" / \"{offer.Title}\".", ct);
        await db.SaveChangesAsync(ct);
        return deal;
    }

    public async Task<Result<Deal>> MessageAsync(int dealId, string? text, CancellationToken ct = default)
    {
        var found = await PartyAsync(dealId, ct);
        if (!found.Ok) return found.Error!;
        var (deal, side) = found.Value;
        if (deal.Status is DealStatus.Closed or DealStatus.Declined) return AppError.Conflict("Giao dịch đã kết thúc, không gửi thêm tin nhắn được.");
        if (CheckText(text) is { } bad) return bad;
        deal.Messages.Add(NewMessage(side, text!));
        if (deal.Status == DealStatus.Contacted && side != deal.OpenedBy)
        {
            deal.Status = DealStatus.Negotiating;
            audit.Record("deal.negotiating", "deal", deal.Id, new { Status = DealStatus.Contacted }, new { deal.Status });
        }
        deal.UpdatedAt = clock.UtcNow();
        await db.SaveChangesAsync(ct);
        return deal;
    }

    /// <summary>
    /// Terms from one side: a proposal, or — when they are the other side's proposal, unchanged — the agreement.
    /// Different terms replace the standing proposal (a counter-offer). Both sides have confirmed an agreed deal.
    /// </summary>
    public async Task<Result<Deal>> AgreeAsync(int dealId, DealTerms terms, CancellationToken ct = default)
    {
        var found = await PartyAsync(dealId, ct);
        if (!found.Ok) return found.Error!;
        var (deal, side) = found.Value;
        if (deal.Status != DealStatus.Negotiating)
            return AppError.Conflict(deal.Status == DealStatus.Contacted
                ? "Chờ bên kia trả lời trước khi ghi nhận thoả thuận."
                : "Chỉ ghi nhận thoả thuận khi hai bên đang thương lượng.");
        var v = terms.Validate(VietnamTime.Today(clock));
        if (v.HasErrors) return v.ToError();
        var now = clock.UtcNow();
        var summary = Lang.Text("{0} {1} × {2}, từ {3} đến {4}", terms.Quantity, Lang.Text(TradeTerms.Label(terms.Unit!.Value)),
            Ocop.Standards.Money.Vnd.Display(terms.Price!.Value), Formats.Date(terms.From!.Value), Formats.Date(terms.To!.Value));
        if (deal.ProposedBy is { } by && by != side && deal.Proposal == terms)
        {
            deal.Status = DealStatus.Agreed;
            deal.AgreedQuantity = terms.Quantity;
            deal.AgreedUnit = terms.Unit;
            deal.AgreedPrice = terms.Price;
            deal.AgreedFrom = terms.From;
            deal.AgreedTo = terms.To;
            deal.AgreedAt = deal.UpdatedAt = now;
            audit.Record("deal.agreed", "deal", deal.Id, new { Status = DealStatus.Negotiating, ProposedBy = by },
                new { deal.Status, deal.AgreedQuantity, deal.AgreedUnit, deal.AgreedPrice, deal.AgreedFrom, deal.AgreedTo, ConfirmedBy = side });
            await NotifyOtherSideAsync(deal, side, Lang.Text("Giao dịch đã được thoả thuận"), Lang.Text("Hai bên đã xác nhận thoả thuận: {0}.", summary), ct);
        }
        else
        {
            var before = deal.ProposedBy is null ? null : new { deal.ProposedBy, deal.ProposedQuantity, deal.ProposedUnit, deal.ProposedPrice, deal.ProposedFrom, deal.ProposedTo };
            deal.ProposedBy = side;
            deal.ProposedQuantity = terms.Quantity;
            deal.ProposedUnit = terms.Unit;
            deal.ProposedPrice = terms.Price;
            deal.ProposedFrom = terms.From;
            deal.ProposedTo = terms.To;
            deal.ProposedAt = deal.UpdatedAt = now;
            audit.Record("deal.terms-proposed", "deal", deal.Id, before,
                new { deal.ProposedBy, deal.ProposedQuantity, deal.ProposedUnit, deal.ProposedPrice, deal.ProposedFrom, deal.ProposedTo });
            await NotifyOtherSideAsync(deal, side, Lang.Text("Đề nghị thoả thuận mới"), Lang.Text("Bên kia đề nghị: {0}. Vào giao dịch để đồng ý hoặc đề nghị khác.", summary), ct);
        }
        await db.SaveChangesAsync(ct);
        return deal;
    }

    public async Task<Result<Deal>> CloseAsync(int dealId, CancellationToken ct = default)
    {
        var found = await PartyAsync(dealId, ct);
        if (!found.Ok) return found.Error!;
        var (deal, side) = found.Value;
        if (deal.Status != DealStatus.Agreed) return AppError.Conflict("Chỉ hoàn tất được giao dịch đã thoả thuận.");
        deal.Status = DealStatus.Closed;
        deal.UpdatedAt = clock.UtcNow();
        audit.Record("deal.closed", "deal", deal.Id, new { Status = DealStatus.Agreed }, new { deal.Status, By = side });
        await db.SaveChangesAsync(ct);
        return deal;
    }

    public async Task<Result<Deal>> DeclineAsync(int dealId, string? reason, CancellationToken ct = default)
    {
        var found = await PartyAsync(dealId, ct);
        if (!found.Ok) return found.Error!;
        var (deal, side) = found.Value;
        if (deal.Status is not (DealStatus.Contacted or DealStatus.Negotiating)) return AppError.Conflict("Chỉ từ chối được khi chưa thoả thuận.");
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 1000 || Html.ContainsMarkup(reason))
            return AppError.Validation("reason", "Vui lòng ghi lý do (tối đa 1.000 ký tự, không có mã HTML).");
        var before = new { deal.Status };
        deal.Status = DealStatus.Declined;
        deal.DeclineReason = reason.Trim();
        deal.UpdatedAt = clock.UtcNow();
        audit.Record("deal.declined", "deal", deal.Id, before, new { deal.Status, By = side }, deal.DeclineReason);
        await NotifyOtherSideAsync(deal, side, "Giao dịch bị từ chối", $"Lý do: {deal.DeclineReason}", ct);
        await db.SaveChangesAsync(ct);
        return deal;
    }

    /// <summary>The deal with its messages and the caller's side; not found for anyone but the two parties.</summary>
    public async Task<Result<(Deal Deal, DealSide Side)>> PartyAsync(int dealId, CancellationToken ct)
    {
        var deal = await db.Deals.Include(d => d.Messages).FirstOrDefaultAsync(d => d.Id == dealId, ct);
        if (deal is null) return AppError.NotFound("Không tìm thấy giao dịch.");
        var organisation = await access.VerifiedOrganisationAsync(ct);
        if (organisation is not null && organisation.Id == deal.OrganisationId) return (deal, DealSide.Buyer);
        if (me.ProducerId == deal.ProducerId && await access.IsVerifiedProducerAsync(ct)) return (deal, DealSide.Producer);
        return AppError.NotFound("Không tìm thấy giao dịch.");
    }

    private static AppError? CheckText(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Trim().Length > 2000 || Html.ContainsMarkup(text)
            ? AppError.Validation("text", "Tin nhắn từ 1 đến 2.000 ký tự, văn bản thuần (không có mã HTML).")
            : null;

    private DealMessage NewMessage(DealSide side, string text) =>
        new() { Side = side, SenderId = me.Id!, SenderName = me.Name, Text = text.Trim(), CreatedAt = clock.UtcNow() };

    private async Task NotifyOtherSideAsync(Deal deal, DealSide from, string subject, string body, CancellationToken ct)
    {
        var recipients = from == DealSide.Buyer
            ? (await db.Users.AsNoTracking().Where(u => u.ProducerId == deal.ProducerId && u.Email != null).Select(u => u.Email!).ToListAsync(ct))
            : await db.BuyerOrganisations.AsNoTracking().Where(o => o.Id == deal.OrganisationId).Select(o => o.ContactEmail).ToListAsync(ct);
        foreach (var email in recipients)
            db.Outbox.Add(new OutboxMessage
            {
                CreatedAt = clock.UtcNow(), Channel = "email", Recipient = email, Subject = subject,
                Body = body + $" Xem tại /ket-noi/giao-dich/{deal.Id}",
            });
    }
}
