namespace Ocop.Features.Commerce;

public sealed record SalesTotals(int Orders, int Items, long RevenuePlaced, long RevenuePaid, int PaidOrders, int Buyers);
public sealed record ProductSales(int ProductId, string Name, string Unit, int Orders, int Items, long Revenue);
public sealed record DealSales(string DealId, int Items, long Revenue);
public sealed record OrderMoment(DateTime PlacedAt, int Items, long Revenue);
public sealed record AttributedSalesReport(SalesTotals Totals, IReadOnlyList<ProductSales> Products, IReadOnlyList<DealSales> Deals, IReadOnlyList<OrderMoment> Moments);

/// <summary>
/// Commerce's figures for the orders attributed to a livestream session, by the one definition of GMV the
/// statistics use too (decision 0023): the goods of each standing order (not cancelled or returned) after its
/// discounts, shipping left out; placed, and paid (fully paid, or COD collected: <see cref="Order.PaidAt"/> set).
/// Read by Livestream for its counters and report.
/// </summary>
public sealed class AttributedSales(OcopDb db)
{
    private static readonly OrderStatus[] NotCounted = [OrderStatus.Cancelled, OrderStatus.Returned];

    public async Task<SalesTotals> TotalsAsync(int livestreamId, CancellationToken ct = default)
    {
        var orders = db.Orders.AsNoTracking().Where(o => o.LivestreamId == livestreamId && !NotCounted.Contains(o.Status));
        // One aggregate row (none without orders), read as a list: there is no order to ask for.
        var row = (await orders.GroupBy(_ => 1).Select(g => new
        {
            Orders = g.Count(),
            Placed = g.Sum(o => o.Subtotal - o.Discount),
            Paid = g.Where(o => o.PaidAt != null).Sum(o => o.Subtotal - o.Discount),
            PaidOrders = g.Count(o => o.PaidAt != null),
        }).ToListAsync(ct)).SingleOrDefault();
        if (row is null) return new SalesTotals(0, 0, 0, 0, 0, 0);
        var items = await db.OrderLines.AsNoTracking().Where(l => orders.Any(o => o.Id == l.OrderId)).SumAsync(l => l.Quantity, ct);
        var buyers = await orders.Select(o => o.BuyerId ?? o.GuestSession ?? o.Phone).Distinct().CountAsync(ct);
        return new SalesTotals(row.Orders, items, row.Placed, row.Paid, row.PaidOrders, buyers);
    }

    public async Task<AttributedSalesReport> ReportAsync(int livestreamId, CancellationToken ct = default)
    {
        var totals = await TotalsAsync(livestreamId, ct);
        var orders = db.Orders.AsNoTracking().Where(o => o.LivestreamId == livestreamId && !NotCounted.Contains(o.Status));
        var lines = await db.OrderLines.AsNoTracking().Join(orders, l => l.OrderId, o => o.Id, (l, o) => new
        {
            l.OrderId, l.ProductId, l.ProductName, l.Unit, l.Quantity, Revenue = l.UnitPrice * l.Quantity - l.Discount, l.DealId, o.PlacedAt,
        }).ToListAsync(ct);
        var products = lines.GroupBy(l => l.ProductId)
            .Select(g => new ProductSales(g.Key, g.First().ProductName, g.First().Unit, g.Select(l => l.OrderId).Distinct().Count(), g.Sum(l => l.Quantity), g.Sum(l => l.Revenue)))
            .OrderByDescending(p => p.Revenue).ToList();
        var deals = lines.Where(l => l.DealId is not null).GroupBy(l => l.DealId!)
            .Select(g => new DealSales(g.Key, g.Sum(l => l.Quantity), g.Sum(l => l.Revenue))).ToList();
        var moments = lines.GroupBy(l => l.OrderId)
            .Select(g => new OrderMoment(g.First().PlacedAt, g.Sum(l => l.Quantity), g.Sum(l => l.Revenue))).OrderBy(m => m.PlacedAt).ToList();
        return new AttributedSalesReport(totals, products, deals, moments);
    }
}
