using Microsoft.AspNetCore.OutputCaching;

namespace Ocop.Features.Traceability;

/// <summary>
/// The public trace page is served from the output cache (<see cref="PublicPageCache"/>, anonymous visitors only). Each
/// entry is tagged with the lots it shows; recording an event for a lot evicts them on this node at once, so a producer
/// sees the new step on the public page immediately. Other nodes (each has its own in-memory store) and an eviction
/// that races with a read in flight show it at the latest after <see cref="PublicPageCache.Duration"/>.
/// </summary>
public sealed class TracePageCache(IOutputCacheStore? store)
{
    /// <summary>For writers that run before any page is served (the demo seed at start-up): nothing to evict.</summary>
    public static readonly TracePageCache None = new(null);

    public static string TagOf(int lotId) => $"trace-lot-{lotId}";

    /// <summary>Tags the response being cached with every lot the page shows.</summary>
    public static void Tag(HttpContext http, LotTrace trace)
    {
        if (http.Features.Get<IOutputCacheFeature>()?.Context is not { } context) return;
        foreach (var id in trace.LotIds) context.Tags.Add(TagOf(id));
    }

    public async Task EvictAsync(IEnumerable<int> lotIds, CancellationToken ct = default)
    {
        if (store is null) return;
        foreach (var id in lotIds.Distinct()) await store.EvictByTagAsync(TagOf(id), ct);
    }
}
