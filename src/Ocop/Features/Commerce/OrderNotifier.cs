using Ocop.Features.Identity;

namespace Ocop.Features.Commerce;

/// <summary>Tells the buyer (SMS to the order's phone) and, for the events they act on, the producer, through the outbox.</summary>
public sealed class OrderNotifier(OcopDb db, TimeProvider clock)
{
    private static readonly OrderStatus[] SellerEvents =
        [OrderStatus.AwaitingPayment, OrderStatus.CodPending, OrderStatus.Paid, OrderStatus.PartiallyPaid, OrderStatus.Cancelled];

    public async Task StatusChangedAsync(Order order, CancellationToken ct = default)
    {
        var label = TellBuyer(order);
        if (!SellerEvents.Contains(order.Status)) return;
        var seller = await db.Producers.AsNoTracking().Where(p => p.Id == order.ProducerId).Select(p => new { p.Email, p.Phone }).FirstAsync(ct);
        TellSeller(order, label, seller.Email, seller.Phone);
    }

    /// <summary>The same, when the caller already has the producer's contact (checkout reads it with the payee).</summary>
    public void StatusChanged(Order order, string? sellerEmail, string sellerPhone)
    {
        var label = TellBuyer(order);
        if (SellerEvents.Contains(order.Status)) TellSeller(order, label, sellerEmail, sellerPhone);
    }

    private string TellBuyer(Order order)
    {
        var label = OrderLabels.Of(order.Status);
        Add("sms", order.Phone, $"Đơn {order.Code}: {label}",
            $"Đơn hàng {order.Code} của {order.ProducerName} ({Standards.Money.Vnd.Display(order.Total)}) chuyển sang \"{label}\".");
        return label;
    }

    private void TellSeller(Order order, string label, string? email, string phone) =>
        Add(email is null ? "sms" : "email", email ?? phone, $"Đơn {order.Code}: {label}",
            $"Đơn hàng {order.Code} ({Standards.Money.Vnd.Display(order.Total)}, người nhận {order.RecipientName}) chuyển sang \"{label}\".");

    private void Add(string channel, string recipient, string subject, string body) =>
        db.Outbox.Add(new OutboxMessage { Channel = channel, Recipient = recipient, Subject = subject, Body = body, CreatedAt = clock.UtcNow() });
}
