using Ocop.Features.Catalog;
using Ocop.Features.Identity;

namespace Ocop.Features.Livestream;

public sealed record ConsentInput(long? FloorPrice);

/// <summary>A product of the producer with its livestream consent, as the producer's back office lists it.</summary>
public sealed record ConsentDto(int ProductId, string ProductName, string Unit, long Price, bool Consented, long? FloorPrice, long EffectiveFloor,
    DateTime? GrantedAt);

/// <summary>
/// The producer's say over livestream sales of its products: it consents per product and sets the lowest
/// deal price it accepts (<see cref="LiveConsent"/>). An officer of the producer's own province may do
/// the same on its behalf (the programme runs its markets); nobody else can put a product into a bag.
/// Every grant and withdrawal is audited.
/// </summary>
public sealed class LiveConsents(OcopDb db, AuditLog audit, CurrentUser me, TimeProvider clock)
{
    /// <summary>Whether the caller is an officer of the province of a producer (or an administrator), so it acts for that producer.</summary>
    public bool ActsForProducer(string? producerProvince) =>
        me.IsAdmin || (me.IsInRole(Roles.Province) && producerProvince is not null && me.ProvinceCode == producerProvince);

    private async Task<Result<Product>> ProductAsync(int productId, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null || !(me.ProducerId == product.ProducerId || ActsForProducer(product.ProvinceCode)))
            return AppError.NotFound(Lang.Text("Không tìm thấy sản phẩm #{0} của bạn.", productId));
        return product;
    }

    public static string NotConsented(string product) =>
        Lang.Text("Chủ thể của sản phẩm \"{0}\" chưa đồng ý bán sản phẩm này trong livestream.", product);

    /// <summary>The products of <paramref name="productIds"/> whose producer has consented.</summary>
    public async Task<HashSet<int>> ConsentedAsync(IReadOnlyCollection<int> productIds, CancellationToken ct = default) =>
        productIds.Count == 0 ? [] : (await db.LiveConsents.AsNoTracking().Where(c => productIds.Contains(c.ProductId)).Select(c => c.ProductId).ToListAsync(ct)).ToHashSet();

    /// <summary>Whether a deal may be made on the product now: its producer consents, or the caller acts for that producer.</summary>
    public async Task<bool> AllowsDealAsync(SaleableProduct product, CancellationToken ct = default) =>
        ActsForProducer(product.ProducerProvinceCode) || await db.LiveConsents.AnyAsync(c => c.ProductId == product.Id, ct);

    /// <summary>The lowest deal price of a product sold at <paramref name="price"/> now.</summary>
    public async Task<long> FloorAsync(int productId, long price, CancellationToken ct = default) =>
        LiveConsent.FloorOf(await db.LiveConsents.AsNoTracking().FirstOrDefaultAsync(c => c.ProductId == productId, ct), price);

    /// <summary>The signed-in producer's products with their consent.</summary>
    public async Task<List<ConsentDto>> MineAsync(CancellationToken ct = default)
    {
        if (me.ProducerId is not { } producer) return [];
        var rows = await db.Products.AsNoTracking().Where(p => p.ProducerId == producer && p.Status != ProductStatus.Hidden)
            .GroupJoin(db.LiveConsents.AsNoTracking(), p => p.Id, c => c.ProductId, (p, c) => new { p, c })
            .SelectMany(x => x.c.DefaultIfEmpty(), (x, c) => new { x.p.Id, x.p.Name, x.p.Unit, x.p.Price, Consent = c })
            .OrderBy(x => x.Name).ToListAsync(ct);
        return rows.Select(r => new ConsentDto(r.Id, r.Name, r.Unit, r.Price, r.Consent is not null, r.Consent?.FloorPrice,
            LiveConsent.FloorOf(r.Consent, r.Price), r.Consent?.GrantedAt)).ToList();
    }

    /// <summary>Consents to livestream sales of the product with the given floor (1 đồng up to its price), or changes the floor.</summary>
    public async Task<Result<LiveConsent>> GrantAsync(int productId, ConsentInput input, CancellationToken ct = default)
    {
        var found = await ProductAsync(productId, ct);
        if (!found.Ok) return found.Error!;
        var product = found.Value!;
        if (input.FloorPrice is not { } floor || floor < 1 || floor > product.Price)
            return AppError.Validation("floorPrice", Lang.Text("Giá sàn từ 1 ₫ đến giá bán {0}.", Standards.Money.Vnd.Display(product.Price)));
        var consent = await db.LiveConsents.FirstOrDefaultAsync(c => c.ProductId == productId, ct);
        var before = consent is null ? null : new { consent.FloorPrice };
        if (consent is null) db.LiveConsents.Add(consent = new LiveConsent { ProductId = productId, GrantedBy = me.Id! });
        consent.FloorPrice = floor;
        consent.GrantedBy = me.Id!;
        consent.GrantedAt = clock.UtcNow();
        audit.Record("livestream.consent-granted", "product", productId, before, new { consent.FloorPrice });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) when (before is null)
        {
            db.ChangeTracker.Clear();
            return AppError.Conflict("Đồng ý này vừa được ghi ở nơi khác; hãy tải lại.");
        }
        return consent;
    }

    /// <summary>Withdraws the consent: the product enters no new bag and no new deal (deals already running finish).</summary>
    public async Task<Result<bool>> WithdrawAsync(int productId, CancellationToken ct = default)
    {
        var found = await ProductAsync(productId, ct);
        if (!found.Ok) return found.Error!;
        var removed = await db.LiveConsents.Where(c => c.ProductId == productId).ExecuteDeleteAsync(ct);
        if (removed == 0) return true;
        audit.Record("livestream.consent-withdrawn", "product", productId);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
