using Microsoft.Extensions.Options;
using Ocop.Features.Catalog;
using Ocop.Features.Identity;

namespace Ocop.Features.Commerce;

public enum OrderAction { Cancel, Pack, Ship, Deliver, CollectCod, Complete, Return, ReportTransfer }

public sealed record OrderActionRequest(string? Reason = null, string? Carrier = null, string? TrackingNumber = null, IReadOnlyList<LotPick>? Lots = null);

/// <summary>
/// Applies one guarded transition and saves it with its audit line and notifications in one
/// transaction. The status is the concurrency token: when someone else moved the order first
/// (payment against expiry, two cancellations) the save fails and nothing is applied. A
/// cancellation returns the order's units in the same transaction, after the conditional status
/// change, so it happens exactly once: a special-offer line to its offer while the offer runs,
/// everything else to stock (stock rows first, like checkout, so the two cannot deadlock). Modules above Commerce hear of
/// every transition through <see cref="IOrderEvents"/> inside the same transaction. Cancelling or returning an
/// order on which money was received writes its <see cref="Refund"/> in the same transaction, once.
/// </summary>
public sealed class OrderWorkflow(OcopDb db, StockLedger stock, SpecialOffers offers, AuditLog audit, OrderNotifier notifier,
    OrderAccess access, IEnumerable<IOrderEvents> listeners, TimeProvider clock, IOptions<CommerceOptions> options)
{
    public Task<Order?> LoadAsync(string code, CancellationToken ct = default) =>
        db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Code == code, ct);

    public async Task<Result<Order>> ApplyAsync(string code, OrderAction action, OrderActionRequest? request, string? token, CancellationToken ct = default)
    {
        var order = await LoadAsync(code, ct);
        if (order is null || access.ActorFor(order, token) is not { } actor) return OrderAccess.NotFound(code);
        request ??= new OrderActionRequest();
        var v = new Validation();
        v.Require(request.Reason is null || request.Reason.Length <= 500, "reason", "Lý do tối đa 500 ký tự.");
        v.Require(!Html.ContainsMarkup(request.Reason) && !Html.ContainsMarkup(request.TrackingNumber), "reason", "Không được nhập mã HTML hoặc script.");
        if (action == OrderAction.Ship)
        {
            v.Require(!string.IsNullOrWhiteSpace(request.TrackingNumber) && request.TrackingNumber.Trim().Length <= 60, "trackingNumber", "Vui lòng nhập mã vận đơn (tối đa 60 ký tự).");
            var carrier = request.Carrier ?? order.CarrierCode;
            v.Require(await db.Carriers.AnyAsync(c => c.Code == carrier, ct), "carrier", "Đơn vị vận chuyển không hợp lệ.");
        }
        if (v.HasErrors) return v.ToError();
        var now = clock.UtcNow();
        if (action == OrderAction.ReportTransfer)
        {
            var refused = order.ReportTransfer(actor, now, now.AddHours(options.Value.ReportedTransferHoldHours));
            if (refused is not null) return refused;
            await notifier.TransferReportedAsync(order, ct);
            return await ChangeAsync(order, "TransferReported", null, _ => null, ct: ct);
        }
        return await ChangeAsync(order, action.ToString(), request.Reason, o => action switch
        {
            OrderAction.Cancel => o.Cancel(actor, request.Reason?.Trim(), now),
            OrderAction.Pack => o.PickLots(actor, request.Lots) ?? o.Pack(actor),
            OrderAction.Ship => o.PickLots(actor, request.Lots) ?? o.Ship(actor, request.Carrier ?? o.CarrierCode, request.TrackingNumber!.Trim(), now),
            OrderAction.Deliver => o.Deliver(actor, now),
            OrderAction.CollectCod => o.CollectCod(actor, now),
            OrderAction.Complete => o.Complete(actor, now),
            _ => o.Return(actor, request.Reason?.Trim(), now),
        }, ct: ct);
    }

    /// <summary>What <see cref="ChangeAsync"/> answers when another writer moved the order first: nothing was saved, the change can be tried again on the order read afresh.</summary>
    public static AppError Raced(string code) => AppError.Conflict($"Đơn {code} vừa được cập nhật ở nơi khác; hãy tải lại rồi thử lại.");

    /// <summary>Whether <paramref name="error"/> is <see cref="Raced"/> for the order <paramref name="code"/>.</summary>
    public static bool IsRaced(AppError? error, string code) => error is not null && error == Raced(code);

    /// <summary>How often a payment that lost a race is tried again on the order read afresh (each loser lost to a writer that succeeded).</summary>
    public const int PaymentAttempts = 10;

    /// <summary>Runs <paramref name="change"/> on a tracked order and saves it; <paramref name="alongside"/> adds rows to the same transaction.</summary>
    public async Task<Result<Order>> ChangeAsync(Order order, string action, string? reason, Func<Order, AppError?> change,
        Action? alongside = null, CancellationToken ct = default)
    {
        var before = order.Status;
        var refused = change(order);
        if (refused is not null) return refused;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var listener in listeners)
        {
            if (await listener.ChangedAsync(order, before, ct) is { } vetoed)
            {
                db.ChangeTracker.Clear();
                return vetoed;
            }
        }
        alongside?.Invoke();
        var refund = order.RefundDue > 0 && before is not (OrderStatus.Cancelled or OrderStatus.Returned) ? NewRefund(order) : null;
        audit.Record("order." + char.ToLowerInvariant(action[0]) + action[1..], "order", order.Code, new { Status = before.ToString() },
            new { Status = order.Status.ToString(), order.AmountPaid, order.Overpaid, order.CarrierCode, order.TrackingNumber, order.PaymentDeadline,
                Refund = refund?.Amount }, reason);
        if (order.Status != before) await notifier.StatusChangedAsync(order, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Raced(order.Code);
        }
        if (order.Status == OrderStatus.Cancelled && Order.Cancellable.Contains(before))
        {
            foreach (var line in order.Lines.OrderBy(l => l.DealId is not null).ThenBy(l => l.ProductId))
            {
                if (line.DealId is null || !await offers.ReleaseAsync(line.DealId, line.ProductId, line.Quantity, ct))
                    await stock.ReleaseAsync(line.ProductId, line.Quantity, ct);
            }
        }
        await tx.CommitAsync(ct);
        return order;
    }

    private Refund NewRefund(Order order)
    {
        var refund = new Refund
        {
            OrderId = order.Id, ProducerId = order.ProducerId, Amount = order.RefundDue, CreatedAt = clock.UtcNow(),
            Reason = order.Status == OrderStatus.Returned ? "Hàng hoàn" : order.CancelReason ?? "Đơn bị huỷ",
        };
        db.Refunds.Add(refund);
        return refund;
    }
}
