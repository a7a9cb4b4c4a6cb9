namespace Ocop.Features.Commerce;

public enum OrderStatus
{
    Placed = 0,
    AwaitingPayment = 1,
    PartiallyPaid = 2,
    Paid = 3,
    CodPending = 4,
    Packed = 5,
    Shipped = 6,
    Delivered = 7,
    CodCollected = 8,
    Completed = 9,
    Cancelled = 10,
    Returned = 11,
}

public enum PaymentMethod { VietQr = 1, Cod = 2 }

/// <summary>Who asks for a transition: the rules differ for the buyer, the seller, the system (expiry, bank, carrier).</summary>
public enum OrderActor { Buyer, Seller, System }

/// <summary>
/// One producer's part of a checkout. Prices, fee and totals are copied at purchase and never
/// recomputed. Every status change goes through a guarded method here; the status is the EF
/// concurrency token, so a change saved after someone else's (expiry versus payment, two
/// cancellations) fails instead of applying twice.
/// </summary>
public sealed class Order
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public Guid CheckoutId { get; set; }
    public int ProducerId { get; set; }
    public required string ProducerName { get; set; }
    public string? BuyerId { get; set; }
    public string? GuestSession { get; set; }
    public required string LookupToken { get; set; }
    public OrderStatus Status { get; set; }
    public PaymentMethod PaymentMethod { get; set; }
    public required string RecipientName { get; set; }
    public required string Phone { get; set; }
    public required string AddressLine { get; set; }
    public required string CommuneCode { get; set; }
    public required string ProvinceCode { get; set; }
    public string? Note { get; set; }
    public required string CarrierCode { get; set; }
    public string? TrackingNumber { get; set; }
    /// <summary>The producer's bank account at purchase: the VietQR keeps paying where the order said.</summary>
    public string? PayeeBankBin { get; set; }
    public string? PayeeAccountNumber { get; set; }
    public string? PayeeAccountName { get; set; }
    public long Subtotal { get; set; }
    public long Discount { get; set; }
    public long ShippingFee { get; set; }
    public long Total { get; set; }
    public long AmountPaid { get; set; }
    public bool Overpaid { get; set; }
    public DateTime? PaymentDeadline { get; set; }
    /// <summary>When the buyer said "Tôi đã chuyển khoản": the hold was extended once for the producer to check the account.</summary>
    public DateTime? TransferReportedAt { get; set; }
    public DateTime PlacedAt { get; set; }
    public DateTime? PaidAt { get; set; }
    public DateTime? ShippedAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? CancelReason { get; set; }
    /// <summary>The livestream session the order was placed from (its page or one of its deals), for the session's figures.</summary>
    public int? LivestreamId { get; set; }
    public List<OrderLine> Lines { get; set; } = [];

    public long Remaining => Math.Max(0, Total - AmountPaid);

    /// <summary><c>DH</c> + yyMMdd (Vietnam date) + the database id, at least 6 digits: unique because the id is.</summary>
    public static string CodeFor(int id, DateTime placedAtUtc) => $"DH{VietnamTime.ToLocal(placedAtUtc):yyMMdd}{id:D6}";

    /// <summary>Statuses in which the stock of the order is still taken and may be returned by a cancellation.</summary>
    public static readonly OrderStatus[] Cancellable =
        [OrderStatus.AwaitingPayment, OrderStatus.PartiallyPaid, OrderStatus.CodPending, OrderStatus.Paid, OrderStatus.Packed];

    /// <summary>Statuses after which the buyer has received the goods and may review them.</summary>
    public static readonly OrderStatus[] Received = [OrderStatus.Delivered, OrderStatus.CodCollected, OrderStatus.Completed];

    public bool IsPayable => PaymentMethod == PaymentMethod.VietQr && Status is OrderStatus.AwaitingPayment or OrderStatus.PartiallyPaid;

    public AppError? Place(DateTime? deadline)
    {
        if (Status != OrderStatus.Placed) return Refuse("đặt");
        Status = PaymentMethod == PaymentMethod.VietQr ? OrderStatus.AwaitingPayment : OrderStatus.CodPending;
        PaymentDeadline = PaymentMethod == PaymentMethod.VietQr ? deadline : null;
        return null;
    }

    /// <summary>Adds a bank transfer: exact or more → Paid (more sets <see cref="Overpaid"/>); less → PartiallyPaid.</summary>
    public AppError? ReceivePayment(long amount, DateTime now)
    {
        if (amount <= 0) return AppError.Validation("amount", "Số tiền phải lớn hơn 0.");
        if (!IsPayable) return Refuse("ghi nhận thanh toán cho");
        AmountPaid += amount;
        if (AmountPaid >= Total)
        {
            Status = OrderStatus.Paid;
            Overpaid = AmountPaid > Total;
            PaidAt = now;
        }
        else Status = OrderStatus.PartiallyPaid;
        return null;
    }

    /// <summary>
    /// The buyer says the transfer was made: once, while the order awaits payment, the deadline moves to
    /// <paramref name="holdUntil"/> (never earlier than it was), so the expiry job does not cancel an order
    /// that may have been paid while the producer confirms by hand.
    /// </summary>
    public AppError? ReportTransfer(OrderActor actor, DateTime now, DateTime holdUntil)
    {
        if (actor != OrderActor.Buyer) return AppError.Forbidden("Chỉ người mua báo đã chuyển khoản.");
        if (!IsPayable) return Refuse("báo đã chuyển khoản cho");
        if (TransferReportedAt is { } reported)
            return AppError.Conflict(Lang.Text("Bạn đã báo chuyển khoản cho đơn {0} lúc {1}; người bán đang kiểm tra.", Code, VietnamTime.DateTime(reported)));
        TransferReportedAt = now;
        if (PaymentDeadline is null || PaymentDeadline < holdUntil) PaymentDeadline = holdUntil;
        return null;
    }

    /// <summary>What the producer owes back once the order is cancelled or returned: everything received.</summary>
    public long RefundDue => Status is OrderStatus.Cancelled or OrderStatus.Returned ? AmountPaid : 0;

    public AppError? Pack(OrderActor actor)
    {
        if (actor != OrderActor.Seller) return AppError.Forbidden("Chỉ người bán đóng gói đơn hàng.");
        if (Status is OrderStatus.AwaitingPayment or OrderStatus.PartiallyPaid) return Unpaid();
        return Status is OrderStatus.Paid or OrderStatus.CodPending ? Move(OrderStatus.Packed) : Refuse("đóng gói");
    }

    /// <summary>The seller names the lot each product was taken from, while packing or shipping; other products stay as they were.</summary>
    public AppError? PickLots(OrderActor actor, IReadOnlyList<LotPick>? picks)
    {
        if (picks is not { Count: > 0 }) return null;
        if (actor != OrderActor.Seller) return AppError.Forbidden("Chỉ người bán chọn lô hàng.");
        if (Status is not (OrderStatus.Paid or OrderStatus.CodPending or OrderStatus.Packed))
            return Refuse("chọn lô hàng cho");
        foreach (var pick in picks)
        {
            var lines = Lines.Where(l => l.ProductId == pick.ProductId).ToList();
            if (lines.Count == 0) return AppError.Validation("lots", $"Đơn {Code} không có sản phẩm mã {pick.ProductId}.");
            foreach (var line in lines) line.LotId = pick.LotId;
        }
        return null;
    }

    public AppError? Ship(OrderActor actor, string carrierCode, string trackingNumber, DateTime now)
    {
        if (actor != OrderActor.Seller) return AppError.Forbidden("Chỉ người bán giao hàng cho đơn vị vận chuyển.");
        if (Status is OrderStatus.AwaitingPayment or OrderStatus.PartiallyPaid) return Unpaid();
        if (Status is not (OrderStatus.Paid or OrderStatus.CodPending or OrderStatus.Packed)) return Refuse("giao cho đơn vị vận chuyển");
        CarrierCode = carrierCode;
        TrackingNumber = trackingNumber;
        ShippedAt = now;
        return Move(OrderStatus.Shipped);
    }

    public AppError? Deliver(OrderActor actor, DateTime now)
    {
        if (actor == OrderActor.Buyer) return AppError.Forbidden("Người bán hoặc đơn vị vận chuyển xác nhận đã giao.");
        if (Status != OrderStatus.Shipped) return Refuse("xác nhận đã giao");
        DeliveredAt = now;
        return Move(OrderStatus.Delivered);
    }

    public AppError? CollectCod(OrderActor actor, DateTime now)
    {
        if (actor != OrderActor.Seller) return AppError.Forbidden("Chỉ người bán xác nhận đã thu tiền hộ.");
        if (PaymentMethod != PaymentMethod.Cod || Status != OrderStatus.Delivered) return Refuse("xác nhận đã thu tiền hộ (COD)");
        AmountPaid = Total;
        PaidAt = now;
        return Move(OrderStatus.CodCollected);
    }

    public AppError? Complete(OrderActor actor, DateTime now)
    {
        var ready = PaymentMethod == PaymentMethod.Cod ? Status == OrderStatus.CodCollected : Status == OrderStatus.Delivered;
        if (!ready) return Refuse("hoàn tất");
        ClosedAt = now;
        return Move(OrderStatus.Completed);
    }

    /// <summary>
    /// The buyer may cancel before anything was paid or packed; the seller until the parcel leaves; the system
    /// a transfer not paid in full by its deadline (a part paid becomes a refund, see <see cref="RefundDue"/>).
    /// </summary>
    public AppError? Cancel(OrderActor actor, string? reason, DateTime now)
    {
        var allowed = actor switch
        {
            OrderActor.Buyer => Status is OrderStatus.AwaitingPayment or OrderStatus.CodPending,
            OrderActor.Seller => Cancellable.Contains(Status),
            _ => Status is OrderStatus.AwaitingPayment or OrderStatus.PartiallyPaid,
        };
        if (!allowed) return Refuse("huỷ");
        CancelReason = reason;
        ClosedAt = now;
        return Move(OrderStatus.Cancelled);
    }

    public AppError? Return(OrderActor actor, string? reason, DateTime now)
    {
        if (actor == OrderActor.Buyer) return AppError.Forbidden("Người bán hoặc đơn vị vận chuyển ghi nhận hàng hoàn.");
        if (Status is not (OrderStatus.Shipped or OrderStatus.Delivered)) return Refuse("ghi nhận hoàn hàng cho");
        CancelReason = reason;
        ClosedAt = now;
        return Move(OrderStatus.Returned);
    }

    private AppError? Move(OrderStatus to)
    {
        Status = to;
        return null;
    }

    private AppError Refuse(string verb) =>
        AppError.Conflict($"Không thể {verb} đơn {Code} ở trạng thái \"{OrderLabels.Of(Status)}\".");

    private AppError Unpaid() =>
        AppError.Conflict($"Đơn {Code} thanh toán chuyển khoản chưa được trả đủ (còn thiếu {Standards.Money.Vnd.Display(Remaining)}); chưa thể đóng gói hay giao hàng.");
}

/// <summary>The lot a product of the order was taken from.</summary>
public sealed record LotPick(int ProductId, int LotId);

/// <summary>A product line as bought: name, unit price and quantity at purchase; discount is its share of a combo's saving.</summary>
public sealed class OrderLine
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public int ProductId { get; set; }
    public required string ProductName { get; set; }
    public required string Unit { get; set; }
    public long UnitPrice { get; set; }
    public int Quantity { get; set; }
    public long Discount { get; set; }
    public int? ComboId { get; set; }
    public string? DealId { get; set; }
    /// <summary>The lot (batch) the seller picked at packing; an opaque id owned by the module that records lots.</summary>
    public int? LotId { get; set; }
    public long Total => UnitPrice * Quantity - Discount;
}

public static class OrderLabels
{
    public static string Of(OrderStatus s) => s switch
    {
        OrderStatus.Placed => "Mới đặt",
        OrderStatus.AwaitingPayment => "Chờ thanh toán",
        OrderStatus.PartiallyPaid => "Đã trả một phần",
        OrderStatus.Paid => "Đã thanh toán",
        OrderStatus.CodPending => "Chờ giao (thu tiền khi nhận)",
        OrderStatus.Packed => "Đã đóng gói",
        OrderStatus.Shipped => "Đang giao",
        OrderStatus.Delivered => "Đã giao",
        OrderStatus.CodCollected => "Đã thu tiền COD",
        OrderStatus.Completed => "Hoàn tất",
        OrderStatus.Cancelled => "Đã huỷ",
        OrderStatus.Returned => "Hoàn hàng",
        _ => s.ToString(),
    };
}
