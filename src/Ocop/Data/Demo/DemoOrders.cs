using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ocop.Features.Catalog;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Data.Demo;

/// <summary>
/// Demo orders: for several producers (the Sông Mã cooperative first) and the demo buyer (plus a few
/// guests), orders in every status — VietQR orders awaiting, partly and fully paid with their bank
/// notifications, COD orders, packed, shipped with tracking numbers, delivered, completed with
/// reviews, cancelled and expired ones — each with the audit lines its transitions would have
/// written. Stock is taken as checkout would take it (never below zero) and given back for
/// cancelled orders, so the catalogue stays consistent. Deterministic: fixed seed, one batch.
/// </summary>
public sealed partial class DemoSeeder
{
    private const int OrderSeed = DemoPlan.Seed + 17;
    private const int OrderProducers = 8;
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web);

    /// <summary>The story of each demo order: its payment method and the statuses it went through.</summary>
    private static readonly (PaymentMethod Method, OrderStatus[] Path)[] Stories =
    [
        (PaymentMethod.VietQr, [OrderStatus.AwaitingPayment]),
        (PaymentMethod.VietQr, [OrderStatus.AwaitingPayment, OrderStatus.PartiallyPaid]),
        (PaymentMethod.VietQr, [OrderStatus.AwaitingPayment, OrderStatus.Paid]),
        (PaymentMethod.Cod, [OrderStatus.CodPending]),
        (PaymentMethod.VietQr, [OrderStatus.AwaitingPayment, OrderStatus.Paid, OrderStatus.Packed]),
        (PaymentMethod.Cod, [OrderStatus.CodPending, OrderStatus.Packed, OrderStatus.Shipped]),
        (PaymentMethod.VietQr, [OrderStatus.AwaitingPayment, OrderStatus.Paid, OrderStatus.Packed, OrderStatus.Shipped]),
        (PaymentMethod.VietQr, [OrderStatus.AwaitingPayment, OrderStatus.Paid, OrderStatus.Packed, OrderStatus.Shipped, OrderStatus.Delivered]),
        (PaymentMethod.Cod, [OrderStatus.CodPending, OrderStatus.Packed, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.CodCollected]),
        (PaymentMethod.VietQr, [OrderStatus.AwaitingPayment, OrderStatus.Paid, OrderStatus.Packed, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Completed]),
        (PaymentMethod.Cod, [OrderStatus.CodPending, OrderStatus.Packed, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.CodCollected, OrderStatus.Completed]),
        (PaymentMethod.VietQr, [OrderStatus.AwaitingPayment, OrderStatus.Cancelled]),
        (PaymentMethod.Cod, [OrderStatus.CodPending, OrderStatus.Cancelled]),
        (PaymentMethod.VietQr, [OrderStatus.AwaitingPayment, OrderStatus.Paid, OrderStatus.Packed, OrderStatus.Shipped, OrderStatus.Returned]),
    ];

    private static readonly string[] Comments =
    [
        "Hàng đóng gói cẩn thận, giao nhanh. Sẽ ủng hộ tiếp!",
        "Đúng vị đặc sản quê, cả nhà đều thích.",
        "Sản phẩm ngon, giá hợp lý, có tem OCOP rõ ràng.",
        "Giao hơi chậm nhưng chất lượng tốt.",
        "Mua làm quà biếu, người nhận rất vui.",
    ];

    private static readonly string[] Replies =
    [
        "Cảm ơn anh/chị đã tin dùng sản phẩm của hợp tác xã!",
        "Cảm ơn anh/chị, lần sau chúng tôi sẽ giao nhanh hơn.",
    ];

    private sealed record DemoSale(Order Order, PaymentMethod Method, OrderStatus[] Path, string? BuyerName);

    private async Task OrdersAsync(DemoPlan plan, CancellationToken ct)
    {
        var rng = new Random(OrderSeed);
        var now = clock.UtcNow();
        var buyer = await db.Users.AsNoTracking().Where(u => u.Email == "nguoimua@ocop.example").Select(u => new { u.Id, u.FullName }).FirstAsync(ct);
        var carriers = await db.Carriers.AsNoTracking().Include(c => c.Rates).Where(c => c.Code != "self").OrderBy(c => c.Code).ToListAsync(ct);
        var communes = plan.Producers.Select(p => (p.Producer.CommuneCode, p.Producer.ProvinceCode)).Distinct().ToList();
        var stock = plan.Products.ToDictionary(p => p.Product.Id, p => p.Product.Stock);
        var sellers = plan.Producers
            .Where(p => p.Producer.Status == ProducerStatus.Verified && p.Producer.BankAccountNumber is not null)
            .Select(p => p.Producer)
            .Where(p => plan.Products.Count(x => x.Producer == p && x.Product.Status == ProductStatus.Listed && x.Product.Stock >= 10) >= 2)
            .Take(OrderProducers).ToList();

        var sales = new List<DemoSale>();
        foreach (var (producer, index) in sellers.Select((p, i) => (p, i)))
        {
            var products = plan.Products.Where(x => x.Producer == producer && x.Product.Status == ProductStatus.Listed).Select(x => x.Product).ToList();
            // The first producers get every story; the others a rotating handful, so queues differ.
            var stories = index < 2 ? Stories : Stories.Where((_, k) => (k + index) % 3 == 0).ToArray();
            foreach (var (method, path) in stories)
            {
                var guest = rng.Next(4) == 0;
                var (commune, province) = communes[rng.Next(communes.Count)];
                var lines = new List<OrderLine>();
                foreach (var product in products.OrderBy(_ => rng.Next()).Take(rng.Next(1, 3)))
                {
                    var quantity = rng.Next(1, 4);
                    if (stock[product.Id] < quantity) continue;
                    // Checkout takes the stock; a cancelled order gives it back, so only the others keep it taken.
                    if (!path.Contains(OrderStatus.Cancelled)) stock[product.Id] -= quantity;
                    lines.Add(new OrderLine { ProductId = product.Id, ProductName = product.Name, Unit = product.Unit, UnitPrice = product.Price, Quantity = quantity });
                }
                if (lines.Count == 0) continue;
                var weight = lines.Sum(l => l.Quantity * (plan.Products.First(x => x.Product.Id == l.ProductId).Product.NetWeightGrams is > 0 and var g ? g : StockLedger.DefaultWeightGrams));
                var carrier = carriers[rng.Next(carriers.Count)];
                var placedAt = path[^1] == OrderStatus.AwaitingPayment ? now.AddMinutes(-rng.Next(1, 20)) : now.AddDays(-rng.Next(2, 60)).AddMinutes(-rng.Next(0, 600));
                var order = new Order
                {
                    Code = "", CheckoutId = new Guid(MD5.HashData(Encoding.UTF8.GetBytes($"demo-{producer.Id}-{sales.Count}"))),
                    ProducerId = producer.Id, ProducerName = producer.Name,
                    BuyerId = guest ? null : buyer.Id, GuestSession = guest ? "demo-guest" : null,
                    LookupToken = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes($"demo-token-{producer.Id}-{sales.Count}"))),
                    PaymentMethod = method, Status = path[^1],
                    RecipientName = guest ? DemoGuestNames[rng.Next(DemoGuestNames.Length)] : buyer.FullName,
                    Phone = "09" + rng.Next(10_000_000, 99_999_999), AddressLine = $"Số {rng.Next(1, 200)}, thôn {rng.Next(1, 12)}",
                    CommuneCode = commune, ProvinceCode = province, CarrierCode = carrier.Code,
                    Subtotal = lines.Sum(l => l.UnitPrice * l.Quantity),
                    ShippingFee = ShippingFees.Quote(carrier, producer.ProvinceCode, province, weight).Fee ?? 35_000,
                    PlacedAt = placedAt, PayeeBankBin = producer.BankBin, PayeeAccountNumber = producer.BankAccountNumber, PayeeAccountName = producer.BankAccountName,
                    Lines = lines,
                };
                order.Total = order.Subtotal + order.ShippingFee;
                sales.Add(new DemoSale(order, method, path, guest ? null : buyer.FullName));
            }
        }
        await numbers.AssignAsync(db, sales.Select(s => s.Order).ToList(), ct);
        db.Orders.AddRange(sales.Select(s => s.Order));
        foreach (var sale in sales) Walk(sale, rng, now);
        await db.SaveChangesAsync(ct);
        ReviewsFor(sales, rng);
        UnmatchedTransfer(sellers[0], now);
        await db.SaveChangesAsync(ct);

        foreach (var (productId, left) in stock.Where(s => s.Value != plan.Products.First(p => p.Product.Id == s.Key).Product.Stock))
            await db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, left), ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("Demo orders: {Orders} for {Producers} producers", sales.Count, sellers.Count);
    }

    private static readonly string[] DemoGuestNames = ["Trần Văn Hùng", "Lê Thị Hoa", "Phạm Minh Tuấn", "Hoàng Thu Trang"];

    /// <summary>Sets the timestamps, payments and audit lines of the order's path, as the workflow would have written them.</summary>
    private void Walk(DemoSale sale, Random rng, DateTime now)
    {
        var o = sale.Order;
        var at = o.PlacedAt;
        var previous = OrderStatus.Placed;
        foreach (var status in sale.Path)
        {
            if (status != sale.Path[0]) at = at.AddHours(rng.Next(2, 30)) is var next && next < now ? next : now.AddMinutes(-1);
            string action;
            string actor = "hệ thống";
            switch (status)
            {
                case OrderStatus.AwaitingPayment or OrderStatus.CodPending:
                    action = "order.placed";
                    actor = sale.BuyerName ?? "khách";
                    // Demo orders awaiting payment keep their stock for a day, so the payment page stays visible while exploring.
                    o.PaymentDeadline = status == OrderStatus.AwaitingPayment ? now.AddDays(1) : null;
                    break;
                case OrderStatus.PartiallyPaid or OrderStatus.Paid:
                    action = "order.paymentReceived";
                    var amount = status == OrderStatus.Paid ? o.Total - o.AmountPaid : o.Total / 2;
                    o.AmountPaid += amount;
                    if (status == OrderStatus.Paid) o.PaidAt = at;
                    db.PaymentNotifications.Add(new PaymentNotification
                    {
                        Provider = "sepay", TransactionId = $"demo-{o.Id}-{(int)status}", Amount = amount, Content = $"{o.Code} chuyen tien mua hang",
                        AccountNumber = o.PayeeAccountNumber, ReceivedAt = at, State = PaymentNotificationState.Applied, OrderId = o.Id, ProducerId = o.ProducerId,
                    });
                    break;
                case OrderStatus.Packed:
                    action = "order.pack";
                    actor = o.ProducerName;
                    break;
                case OrderStatus.Shipped:
                    action = "order.ship";
                    actor = o.ProducerName;
                    o.TrackingNumber = $"{o.CarrierCode.ToUpperInvariant()}{o.Id:D8}VN";
                    o.ShippedAt = at;
                    break;
                case OrderStatus.Delivered:
                    action = "order.deliver";
                    o.DeliveredAt = at;
                    break;
                case OrderStatus.CodCollected:
                    action = "order.collectCod";
                    actor = o.ProducerName;
                    o.AmountPaid = o.Total;
                    o.PaidAt = at;
                    break;
                case OrderStatus.Completed:
                    action = "order.complete";
                    o.ClosedAt = at;
                    break;
                case OrderStatus.Cancelled:
                    action = "order.cancel";
                    actor = sale.BuyerName ?? "khách";
                    o.CancelReason = "Đặt nhầm số lượng";
                    o.ClosedAt = at;
                    break;
                default:
                    action = "order.return";
                    actor = o.ProducerName;
                    o.CancelReason = "Người nhận không nghe máy, hàng hoàn về";
                    o.ClosedAt = at;
                    break;
            }
            db.AuditLog.Add(new AuditEntry
            {
                At = at, ActorName = actor, Action = action, EntityType = "order", EntityId = o.Code,
                Before = previous == OrderStatus.Placed ? null : JsonSerializer.Serialize(new { Status = previous.ToString() }, AuditJson),
                After = JsonSerializer.Serialize(new { Status = status.ToString(), o.AmountPaid, o.CarrierCode, o.TrackingNumber }, AuditJson),
                Reason = status is OrderStatus.Cancelled or OrderStatus.Returned ? o.CancelReason : null,
            });
            previous = status;
        }
    }

    /// <summary>The demo buyer rates most products of received orders; producers answer some.</summary>
    private void ReviewsFor(List<DemoSale> sales, Random rng)
    {
        foreach (var sale in sales.Where(s => s.Order.BuyerId is not null && Order.Received.Contains(s.Order.Status)))
        {
            foreach (var line in sale.Order.Lines.DistinctBy(l => l.ProductId))
            {
                if (rng.Next(5) == 0) continue;
                var created = (sale.Order.DeliveredAt ?? sale.Order.PlacedAt).AddHours(rng.Next(1, 48));
                var replied = rng.Next(2) == 0;
                db.Reviews.Add(new Review
                {
                    ProductId = line.ProductId, OrderId = sale.Order.Id, ProducerId = sale.Order.ProducerId, BuyerId = sale.Order.BuyerId!,
                    BuyerName = sale.BuyerName!, Rating = rng.Next(10) < 7 ? 5 : rng.Next(3, 5), Comment = Comments[rng.Next(Comments.Length)],
                    CreatedAt = created, Reply = replied ? Replies[rng.Next(Replies.Length)] : null, RepliedAt = replied ? created.AddHours(5) : null,
                });
            }
        }
    }

    /// <summary>A transfer to the first producer's account whose memo names no order: it waits in the unmatched queue.</summary>
    private void UnmatchedTransfer(Producer producer, DateTime now) => db.PaymentNotifications.Add(new PaymentNotification
    {
        Provider = "sepay", TransactionId = "demo-unmatched-1", Amount = 150_000, Content = "chuyen tien mua nhan say",
        AccountNumber = producer.BankAccountNumber, ReceivedAt = now.AddHours(-3), State = PaymentNotificationState.Unmatched, ProducerId = producer.Id,
        Note = "Không tìm thấy mã đơn trong nội dung chuyển khoản.",
    });
}
