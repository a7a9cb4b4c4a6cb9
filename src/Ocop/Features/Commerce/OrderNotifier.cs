using Ocop.Features.Identity;

namespace Ocop.Features.Commerce;

/// <summary>Tells the buyer (SMS to the order's phone) and, for the events they act on, the producer, through the outbox.</summary>
public sealed class OrderNotifier(OcopDb db, TimeProvider clock)
{
    private static readonly OrderStatus[] SellerEvents =
        [OrderStatus.AwaitingPayment, OrderStatus.CodPending, OrderStatus.Paid, OrderStatus.PartiallyPaid, OrderStatus.Cancelled];

    public async Task StatusChangedAsync(Order order, CancellationToken ct = default)
    {
        if (!SellerEvents.Contains(order.Status))
        {
            db.Outbox.Add(TellBuyer(order));
            return;
        }
        var seller = await db.Producers.AsNoTracking().Where(p => p.Id == order.ProducerId).Select(p => new { p.Email, p.Phone }).FirstAsync(ct);
        db.Outbox.AddRange(Messages(order, seller.Email, seller.Phone));
    }

    /// <summary>The producer hears that the buyer says the transfer was made, to check the account and confirm it.</summary>
    public async Task TransferReportedAsync(Order order, CancellationToken ct = default)
    {
        var seller = await db.Producers.AsNoTracking().Where(p => p.Id == order.ProducerId).Select(p => new { p.Email, p.Phone }).FirstAsync(ct);
        db.Outbox.Add(Message(seller.Email is null ? "sms" : "email", seller.Email ?? seller.Phone, Lang.Text("Đơn {0}: người mua báo đã chuyển khoản", order.Code),
            Lang.Text("Người mua đơn {0} ({1}) báo đã chuyển {2} với nội dung {3}. Hãy kiểm tra tài khoản và xác nhận thanh toán; đơn được giữ đến {4}.", order.Code, order.RecipientName, Standards.Money.Vnd.Display(order.Remaining), order.Code, VietnamTime.DateTime(order.PaymentDeadline!.Value))));
    }

    /// <summary>The messages of a status change when the caller already has the producer's contact and writes them itself (checkout).</summary>
    public IEnumerable<OutboxMessage> Messages(Order order, string? sellerEmail, string sellerPhone)
    {
        yield return TellBuyer(order);
        if (SellerEvents.Contains(order.Status)) yield return TellSeller(order, sellerEmail, sellerPhone);
    }

    private OutboxMessage TellBuyer(Order order) =>
        Message("sms", order.Phone, $"Đơn {order.Code}: {OrderLabels.Of(order.Status)}",
            $"Đơn hàng {order.Code} của {order.ProducerName} ({Standards.Money.Vnd.Display(order.Total)}) chuyển sang \"{OrderLabels.Of(order.Status)}\".");

    private OutboxMessage TellSeller(Order order, string? email, string phone) =>
        Message(email is null ? "sms" : "email", email ?? phone, $"Đơn {order.Code}: {OrderLabels.Of(order.Status)}",
            $"Đơn hàng {order.Code} ({Standards.Money.Vnd.Display(order.Total)}, người nhận {order.RecipientName}) chuyển sang \"{OrderLabels.Of(order.Status)}\".");

    private OutboxMessage Message(string channel, string recipient, string subject, string body) =>
        new() { Channel = channel, Recipient = recipient, Subject = subject, Body = body, CreatedAt = clock.UtcNow() };
}
