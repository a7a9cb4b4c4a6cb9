using Ocop.Features.Catalog;
using Ocop.Features.Geography;
using Ocop.Features.Identity;

namespace Ocop.Features.Commerce;

public sealed record OrderLineDto(int ProductId, string Name, string Unit, long UnitPrice, int Quantity, long Discount, long Total, int? ComboId, int? LotId = null);
public sealed record OrderDto(string Code, string Status, string StatusLabel, string PaymentMethod, DateTime PlacedAt, ProducerRef Producer,
    string RecipientName, string Phone, string Address, string CommuneCode, string CommuneName, string ProvinceName, string? Note,
    string Carrier, string? TrackingNumber, IReadOnlyList<OrderLineDto> Lines, long Subtotal, long Discount, long ShippingFee, long Total,
    long AmountPaid, long Remaining, bool Overpaid, DateTime? PaymentDeadline, DateTime? PaidAt, DateTime? ShippedAt, DateTime? DeliveredAt,
    DateTime? ClosedAt, string? CancelReason, VietQrInfo? VietQr, string CarrierName, DateTime? TransferReportedAt = null, RefundDto? Refund = null);
public sealed record OrderSummary(string Code, string Status, string StatusLabel, DateTime PlacedAt, ProducerRef Producer, string RecipientName,
    long Total, long Remaining, string PaymentMethod, string? TrackingNumber, DateTime? TransferReportedAt = null, string? Phone = null);

/// <summary>Order reads: a buyer's history, a seller's queue, one order for whoever may see it.</summary>
public sealed class OrderQueries(OcopDb db, OrderAccess access, CurrentUser me, GuestSession guest, GeographyDirectory geo, ShippingFees fees)
{
    public async Task<Result<Order>> VisibleAsync(string code, string? token, CancellationToken ct = default)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Code == code, ct);
        return order is not null && access.ActorFor(order, token) is not null ? order : OrderAccess.NotFound(code);
    }

    public async Task<Result<OrderDto>> DetailAsync(string code, string? token, CancellationToken ct = default)
    {
        var order = await VisibleAsync(code, token, ct);
        return order.Ok ? await ToDtoAsync(order.Value!, ct) : order.Error!;
    }

    public async Task<List<OrderSummary>> MineAsync(CancellationToken ct = default)
    {
        if (me.Id is null) return [];
        var rows = await db.Orders.AsNoTracking().Where(o => o.BuyerId == me.Id).OrderByDescending(o => o.Id).Take(200).ToListAsync(ct);
        return rows.Select(Summary).ToList();
    }

    /// <summary>The orders placed by this browser's guest session (a guest's history without an account).</summary>
    public async Task<List<OrderSummary>> OfGuestSessionAsync(CancellationToken ct = default)
    {
        if (guest.Current is not { } session) return [];
        var rows = await db.Orders.AsNoTracking().Where(o => o.BuyerId == null && o.GuestSession == session).OrderByDescending(o => o.Id).Take(50).ToListAsync(ct);
        return rows.Select(Summary).ToList();
    }

    public static OrderSummary Summary(Order o) => new(o.Code, o.Status.ToString(), OrderLabels.Of(o.Status), o.PlacedAt,
        new ProducerRef(o.ProducerId, o.ProducerName), o.RecipientName, o.Total, o.Remaining, o.PaymentMethod == PaymentMethod.VietQr ? "vietqr" : "cod", o.TrackingNumber,
        o.TransferReportedAt, o.Phone);

    /// <summary>The order as shown and served: the carrier by its name as well as its code, and its refund if one is owed or was paid back.</summary>
    public async Task<OrderDto> ToDtoAsync(Order o, CancellationToken ct = default)
    {
        var carriers = await fees.CarriersAsync(ct);
        var refund = o.Status is OrderStatus.Cancelled or OrderStatus.Returned
            ? await db.Refunds.AsNoTracking().FirstOrDefaultAsync(r => r.OrderId == o.Id, ct) : null;
        return ToDto(o, carriers.FirstOrDefault(c => c.Code == o.CarrierCode)?.Name ?? o.CarrierCode, refund);
    }

    private OrderDto ToDto(Order o, string carrierName, Refund? refund) => new(o.Code, o.Status.ToString(), OrderLabels.Of(o.Status), o.PaymentMethod == PaymentMethod.VietQr ? "vietqr" : "cod",
        o.PlacedAt, new ProducerRef(o.ProducerId, o.ProducerName), o.RecipientName, o.Phone, o.AddressLine, o.CommuneCode,
        geo.Commune(o.CommuneCode)?.Name ?? "", geo.Province(o.ProvinceCode)?.Name ?? "", o.Note, o.CarrierCode, o.TrackingNumber,
        o.Lines.OrderBy(l => l.Id).Select(l => new OrderLineDto(l.ProductId, l.ProductName, l.Unit, l.UnitPrice, l.Quantity, l.Discount, l.Total, l.ComboId, l.LotId)).ToList(),
        o.Subtotal, o.Discount, o.ShippingFee, o.Total, o.AmountPaid, o.Remaining, o.Overpaid, o.PaymentDeadline, o.PaidAt, o.ShippedAt,
        o.DeliveredAt, o.ClosedAt, o.CancelReason, o.IsPayable ? VietQrPayment.Info(o) : null, carrierName, o.TransferReportedAt,
        refund is null ? null : Refunds.ToDto(refund));
}
