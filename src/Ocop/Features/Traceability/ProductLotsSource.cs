using Ocop.Features.Catalog;

namespace Ocop.Features.Traceability;

/// <summary>Lists a product's lots, with their Digital Links on the requesting host, in the product detail (Catalog's <see cref="IProductLots"/>).</summary>
public sealed class ProductLotsSource(TraceQueries queries, IHttpContextAccessor http) : IProductLots
{
    public async Task<IReadOnlyList<ProductLot>> ForProductAsync(int productId, CancellationToken ct = default)
    {
        var host = http.HttpContext?.Request is { } r ? QrImages.PublicUrl(r, "") : TraceIds.IdentifierBase;
        return (await queries.LotsOfProductAsync(productId, host, ct: ct))
            .Select(l => new ProductLot(l.Id, l.Number, l.DigitalLink, l.TraceUrl, l.HarvestedOn, l.ProducedOn, l.ExpiresOn)).ToList();
    }
}
