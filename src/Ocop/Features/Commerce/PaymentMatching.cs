using System.Text;
using Ocop.Features.Identity;

namespace Ocop.Features.Commerce;

/// <summary>A transfer as reported by a provider, in its common shape.</summary>
public sealed record BankTransfer(string Provider, string TransactionId, long Amount, string Content, string? AccountNumber);

public sealed record PaymentNotificationDto(long Id, string Provider, string TransactionId, long Amount, string Content, string? AccountNumber,
    DateTime ReceivedAt, string State, string? OrderCode, int? ProducerId, string? Note);

/// <summary>
/// Applies bank transfers to orders: the order code is looked for in the memo (any case, spaces and
/// dashes tolerated), the amount decides Paid, PartiallyPaid or Paid-with-overpayment, and a
/// transfer that matches no payable order goes to the unmatched queue for the producer or an
/// administrator to assign or dismiss. A (provider, transaction id) is applied at most once.
/// </summary>
public sealed class PaymentMatching(OcopDb db, OrderWorkflow workflow, AuditLog audit, CurrentUser me, TimeProvider clock)
{
    /// <summary>Order codes a memo may contain: after removing spaces and dashes, every "DH" followed by 12 or more digits, longest first.</summary>
    public static IReadOnlyList<string> CandidateCodes(string? memo)
    {
        var compact = new StringBuilder();
        foreach (var c in memo ?? "") if (c is not (' ' or '-' or '_' or '.')) compact.Append(char.ToUpperInvariant(c));
        var text = compact.ToString();
        var found = new List<string>();
        for (var at = text.IndexOf("DH", StringComparison.Ordinal); at >= 0; at = text.IndexOf("DH", at + 2, StringComparison.Ordinal))
        {
            var end = at + 2;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            for (var length = end - at; length >= 14; length--) found.Add(text.Substring(at, length));
        }
        return found.Distinct().ToList();
    }

    /// <summary>Records the transfer and applies it if it names a payable order; a repeated transaction id changes nothing.</summary>
    public async Task<PaymentNotification> RecordAsync(BankTransfer transfer, CancellationToken ct = default)
    {
        // A bank's notice is recorded whatever its memo holds: control characters become spaces and
        // over-long fields are cut to their columns, so it reaches the queue instead of failing every retry.
        transfer = transfer with
        {
            Provider = TextRules.Sanitize(transfer.Provider, 20), TransactionId = TextRules.Sanitize(transfer.TransactionId, 64),
            Content = TextRules.Sanitize(transfer.Content, 500),
            AccountNumber = transfer.AccountNumber is null ? null : TextRules.Sanitize(transfer.AccountNumber, 40),
        };
        if (await ExistingAsync(transfer, ct) is { } seen) return seen;
        var now = clock.UtcNow();
        var notification = new PaymentNotification
        {
            Provider = transfer.Provider, TransactionId = transfer.TransactionId, Amount = transfer.Amount,
            Content = transfer.Content.Length > 500 ? transfer.Content[..500] : transfer.Content,
            AccountNumber = transfer.AccountNumber, ReceivedAt = now,
        };
        var candidates = CandidateCodes(transfer.Content);
        Order? order = null;
        try
        {
            // Transfers for one order may arrive together: the loser of a race reads the order afresh and
            // applies its amount on top (the status and the amount paid are concurrency tokens), so every one counts.
            for (var attempt = 1; ; attempt++)
            {
                var orders = candidates.Count == 0 ? [] : await db.Orders.Include(o => o.Lines).Where(o => candidates.Contains(o.Code)).ToListAsync(ct);
                order = orders.OrderByDescending(o => o.IsPayable).ThenByDescending(o => o.Code.Length).FirstOrDefault();
                if (order is null || !order.IsPayable || !AccountMatches(order, transfer.AccountNumber)) break;
                notification.Id = 0;
                notification.State = PaymentNotificationState.Applied;
                notification.OrderId = order.Id;
                notification.ProducerId = order.ProducerId;
                var applied = await workflow.ChangeAsync(order, "PaymentReceived", $"{transfer.Provider} {transfer.TransactionId}",
                    o => o.ReceivePayment(transfer.Amount, now), () => db.PaymentNotifications.Add(notification), ct);
                if (applied.Ok) return notification;
                db.ChangeTracker.Clear();
                if (!OrderWorkflow.IsRaced(applied.Error, order.Code) || attempt == OrderWorkflow.PaymentAttempts)
                {
                    order = await workflow.LoadAsync(order.Code, ct);
                    break;
                }
                if (await ExistingAsync(transfer, ct) is { } twin) return twin;
            }
            notification.Id = 0;
            notification.OrderId = null;
            notification.State = PaymentNotificationState.Unmatched;
            notification.ProducerId = order?.ProducerId ?? await ProducerOfAccountAsync(transfer.AccountNumber, ct);
            notification.Note = order is null ? "Không tìm thấy mã đơn trong nội dung chuyển khoản."
                : !order.IsPayable ? $"Đơn {order.Code} không chờ thanh toán (trạng thái \"{OrderLabels.Of(order.Status)}\")."
                : string.IsNullOrWhiteSpace(transfer.AccountNumber) ? $"Giao dịch không ghi tài khoản nhận; không tự ghi cho đơn {order.Code}."
                : $"Đơn {order.Code} thanh toán vào tài khoản khác.";
            db.PaymentNotifications.Add(notification);
            audit.Record("payment.unmatched", "payment", $"{transfer.Provider}:{transfer.TransactionId}", after: new { transfer.Amount, transfer.Content, notification.Note });
            await db.SaveChangesAsync(ct);
            return notification;
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return (await ExistingAsync(transfer, ct))!;
        }
    }

    /// <summary>
    /// An authentic notice whose body is not of the provider's documented shape: nothing is applied, and the
    /// refusal is kept in the audit log (with the start of the body) so an administrator can follow it up with the provider.
    /// </summary>
    public async Task RecordRejectedAsync(string provider, string raw, string reason, CancellationToken ct = default)
    {
        var start = new string(raw.Take(1000).Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        audit.Record("payment.rejected", "payment", provider, after: new { Body = start }, reason: reason);
        await db.SaveChangesAsync(ct);
    }

    public async Task<List<PaymentNotificationDto>> UnmatchedAsync(CancellationToken ct = default)
    {
        var query = db.PaymentNotifications.AsNoTracking().Where(n => n.State == PaymentNotificationState.Unmatched);
        if (!me.IsAdmin) query = query.Where(n => me.ProducerId != null && n.ProducerId == me.ProducerId);
        var rows = await query.OrderBy(n => n.Id).Take(500).ToListAsync(ct);
        return rows.Select(n => ToDto(n, null)).ToList();
    }

    /// <summary>Applies an unmatched transfer to an order of the caller's producer (any order for an administrator).</summary>
    public async Task<Result<PaymentNotificationDto>> AssignAsync(long id, string? orderCode, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (notification, error) = await LoadUnmatchedAsync(id, ct);
            if (error is not null) return error;
            var order = orderCode is null ? null : await workflow.LoadAsync(orderCode.Trim().ToUpperInvariant(), ct);
            if (order is null || !(me.IsAdmin || order.ProducerId == me.ProducerId)) return AppError.Validation("orderCode", $"Không tìm thấy đơn hàng {orderCode} của bạn.");
            var now = clock.UtcNow();
            var result = await workflow.ChangeAsync(order, "PaymentAssigned", $"{notification!.Provider} {notification.TransactionId}",
                o => o.ReceivePayment(notification.Amount, now), () =>
                {
                    notification.State = PaymentNotificationState.Assigned;
                    notification.OrderId = order.Id;
                    notification.ResolvedBy = me.Id;
                    notification.ResolvedAt = now;
                }, ct);
            if (result.Ok) return ToDto(notification, order.Code);
            if (!OrderWorkflow.IsRaced(result.Error, order.Code) || attempt == OrderWorkflow.PaymentAttempts) return result.Error!;
            db.ChangeTracker.Clear();
        }
    }

    public async Task<Result<PaymentNotificationDto>> DismissAsync(long id, string? reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500 || Html.ContainsMarkup(reason))
            return AppError.Validation("reason", "Vui lòng ghi lý do (tối đa 500 ký tự, không có mã HTML).");
        var (notification, error) = await LoadUnmatchedAsync(id, ct);
        if (error is not null) return error;
        notification!.State = PaymentNotificationState.Dismissed;
        notification.Note = reason.Trim();
        notification.ResolvedBy = me.Id;
        notification.ResolvedAt = clock.UtcNow();
        audit.Record("payment.dismissed", "payment", $"{notification.Provider}:{notification.TransactionId}", after: new { notification.Amount }, reason: notification.Note);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return AppError.Conflict("Giao dịch này vừa được xử lý ở nơi khác."); }
        return ToDto(notification, null);
    }

    /// <summary>A producer records a transfer it saw in its own bank account (audited as done by hand).</summary>
    public async Task<Result<Order>> ConfirmByHandAsync(string code, long amount, string? reference, CancellationToken ct = default)
    {
        if (reference is { Length: > 60 } || Html.ContainsMarkup(reference)) return AppError.Validation("reference", "Mã tham chiếu tối đa 60 ký tự.");
        for (var attempt = 1; ; attempt++)
        {
            var order = await workflow.LoadAsync(code, ct);
            if (order is null || !(me.IsAdmin || order.ProducerId == me.ProducerId)) return OrderAccess.NotFound(code);
            var now = clock.UtcNow();
            var notification = new PaymentNotification
            {
                Provider = "manual", TransactionId = string.IsNullOrWhiteSpace(reference) ? Guid.NewGuid().ToString("N") : $"{order.ProducerId}:{reference.Trim()}",
                Amount = amount, Content = order.Code, ReceivedAt = now, State = PaymentNotificationState.Applied, OrderId = order.Id,
                ProducerId = order.ProducerId, ResolvedBy = me.Id, ResolvedAt = now,
            };
            Result<Order> result;
            try
            {
                result = await workflow.ChangeAsync(order, "PaymentConfirmedByHand", reference, o => o.ReceivePayment(amount, now),
                    () => db.PaymentNotifications.Add(notification), ct);
            }
            catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
                return AppError.Conflict("Mã tham chiếu này đã được ghi nhận.");
            }
            if (result.Ok || !OrderWorkflow.IsRaced(result.Error, order.Code) || attempt == OrderWorkflow.PaymentAttempts) return result;
            db.ChangeTracker.Clear();
        }
    }

    private async Task<(PaymentNotification?, AppError?)> LoadUnmatchedAsync(long id, CancellationToken ct)
    {
        var n = await db.PaymentNotifications.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (n is null || !(me.IsAdmin || (me.ProducerId is not null && n.ProducerId == me.ProducerId))) return (null, AppError.NotFound("Không tìm thấy giao dịch."));
        if (n.State != PaymentNotificationState.Unmatched) return (null, AppError.Conflict("Giao dịch này đã được xử lý."));
        return (n, null);
    }

    /// <summary>
    /// A transfer is applied by itself only when it names the account the order is paid into: a memo alone can be
    /// typed by anyone, and a notice without an account (or for an order without a payee) waits for a person.
    /// </summary>
    private static bool AccountMatches(Order order, string? account) =>
        !string.IsNullOrWhiteSpace(account) && order.PayeeAccountNumber is not null && account.Trim() == order.PayeeAccountNumber;

    /// <summary>The producer owning the receiving account, when exactly one does.</summary>
    private async Task<int?> ProducerOfAccountAsync(string? account, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(account)) return null;
        var owners = await db.Producers.AsNoTracking().Where(p => p.BankAccountNumber == account.Trim()).OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync(ct);
        return owners.Count == 1 ? owners[0] : null;
    }

    private Task<PaymentNotification?> ExistingAsync(BankTransfer t, CancellationToken ct) =>
        db.PaymentNotifications.AsNoTracking().FirstOrDefaultAsync(n => n.Provider == t.Provider && n.TransactionId == t.TransactionId, ct);

    public static PaymentNotificationDto ToDto(PaymentNotification n, string? orderCode) => new(n.Id, n.Provider, n.TransactionId, n.Amount, n.Content,
        n.AccountNumber, n.ReceivedAt, n.State.ToString(), orderCode, n.ProducerId, n.Note);
}
