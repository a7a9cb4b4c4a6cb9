using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>
/// The producer's order queue: a search (order code, buyer phone or name), one tab per status with its count
/// over the orders the search finds, newest first, <see cref="SellerQueue.DefaultPageSize"/> a page.
/// </summary>
public sealed class SellerOrdersModel(CurrentUser me, SellerQueue queue) : ProducerPageModel(me)
{
    public static readonly OrderStatus[] Tabs =
    [
        OrderStatus.Paid, OrderStatus.CodPending, OrderStatus.AwaitingPayment, OrderStatus.PartiallyPaid, OrderStatus.Packed,
        OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.CodCollected, OrderStatus.Completed, OrderStatus.Cancelled, OrderStatus.Returned,
    ];

    [BindProperty(SupportsGet = true, Name = "trang-thai")] public OrderStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }

    public SellerQueuePage Queue { get; private set; } = null!;
    public Pager Pager => new(Queue.Page, Queue.Total, Queue.PageSize);
    public int All => Queue.Counts.Values.Sum();
    public int Count(OrderStatus s) => Queue.Counts.GetValueOrDefault(s.ToString());

    /// <summary>The tabs worth a tap: those with orders, and the one shown.</summary>
    public IEnumerable<OrderStatus> VisibleTabs => Tabs.Where(s => Count(s) > 0 || s == Status);

    /// <remarks>The page number comes from the query string by name: as a bound property, "page" would read the route's page path.</remarks>
    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1)
    {
        var ct = HttpContext.RequestAborted;
        if (Q?.Length > SellerQueue.MaxQueryLength) Q = Q[..SellerQueue.MaxQueryLength];
        Queue = (await queue.PageAsync(new SellerQueueRequest(ProducerId, Status?.ToString(), Q, Math.Clamp(page, 1, SellerQueue.MaxPage)), ct)).Value!;
        if (Queue.Items.Count == 0 && Queue.Page > Queue.Pages)
            Queue = (await queue.PageAsync(new SellerQueueRequest(ProducerId, Status?.ToString(), Q, Queue.Pages), ct)).Value!;
    }
}
