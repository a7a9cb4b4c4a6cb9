using Ocop.Features.Catalog;

namespace Ocop.Features.Traceability;

/// <summary>Lists a product's lots, with their Digital Links on the platform's public host, in the product detail (Catalog's <see cref="IProductLots"/>).</summary>
public sealed class ProductLotsSource(TraceQueries queries, PublicUrls urls) : IProductLots
{
    public async Task<IReadOnlyList<ProductLot>> ForProductAsync(int productId, CancellationToken ct = default)
    {
        return (await queries.LotsOfProductAsync(productId, urls.Base, ct: ct))
            .Select(l => new ProductLot(l.Id, l.Number, l.DigitalLink, l.TraceUrl, l.HarvestedOn, l.ProducedOn, l.ExpiresOn)).ToList();
    }
}
