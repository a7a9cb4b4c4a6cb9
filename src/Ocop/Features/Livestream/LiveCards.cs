using Ocop.Features.Catalog;

namespace Ocop.Features.Livestream;

/// <summary>The product card viewers see (pinned, in the bag, on a deal).</summary>
public sealed record LiveCard(int ProductId, string Name, string Slug, string Unit, long Price, string PriceText, string? Photo, string Producer, int? Stars, int Stock);

public sealed class LiveCards(CatalogQueries catalog)
{
    public async Task<LiveCard?> CardAsync(int productId, CancellationToken ct = default)
    {
        var p = await catalog.DetailAsync(productId);
        return p is null || p.Status != nameof(ProductStatus.Listed) ? null
            : new LiveCard(p.Id, p.Name, p.Slug, p.Unit, p.Price, Standards.Money.Vnd.Display(p.Price), p.Photos.FirstOrDefault()?.Url, p.Producer.Name, p.Stars, p.Stock);
    }
}

public static class LiveLabels
{
    public static string StatusCode(LiveStatus s) => s switch { LiveStatus.Live => "live", LiveStatus.Ended => "ended", _ => "scheduled" };

    public static string Status(LiveStatus s) => s switch { LiveStatus.Live => "Đang phát trực tiếp", LiveStatus.Ended => "Đã kết thúc", _ => "Sắp diễn ra" };

    public static string EndReason(DealEndReason? r) => r switch
    {
        DealEndReason.SoldOut => "sold-out",
        DealEndReason.EndedEarly => "ended-early",
        DealEndReason.SessionEnded => "session-ended",
        _ => "expired",
    };
}
