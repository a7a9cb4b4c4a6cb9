using Ocop.Features.Catalog;
using Ocop.Features.Identity;

namespace Ocop.Features.Commerce;

public sealed record ComboItemInput(int ProductId, int Quantity);
public sealed record ComboInput(string? Name, string? Description, long Price, List<ComboItemInput>? Items);
public sealed record ComboItemDto(int ProductId, string Name, int Quantity, long UnitPrice, ProducerRef Producer);
public sealed record ComboDto(int Id, string Name, string? Description, long Price, long PartsValue, int Available, bool Active, IReadOnlyList<ComboItemDto> Items);

/// <summary>
/// Gift combos: a producer assembles its own products, an administrator may mix producers. The
/// combo has no stock of its own: it is available as many times as its scarcest part allows.
/// </summary>
public sealed class GiftCombos(OcopDb db, StockLedger stock, CurrentUser me, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<ComboDto>> CreateAsync(ComboInput input, CancellationToken ct = default)
    {
        if (!me.IsAdmin && me.ProducerId is null) return AppError.Forbidden("Chỉ chủ thể hoặc quản trị viên tạo hộp quà.");
        var items = input.Items ?? [];
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(input.Name) && input.Name.Trim().Length <= 200 && !Html.ContainsMarkup(input.Name), "name", "Tên hộp quà 1–200 ký tự, không có mã HTML.");
        v.Require(input.Description is null || (input.Description.Length <= 2000 && !Html.ContainsMarkup(input.Description)), "description", "Mô tả tối đa 2000 ký tự, không có mã HTML.");
        v.Require(items.Count is >= 2 and <= 10, "items", "Hộp quà gồm 2 đến 10 sản phẩm.");
        v.Require(items.All(i => i.Quantity is >= 1 and <= 20), "items", "Số lượng mỗi sản phẩm từ 1 đến 20.");
        v.Require(items.Select(i => i.ProductId).Distinct().Count() == items.Count, "items", "Mỗi sản phẩm chỉ xuất hiện một lần.");
        if (v.HasErrors) return v.ToError();
        var products = await stock.FindAsync(items.Select(i => i.ProductId), ct);
        if (items.Any(i => !products.TryGetValue(i.ProductId, out var p) || !p.Listed)) return AppError.Validation("items", "Có sản phẩm không tồn tại hoặc không đang bán.");
        if (!me.IsAdmin && products.Values.Any(p => p.ProducerId != me.ProducerId)) return AppError.Forbidden("Chủ thể chỉ ghép hộp quà từ sản phẩm của mình.");
        var partsValue = items.Sum(i => products[i.ProductId].Price * i.Quantity);
        if (input.Price <= 0 || input.Price > partsValue) return AppError.Validation("price", $"Giá hộp quà phải lớn hơn 0 và không quá tổng giá các sản phẩm ({Standards.Money.Vnd.Display(partsValue)}).");
        var combo = new GiftCombo
        {
            Name = input.Name!.Trim(), Description = input.Description?.Trim(), Price = input.Price, CreatedAt = clock.UtcNow(),
            OwnerProducerId = me.IsAdmin ? null : me.ProducerId,
            Items = items.Select(i => new GiftComboItem { ProductId = i.ProductId, Quantity = i.Quantity }).ToList(),
        };
        db.GiftCombos.Add(combo);
        await db.SaveChangesAsync(ct);
        audit.Record("combo.created", "combo", combo.Id, after: new { combo.Name, combo.Price, Items = items });
        await db.SaveChangesAsync(ct);
        return (await GetAsync(combo.Id, ct))!;
    }

    public async Task<ComboDto?> GetAsync(int id, CancellationToken ct = default)
    {
        var combo = await db.GiftCombos.AsNoTracking().Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (combo is null) return null;
        var products = await stock.FindAsync(combo.Items.Select(i => i.ProductId), ct);
        var parts = combo.Items.Where(i => products.ContainsKey(i.ProductId)).Select(i => (Item: i, Product: products[i.ProductId])).ToList();
        var available = parts.Count == combo.Items.Count && parts.All(p => p.Product.Listed) ? parts.Min(p => p.Product.Stock / p.Item.Quantity) : 0;
        return new ComboDto(combo.Id, combo.Name, combo.Description, combo.Price, parts.Sum(p => p.Product.Price * p.Item.Quantity),
            combo.Active ? available : 0, combo.Active,
            parts.Select(p => new ComboItemDto(p.Product.Id, p.Product.Name, p.Item.Quantity, p.Product.Price, new ProducerRef(p.Product.ProducerId, p.Product.ProducerName))).ToList());
    }
}
