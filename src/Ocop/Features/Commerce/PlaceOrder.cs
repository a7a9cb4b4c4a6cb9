using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Ocop.Features.Catalog;
using Ocop.Features.Geography;
using Ocop.Features.Identity;

namespace Ocop.Features.Commerce;

public sealed record ShippingInput(string? Name, string? Phone, string? Address, string? CommuneCode, string? Carrier, string? Note);
/// <summary>
/// A checkout; <paramref name="LivestreamId"/> attributes the orders to a livestream session (also implied by its deals).
/// <paramref name="ExpectedTotal"/> is the total the buyer saw (goods after discounts plus every producer's shipping):
/// when given and the checkout now comes to another amount, nothing is placed and the answer is 409 naming the new total.
/// </summary>
public sealed record CheckoutRequest(List<CheckoutItem>? Items, ShippingInput? Shipping, string? PaymentMethod, int? LivestreamId = null,
    long? ExpectedTotal = null);
public sealed record PaymentInfo(string Method, long Amount, DateTime? Deadline, VietQrInfo? VietQr);
public sealed record PlacedOrder(string Code, string Status, long Subtotal, long Discount, long ShippingFee, long Total,
    ProducerRef Producer, PaymentInfo Payment, string? LookupToken);
public sealed record CheckoutResponse(IReadOnlyList<PlacedOrder> Orders);

/// <summary>
/// Checkout: validates the request, prices it from the catalogue, then in one short transaction
/// records the idempotency key, takes the stock of every line (one conditional UPDATE each, in
/// product order so concurrent checkouts cannot deadlock), claims special offers and writes one
/// order per producer with its audit line and notifications. Any short line rolls everything back.
/// </summary>
public sealed class PlaceOrder(OcopDb db, CheckoutPricing pricing, SpecialOffers offers, ShippingFees fees,
    GeographyDirectory geo, AuditLog audit, OrderNotifier notifier, CurrentUser me, GuestSession guest, OrderAttribution attribution,
    Infrastructure.Events.IEventBus events, IOptions<CommerceOptions> options, TimeProvider clock, ILogger<PlaceOrder> logger, WriteGate writeGate,
    OrderNumbers numbers)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private const int Attempts = 5;

    /// <summary>The response, and whether it is the stored answer to an earlier request with the same key.</summary>
    public async Task<Result<(CheckoutResponse Response, bool Replayed)>> RunAsync(string? idempotencyKey, CheckoutRequest request, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 100)
            return AppError.Validation("Idempotency-Key", "Cần header Idempotency-Key (tối đa 100 ký tự) để một đơn không bị đặt hai lần.");
        var scope = guest.Scope();
        // A replay is found by the key's unique index when the checkout writes it; the stored answer is
        // looked up first only when this request would be refused before that (the products may have
        // sold out or changed since the first answer), so a fresh checkout costs no extra read.
        async Task<Result<(CheckoutResponse, bool)>> Refuse(AppError error) =>
            await StoredAsync(scope, idempotencyKey, ct) is { } earlier ? (earlier, true) : error;

        var checkedInput = Validate(request, out var method, out var commune);
        if (checkedInput is not null) return await Refuse(checkedInput);
        // Priced first from the product facts in memory (the stock takes re-check them); anything that refuses
        // is decided again from the catalogue as it is now, so memory can speed a checkout but never refuse one.
        var prepared = await PrepareAsync(request, method, commune!, fromMemory: true, ct);
        if (!prepared.Ok) prepared = await PrepareAsync(request, method, commune!, fromMemory: false, ct);
        if (!prepared.Ok) return await Refuse(prepared.Error!);

        // Any failure inside the checkout's transaction rolls all of it back, so EF's savepoint around
        // each SaveChanges (two more round trips each on PostgreSQL) would protect nothing.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var (cart, quotes, livestreamId) = prepared.Value!;
                    var placed = await PlaceOnceAsync(scope, idempotencyKey, request.Shipping!, method, commune!, cart, quotes, livestreamId, ct);
                    if (placed.Value is { Refused: { } refused })
                    {
                        if (!cart.FromMemory) return CheckoutPricing.OutOfStock(cart.Products[refused].Name);
                        logger.LogDebug("Checkout priced afresh: the take of product {ProductId} was refused", refused);
                        prepared = await PrepareAsync(request, method, commune!, fromMemory: false, ct);
                        if (!prepared.Ok) return await Refuse(prepared.Error!);
                        continue;
                    }
                    if (placed.Value is { Orders: { } fresh }) await PublishAsync(fresh, ct);
                    return placed.Ok ? (placed.Value!.Response!, placed.Value.Orders is null) : placed.Error!;
                }
                catch (Exception e) when (DbErrors.IsBusy(e) && attempt < Attempts)
                {
                    db.ChangeTracker.Clear();
                    logger.LogInformation("Checkout retried after SQLite busy (attempt {Attempt})", attempt);
                    await Task.Delay(Random.Shared.Next(20, 100) * attempt, ct);
                }
            }
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
        }
    }

    private sealed record Prepared(PricedCart Cart, Dictionary<int, long> Quotes, int? LivestreamId);

    /// <summary>The cart priced, attributed and quoted for shipping: everything a checkout decides before it writes.</summary>
    private async Task<Result<Prepared>> PrepareAsync(CheckoutRequest request, PaymentMethod method, Commune commune, bool fromMemory, CancellationToken ct)
    {
        var priced = await pricing.PriceAsync(request.Items, ct, forCheckout: fromMemory);
        if (!priced.Ok) return priced.Error!;
        var cart = priced.Value!;
        var attributed = await attribution.ResolveAsync(request.LivestreamId, cart.Parcels.SelectMany(p => p.Lines).Select(l => l.DealId).OfType<string>().ToList(), ct);
        if (!attributed.Ok) return attributed.Error!;
        var carriers = await fees.CarriersAsync(ct);
        var carrier = carriers.FirstOrDefault(c => c.Code == request.Shipping!.Carrier);
        if (carrier is null) return AppError.Validation("shipping.carrier", "Đơn vị vận chuyển không hợp lệ.");
        var quotes = new Dictionary<int, long>();
        foreach (var parcel in cart.Parcels)
        {
            var quote = ShippingFees.Quote(carrier, parcel.ProvinceCode, commune.ProvinceCode, parcel.WeightGrams);
            if (quote.Fee is null)
                return AppError.Validation("shipping.carrier", $"{carrier.Name} không nhận giao hàng của {parcel.ProducerName} đến {geo.Province(commune.ProvinceCode)?.Name}.");
            quotes[parcel.ProducerId] = quote.Fee.Value;
            if (method == PaymentMethod.VietQr && (parcel.Seller.BankBin is null || parcel.Seller.AccountNumber is null))
                return AppError.Validation("paymentMethod", $"{parcel.ProducerName} chưa có tài khoản nhận chuyển khoản; hãy chọn thanh toán khi nhận hàng (COD).");
        }
        var total = cart.Parcels.Sum(p => p.Subtotal - p.Discount + quotes[p.ProducerId]);
        if (request.ExpectedTotal is { } seen && seen != total) return PriceChanged(seen, total);
        return new Prepared(cart, quotes, attributed.Value);
    }

    /// <summary>The 409 of a checkout whose total is no longer the one the buyer saw; <c>newTotal</c> rides in the problem body.</summary>
    public static AppError PriceChanged(long seen, long total) => new(
        Lang.Text("Tổng tiền đã thay đổi: nay là {0} (bạn đã xem {1}). Chưa có đơn nào được đặt; hãy xem lại rồi đặt hàng.", Standards.Money.Vnd.Display(total), Standards.Money.Vnd.Display(seen)),
        409, Extensions: new Dictionary<string, object?> { ["newTotal"] = total, ["expectedTotal"] = seen });

    private AppError? Validate(CheckoutRequest request, out PaymentMethod method, out Commune? commune)
    {
        var v = new Validation();
        method = request.PaymentMethod?.Trim().ToLowerInvariant() switch
        {
            "vietqr" => PaymentMethod.VietQr,
            "cod" => PaymentMethod.Cod,
            _ => 0,
        };
        v.Require(method != 0, "paymentMethod", "Hình thức thanh toán phải là \"vietqr\" hoặc \"cod\".");
        var s = request.Shipping;
        commune = geo.Commune(s?.CommuneCode);
        if (s is null) return v.Add("shipping", "Thiếu thông tin giao hàng.").ToError();
        v.Require(!string.IsNullOrWhiteSpace(s.Name) && s.Name.Trim().Length <= 120, "shipping.name", "Vui lòng nhập tên người nhận (tối đa 120 ký tự).");
        v.Require(!Html.ContainsMarkup(s.Name), "shipping.name", "Không được nhập mã HTML hoặc script.");
        v.Require(PhoneNumbers.IsValid(s.Phone), "shipping.phone", "Số điện thoại không hợp lệ (10 số, bắt đầu bằng 0).");
        v.Require(!string.IsNullOrWhiteSpace(s.Address) && s.Address.Trim().Length <= 300, "shipping.address", "Vui lòng nhập địa chỉ (số nhà, thôn/xóm, tối đa 300 ký tự).");
        v.Require(!Html.ContainsMarkup(s.Address) && !Html.ContainsMarkup(s.Note), "shipping.address", "Không được nhập mã HTML hoặc script.");
        v.Require(s.Note is null || s.Note.Length <= 500, "shipping.note", "Ghi chú tối đa 500 ký tự.");
        v.Require(commune is not null, "shipping.communeCode", "Mã xã/phường không có trong danh mục đơn vị hành chính.");
        v.Require(!string.IsNullOrWhiteSpace(s.Carrier), "shipping.carrier", "Vui lòng chọn đơn vị vận chuyển.");
        return v.HasErrors ? v.ToError() : null;
    }

    /// <summary>The answer and the orders written (none when it is the stored answer of an earlier request), or the product whose take was refused.</summary>
    private sealed record Placement(CheckoutResponse? Response, IReadOnlyList<Order>? Orders, int? Refused = null);

    /// <summary>After commit: live news of the orders (the livestream ticker), never their record.</summary>
    private async Task PublishAsync(IReadOnlyList<Order> orders, CancellationToken ct)
    {
        foreach (var o in orders)
            await events.PublishAsync(OrderPlaced.From(o), ct);
    }

    private async Task<Result<Placement>> PlaceOnceAsync(string scope, string key, ShippingInput shipping, PaymentMethod method,
        Commune commune, PricedCart cart, Dictionary<int, long> fees, int? livestreamId, CancellationToken ct)
    {
        var now = clock.UtcNow();
        var deadline = method == PaymentMethod.VietQr ? now.AddMinutes(options.Value.PaymentHoldMinutes) : (DateTime?)null;
        var orders = new List<Order>();
        var checkoutId = Guid.NewGuid();
        foreach (var parcel in cart.Parcels)
        {
            var payee = parcel.Seller;
            var order = new Order
            {
                Code = "", CheckoutId = checkoutId, ProducerId = parcel.ProducerId, ProducerName = parcel.ProducerName,
                BuyerId = me.IsAuthenticated ? me.Id : null, GuestSession = me.IsAuthenticated ? null : guest.Current,
                LookupToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), PaymentMethod = method,
                RecipientName = shipping.Name!.Trim(), Phone = PhoneNumbers.Normalize(shipping.Phone!), AddressLine = shipping.Address!.Trim(),
                CommuneCode = commune.Code, ProvinceCode = commune.ProvinceCode, Note = string.IsNullOrWhiteSpace(shipping.Note) ? null : shipping.Note.Trim(),
                CarrierCode = shipping.Carrier!, Subtotal = parcel.Subtotal, Discount = parcel.Discount, ShippingFee = fees[parcel.ProducerId],
                PlacedAt = now, LivestreamId = livestreamId, PayeeBankBin = payee.BankBin, PayeeAccountNumber = payee.AccountNumber, PayeeAccountName = payee.AccountName,
                Lines = parcel.Lines.Select(l => new OrderLine
                {
                    ProductId = l.ProductId, ProductName = l.Name, Unit = l.Unit, UnitPrice = l.UnitPrice, Quantity = l.Quantity,
                    Discount = l.Discount, ComboId = l.ComboId, DealId = l.DealId,
                }).ToList(),
            };
            order.Total = order.Subtotal - order.Discount + order.ShippingFee;
            order.Place(deadline);
            orders.Add(order);
        }

        using var turn = await writeGate.EnterAsync(ct);
        // Ids, codes and everything derived from them are known before anything is written, so the
        // key, the stock, the orders, their lines, audit lines and notifications and the stored answer
        // go in one batch (one round trip on PostgreSQL), then the commit. On PostgreSQL a cart without
        // flash deals needs nothing after the batch, so the batch goes without BEGIN/COMMIT as one
        // implicit transaction (one round trip in all) and a short stock take fails it instead of
        // changing no row. Deal claims follow the batch, so those carts keep the explicit transaction.
        var oneTrip = db.Database.IsNpgsql() && cart.Parcels.All(p => p.Lines.All(l => l.DealId is null));
        await using var tx = oneTrip ? null : await db.Database.BeginTransactionAsync(ct);
        await numbers.AssignAsync(db, orders, ct);
        var response = new CheckoutResponse(orders.Select(ToPlaced).ToList());
        var sellers = cart.Parcels.ToDictionary(p => p.ProducerId, p => p.Seller);
        var batch = new WriteBatch(db);
        // The key first: it is unique, so a concurrent request with the same key waits here for this one to end and then finds its answer.
        batch.Insert([new IdempotencyRecord { Scope = scope, Key = key, CreatedAt = now, Response = JsonSerializer.Serialize(response, Json) }]);
        // Stock in product order, so that concurrent checkouts cannot deadlock.
        // Each take re-checks the facts the cart was priced from (they may come from memory).
        FormattableString Take(int productId, int units)
        {
            var take = StockLedger.Take(cart.Products[productId], units);
            return oneTrip ? StockLedger.TakeOrFail(take, productId) : take;
        }
        var takes = cart.UnitsByProduct.OrderBy(u => u.Key).Select(u => (ProductId: u.Key, Statement: batch.Add(Take(u.Key, u.Value)))).ToList();
        batch.Insert(orders);
        foreach (var order in orders) order.Lines.ForEach(l => l.OrderId = order.Id);
        batch.Insert(orders.SelectMany(o => o.Lines).ToList());
        batch.Insert(orders.Select(o => audit.Entry("order.placed", "order", o.Code, after: new
        {
            Status = o.Status.ToString(), o.Total, o.ShippingFee, o.Discount, Method = o.PaymentMethod.ToString(),
            Lines = o.Lines.Select(l => new { l.ProductId, l.Quantity, l.UnitPrice, l.Discount }),
        })).ToList());
        batch.Insert(orders.SelectMany(o => notifier.Messages(o, sellers[o.ProducerId].Email, sellers[o.ProducerId].Phone)).ToList());
        try
        {
            if (tx is null)
            {
                await batch.ExecuteAtomicallyAsync(ct);
                return new Placement(response, orders);
            }
            await batch.ExecuteAsync(ct);
        }
        catch (Exception e) when (DbErrors.IsUniqueViolation(e, "idempotency_keys"))
        {
            await AbandonAsync(tx, ct);
            return await StoredAsync(scope, key, ct) is { } earlier
                ? new Placement(earlier, null)
                : AppError.Conflict("Một yêu cầu đặt hàng với cùng Idempotency-Key đang được xử lý; hãy thử lại sau giây lát.");
        }
        catch (Exception e) when (StockLedger.ShortProductId(e) is { } shortProduct && cart.Products.ContainsKey(shortProduct))
        {
            await AbandonAsync(tx, ct);
            return new Placement(null, null, shortProduct);
        }
        foreach (var (productId, statement) in takes)
        {
            if (batch.Affected(statement) == 1) continue;
            await AbandonAsync(tx!, ct);
            return new Placement(null, null, productId);
        }
        foreach (var line in cart.Parcels.SelectMany(p => p.Lines).Where(l => l.DealId is not null))
        {
            if (await offers.ClaimAsync(line.DealId!, line.ProductId, line.Quantity, orders[0].Phone, ct) is not { } refused) continue;
            await AbandonAsync(tx!, ct);
            return AppError.Conflict($"Ưu đãi cho \"{line.Name}\": {refused} Chưa có gì được trừ.");
        }
        await tx!.CommitAsync(ct);
        return new Placement(response, orders);
    }

    /// <summary>
    /// Rolls the checkout's transaction back (a one-trip batch has rolled itself back already) and forgets
    /// what it had added, so nothing of it is saved later.
    /// </summary>
    private async Task AbandonAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? tx, CancellationToken ct)
    {
        if (tx is not null) await tx.RollbackAsync(ct);
        db.ChangeTracker.Clear();
    }

    public static PlacedOrder ToPlaced(Order o) => new(o.Code, o.Status.ToString(), o.Subtotal, o.Discount, o.ShippingFee, o.Total,
        new ProducerRef(o.ProducerId, o.ProducerName),
        new PaymentInfo(o.PaymentMethod == PaymentMethod.VietQr ? "vietqr" : "cod", o.Total, o.PaymentDeadline, VietQrPayment.Info(o)),
        o.BuyerId is null ? o.LookupToken : null);

    private async Task<CheckoutResponse?> StoredAsync(string scope, string key, CancellationToken ct)
    {
        var stored = await db.IdempotencyKeys.AsNoTracking().Where(r => r.Scope == scope && r.Key == key).Select(r => r.Response).FirstOrDefaultAsync(ct);
        return string.IsNullOrEmpty(stored) ? null : JsonSerializer.Deserialize<CheckoutResponse>(stored, Json);
    }
}
