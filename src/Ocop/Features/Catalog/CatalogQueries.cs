using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Features.Catalog;

/// <summary>Reads of single products: listed ones for everyone, others for their owner and officers in scope.</summary>
public sealed class CatalogQueries(OcopDb db, GeographyDirectory geo, CurrentUser me, TimeProvider clock, IEnumerable<IProductLots> lotSources)
{
    public async Task<ProductDetail?> DetailAsync(int id)
    {
        var p = await db.Products.AsNoTracking().Include(x => x.Photos).FirstOrDefaultAsync(x => x.Id == id);
        return p is null ? null : await ToDetailAsync(p);
    }

    public async Task<ProductDetail?> BySlugAsync(string slug)
    {
        var p = await db.Products.AsNoTracking().Include(x => x.Photos).FirstOrDefaultAsync(x => x.Slug == slug);
        return p is null ? null : await ToDetailAsync(p);
    }

    private async Task<ProductDetail?> ToDetailAsync(Product p)
    {
        var producer = await db.Producers.AsNoTracking().FirstAsync(x => x.Id == p.ProducerId);
        var isPublic = p.Status == ProductStatus.Listed && producer.Status == ProducerStatus.Verified;
        if (!isPublic && me.ProducerId != producer.Id && !(me.IsOfficer && me.CanActOnProvince(producer.ProvinceCode))) return null;
        var today = VietnamTime.Today(clock);
        var stars = p.StarsOn(today);
        var set = ProductSets.Find(p.SetCode)!;
        var lots = new List<ProductLot>();
        foreach (var source in lotSources) lots.AddRange(await source.ForProductAsync(p.Id));
        return new ProductDetail(p.Id, p.Slug, p.Name, p.Status.ToString(), p.Price, p.Unit, p.NetWeightGrams, p.Stock, p.Gtin,
            p.SetCode, set.Name, ProductSets.GroupOf(p.SetCode).Name, p.Description, p.Story, stars,
            stars is not null ? new CertificateRef(p.CertificateNumber!, stars.Value, p.CertificateExpiresOn!.Value) : null,
            new ProducerRef(producer.Id, producer.Name), new ProvinceRef(p.ProvinceCode, geo.Province(p.ProvinceCode)?.Name ?? ""),
            p.Photos.OrderBy(f => f.SortOrder).Select(f => new PhotoDto(f.Id, $"/media/{f.MediaHash}", f.Alt)).ToList(), p.UpdatedAt, lots);
    }

    /// <summary>Every product of a producer (any status), for its back office.</summary>
    public Task<List<Product>> OfProducerAsync(int producerId) =>
        db.Products.AsNoTracking().Include(p => p.Photos).Where(p => p.ProducerId == producerId)
            .OrderByDescending(p => p.UpdatedAt).ToListAsync();
}
