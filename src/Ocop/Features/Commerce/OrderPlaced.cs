namespace Ocop.Features.Commerce;

public sealed record OrderPlacedLine(int ProductId, string Name, string Unit, int Quantity, long UnitPrice, string? DealId);

/// <summary>
/// Published on the event bus after a checkout commits (one per order): live news for the
/// livestream ticker and counters. At most <see cref="MaxLines"/> lines travel, so the event
/// always fits in a NOTIFY payload; the order itself is the record.
/// </summary>
public sealed record OrderPlaced(string Code, int? LivestreamId, string ProvinceCode, long Total, DateTime PlacedAt,
    IReadOnlyList<OrderPlacedLine> Lines, int MoreLines)
{
    public const int MaxLines = 8;

    public static OrderPlaced From(Order o) => new(o.Code, o.LivestreamId, o.ProvinceCode, o.Total, o.PlacedAt,
        o.Lines.Take(MaxLines).Select(l => new OrderPlacedLine(l.ProductId, Clip(l.ProductName), l.Unit, l.Quantity, l.UnitPrice, l.DealId)).ToList(),
        Math.Max(0, o.Lines.Count - MaxLines));

    private static string Clip(string name) => name.Length <= 120 ? name : name[..120];
}
