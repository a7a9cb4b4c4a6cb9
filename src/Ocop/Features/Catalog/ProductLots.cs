namespace Ocop.Features.Catalog;

/// <summary>A lot of a product as the product API shows it: its number and GS1 Digital Link.</summary>
public sealed record ProductLot(int Id, string Number, string DigitalLink, string TraceUrl, DateOnly? HarvestedOn, DateOnly? ProducedOn, DateOnly? ExpiresOn);

/// <summary>
/// Implemented by the module that records lots (Traceability, above Catalog) so that the product detail
/// lists them without Catalog knowing that module. With none registered a product has no lots.
/// </summary>
public interface IProductLots
{
    Task<IReadOnlyList<ProductLot>> ForProductAsync(int productId, CancellationToken ct = default);
}
