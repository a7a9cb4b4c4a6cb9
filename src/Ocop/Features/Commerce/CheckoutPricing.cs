using Microsoft.Extensions.Options;
using Ocop.Features.Catalog;

namespace Ocop.Features.Commerce;

/// <summary>One thing to buy: a product or a gift combo. A unit price sent by a client is only checked, never used.</summary>
public sealed record CheckoutItem(int? ProductId, int? ComboId, int Quantity, long? UnitPrice = null, string? DealId = null);

public sealed record PricedLine(int ProductId, string Name, string Unit, long UnitPrice, int Quantity, long Discount, int? ComboId, string? DealId, int WeightGrams)
{
    public long Total => UnitPrice * Quantity - Discount;
}

/// <summary>The part of a checkout one producer ships: it becomes one order.</summary>
public sealed record ProducerParcel(int ProducerId, string ProducerName, string ProvinceCode, IReadOnlyList<PricedLine> Lines, SellerAccount Seller)
{
    public long Subtotal => Lines.Sum(l => l.UnitPrice * l.Quantity);
    public long Discount => Lines.Sum(l => l.Discount);
    public int WeightGrams => Lines.Sum(l => l.WeightGrams * l.Quantity);
}

/// <summary>
/// A priced cart; <paramref name="UnitsByProduct"/> counts only the units taken from normal stock (deal lines use
/// the deal's own allocation); <paramref name="Products"/> are the facts it was priced from, which the stock
/// takes re-check; <paramref name="FromMemory"/> when some of them came from <see cref="SaleableProductCache"/>.
/// </summary>
public sealed record PricedCart(IReadOnlyList<ProducerParcel> Parcels, IReadOnlyDictionary<int, int> UnitsByProduct,
    IReadOnlyDictionary<int, SaleableProduct> Products, bool FromMemory = false);

/// <summary>
/// Prices a list of items from the catalogue as it is now (price, listing, stock), expands gift
/// combos into their producers' lines with the saving shared in proportion, and groups the lines
/// by producer. Used by the cart, the shipping quote and checkout, so all three agree.
/// </summary>
public sealed class CheckoutPricing(OcopDb db, StockLedger stock, SpecialOffers offers, IOptions<CommerceOptions> options)
{
    /// <summary>
    /// Prices <paramref name="items"/>. With <paramref name="forCheckout"/> the product facts may come from
    /// memory (<see cref="StockLedger.FindForCheckoutAsync"/>) and the stock is not checked here: the checkout's
    /// takes check both, and on a refusal (or any refusal from memory) the caller prices afresh.
    /// Carts with flash deals are always priced afresh: their deal lines take no stock that could re-check them.
    /// </summary>
    public async Task<Result<PricedCart>> PriceAsync(IReadOnlyList<CheckoutItem>? items, CancellationToken ct = default, bool forCheckout = false)
    {
        var limits = options.Value;
        var v = new Validation();
        if (items is null || items.Count == 0) return AppError.Validation("items", "Giỏ hàng đang trống.");
        if (items.Count > limits.MaxLines) return AppError.Validation("items", $"Mỗi đơn tối đa {limits.MaxLines} dòng hàng.");
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            v.Require(item.ProductId is not null ^ item.ComboId is not null, $"items[{i}]", "Mỗi dòng chọn một sản phẩm hoặc một hộp quà.");
            v.Require(item.Quantity >= 1 && item.Quantity <= limits.MaxQuantityPerLine, $"items[{i}].quantity",
                $"Số lượng phải từ 1 đến {limits.MaxQuantityPerLine}.");
            v.Require(item.DealId is null || item.ComboId is null, $"items[{i}].dealId", "Hộp quà không áp dụng ưu đãi riêng.");
        }
        if (v.HasErrors) return v.ToError();

        var comboIds = items.Where(i => i.ComboId is not null).Select(i => i.ComboId!.Value).Distinct().ToList();
        var combos = comboIds.Count == 0 ? []
            : await db.GiftCombos.AsNoTracking().Include(c => c.Items).Where(c => comboIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var productIds = items.Where(i => i.ProductId is not null).Select(i => i.ProductId!.Value)
            .Concat(combos.Values.SelectMany(c => c.Items.Select(x => x.ProductId)));
        var fromMemory = forCheckout && items.All(i => i.DealId is null);
        var products = fromMemory ? await stock.FindForCheckoutAsync(productIds, ct) : await stock.FindAsync(productIds, ct);

        var lines = new List<(SaleableProduct Product, PricedLine Line)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.ProductId is { } productId)
            {
                if (!products.TryGetValue(productId, out var p)) { v.Add($"items[{i}].productId", $"Không tìm thấy sản phẩm #{productId}."); continue; }
                if (!p.Listed) { v.Add($"items[{i}].productId", $"Sản phẩm \"{p.Name}\" hiện không bán."); continue; }
                var price = p.Price;
                if (item.DealId is { } dealId)
                {
                    var quote = await offers.QuoteAsync(dealId, productId, item.Quantity, ct);
                    if (quote is null) { v.Add($"items[{i}].dealId", "Ưu đãi không tồn tại hoặc đã kết thúc."); continue; }
                    price = quote.UnitPrice;
                }
                if (item.UnitPrice is { } claimed && claimed != price)
                {
                    v.Add($"items[{i}].unitPrice", $"Giá gửi lên ({Standards.Money.Vnd.Display(claimed)}) không khớp giá hiện tại {Standards.Money.Vnd.Display(price)} của \"{p.Name}\"; giá do hệ thống tính, hãy tải lại giỏ hàng.");
                    continue;
                }
                lines.Add((p, new PricedLine(p.Id, p.Name, p.Unit, price, item.Quantity, 0, null, item.DealId, p.WeightGrams)));
            }
            else
            {
                var comboId = item.ComboId!.Value;
                if (!combos.TryGetValue(comboId, out var combo) || !combo.Active || combo.Items.Count == 0)
                { v.Add($"items[{i}].comboId", $"Không tìm thấy hộp quà #{comboId}."); continue; }
                var parts = combo.Items.Select(x => products.TryGetValue(x.ProductId, out var p) ? (p, x.Quantity) : (null, 0)).ToList();
                if (parts.Any(x => x.p is null || !x.p.Listed)) { v.Add($"items[{i}].comboId", $"Hộp quà \"{combo.Name}\" có sản phẩm đã ngừng bán."); continue; }
                if (item.UnitPrice is { } claimed && claimed != combo.Price)
                { v.Add($"items[{i}].unitPrice", $"Giá gửi lên không khớp giá hộp quà ({Standards.Money.Vnd.Display(combo.Price)}); giá do hệ thống tính."); continue; }
                var expanded = parts.Select(x => new PricedLine(x.p!.Id, x.p.Name, x.p.Unit, x.p.Price, x.Quantity * item.Quantity, 0, combo.Id, null, x.p.WeightGrams)).ToList();
                var shares = ComboDiscount.Share(expanded.Select(l => l.UnitPrice * l.Quantity).ToList(), combo.Price * item.Quantity);
                lines.AddRange(expanded.Select((l, k) => (parts[k].p!, l with { Discount = shares[k] })));
            }
        }
        if (v.HasErrors) return v.ToError();

        var units = lines.Where(l => l.Line.DealId is null).GroupBy(l => l.Line.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Line.Quantity));
        // From memory the stock is as last read, so there only the take decides it.
        if (!fromMemory)
            foreach (var (id, quantity) in units)
                if (products[id] is var p && p.Stock < quantity) return OutOfStock(p.Name, p.Stock, p.Unit);
        var parcels = lines.GroupBy(l => l.Product.ProducerId)
            .Select(g => new ProducerParcel(g.Key, g.First().Product.ProducerName, g.First().Product.ProducerProvinceCode, g.Select(l => l.Line).ToList(), g.First().Product.Seller))
            .OrderBy(p => p.ProducerId).ToList();
        return new PricedCart(parcels, units, products, fromMemory);
    }

    public static AppError OutOfStock(string name, int? left = null, string? unit = null) => AppError.Conflict(left is null
        ? $"Sản phẩm \"{name}\" không còn đủ hàng; chưa có gì được trừ, hãy giảm số lượng."
        : $"Sản phẩm \"{name}\" chỉ còn {left} {unit}; chưa có gì được trừ, hãy giảm số lượng.");
}

/// <summary>How a combo's saving is shared among its lines: in proportion to each line's value, whole đồng, the remainder to the largest line.</summary>
public static class ComboDiscount
{
    /// <summary>Shares so that sum(values) − sum(shares) = max(price, …) exactly; no saving when the parts cost less than the combo.</summary>
    public static long[] Share(IReadOnlyList<long> values, long comboPrice)
    {
        var total = values.Sum();
        var saving = Math.Max(0, total - comboPrice);
        var shares = new long[values.Count];
        if (saving == 0 || total == 0) return shares;
        for (var i = 0; i < values.Count; i++) shares[i] = (long)((Int128)saving * values[i] / total);
        var largest = 0;
        for (var i = 1; i < values.Count; i++) if (values[i] > values[largest]) largest = i;
        shares[largest] += saving - shares.Sum();
        return shares;
    }
}
