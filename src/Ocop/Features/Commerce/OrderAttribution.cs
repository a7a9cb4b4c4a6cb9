namespace Ocop.Features.Commerce;

/// <summary>
/// Implemented by Livestream: checks the session an order names (it exists and sells) and that
/// the order's deals belong to it, or finds the session from the deals when none is named.
/// </summary>
public interface IOrderAttributionSource
{
    Task<Result<int?>> ResolveAsync(int? livestreamId, IReadOnlyCollection<string> dealIds, CancellationToken ct);
}

/// <summary>The session an order is attributed to, or none; a named session nobody recognises is refused.</summary>
public sealed class OrderAttribution(IEnumerable<IOrderAttributionSource> sources)
{
    public async Task<Result<int?>> ResolveAsync(int? livestreamId, IReadOnlyCollection<string> dealIds, CancellationToken ct)
    {
        if (livestreamId is null && dealIds.Count == 0) return (int?)null;
        var source = sources.FirstOrDefault();
        if (source is not null) return await source.ResolveAsync(livestreamId, dealIds, ct);
        return livestreamId is null ? (int?)null : AppError.Validation("livestreamId", "Phiên livestream không tồn tại.");
    }
}
