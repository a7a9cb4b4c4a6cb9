using Microsoft.Extensions.Caching.Memory;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Features.Catalog;

/// <summary>
/// Reads of single products: listed ones for everyone, others for their owner and officers in scope.
/// A listed product's detail is the same for every reader, so it is cached per catalogue snapshot
/// (a write anywhere starts a new snapshot); only its stock, which orders move without touching the
/// catalogue, is read fresh on every request, and so are its lots (from the modules that implement
/// <see cref="IProductLots"/>).
/// </summary>
public sealed class CatalogQueries(OcopDb db, GeographyDirectory geo, CurrentUser me, TimeProvider clock, CatalogSearchIndex index, IMemoryCache cache,
    IEnumerable<IProductLots> lotSources)
{
    public async Task<ProductDetail?> DetailAsync(int id) =>
        await WithLotsAsync(index.ById(id) is not null ? await PublicDetailAsync(id) : await FromDatabaseAsync(x => x.Id == id));

    public async Task<ProductDetail?> BySlugAsync(string slug) =>
        await WithLotsAsync(index.BySlug(slug) is { } entry ? await PublicDetailAsync(entry.Id) : await FromDatabaseAsync(x => x.Slug == slug));

    private async Task<ProductDetail?> WithLotsAsync(ProductDetail? detail)
    {
        if (detail is null) return null;
        var lots = new List<ProductLot>();
        foreach (var source in lotSources) lots.AddRange(await source.ForProductAsync(detail.Id));
        return detail with { Lots = lots };
    }

    private async Task<ProductDetail?> PublicDetailAsync(int id)
    {
        var key = (nameof(PublicDetailAsync), id, index.Current.Version, VietnamTime.Today(clock));
        if (!cache.TryGetValue(key, out ProductDetail? detail))
        {
            detail = await FromDatabaseAsync(x => x.Id == id);
            if (detail is null) return null;
            cache.Set(key, detail, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) });
        }
        var stock = await db.Products.Where(p => p.Id == id).Select(p => p.Stock).FirstAsync();
        return detail! with { Stock = stock };
    }

    private async Task<ProductDetail?> FromDatabaseAsync(System.Linq.Expressions.Expression<Func<Product, bool>> where)
    {
        var p = await db.Products.AsNoTracking().Include(x => x.Photos).FirstOrDefaultAsync(where);
        return p is null ? null : await ToDetailAsync(p);
    }

    private async Task<ProductDetail?> ToDetailAsync(Product p)
    {
        var producer = await db.Producers.AsNoTracking().FirstAsync(x => x.Id == p.ProducerId);
        var isPublic = p.Status == ProductStatus.Listed && producer.Status == ProducerStatus.Verified;
        if (!isPublic && me.ProducerId != producer.Id && !(me.IsOfficer && me.CanActOnCommune(producer.CommuneCode, producer.ProvinceCode))) return null;
        var today = VietnamTime.Today(clock);
        var stars = p.StarsOn(today);
        var set = ProductSets.Find(p.SetCode)!;
        return new ProductDetail(p.Id, p.Slug, p.Name, p.Status.ToString(), p.Price, p.Unit, p.NetWeightGrams, p.Stock, p.Gtin,
            p.SetCode, set.Name, ProductSets.GroupOf(p.SetCode).Name, p.Description, p.Story, stars,
            stars is not null ? new CertificateRef(p.CertificateNumber!, stars.Value, p.CertificateExpiresOn!.Value) : null,
            new ProducerRef(producer.Id, producer.Name, producer.Status == ProducerStatus.Verified ? producer.Slug : null), new ProvinceRef(p.ProvinceCode, geo.Province(p.ProvinceCode)?.Name ?? ""),
            p.Photos.OrderBy(f => f.SortOrder).Select(f => new PhotoDto(f.Id, $"/media/{f.MediaHash}", f.Alt)).ToList(), p.UpdatedAt);
    }

    /// <summary>Every product of a producer (any status), for its back office.</summary>
    public Task<List<Product>> OfProducerAsync(int producerId) =>
        db.Products.AsNoTracking().Include(p => p.Photos).Where(p => p.ProducerId == producerId)
            .OrderByDescending(p => p.UpdatedAt).ToListAsync();
}
