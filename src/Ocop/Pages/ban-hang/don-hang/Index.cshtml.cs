using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>The producer's order queue, one tab per status with its count, newest first.</summary>
public sealed class SellerOrdersModel(CurrentUser me, OrderQueries orders) : ProducerPageModel(me)
{
    public static readonly OrderStatus[] Tabs =
    [
        OrderStatus.Paid, OrderStatus.CodPending, OrderStatus.AwaitingPayment, OrderStatus.PartiallyPaid, OrderStatus.Packed,
        OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.CodCollected, OrderStatus.Completed, OrderStatus.Cancelled, OrderStatus.Returned,
    ];

    [BindProperty(SupportsGet = true, Name = "trang-thai")] public OrderStatus? Status { get; set; }
    public List<OrderSummary> Orders { get; private set; } = [];
    public Dictionary<OrderStatus, int> Counts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Counts = await orders.CountsOfProducerAsync(ProducerId, HttpContext.RequestAborted);
        Orders = (await orders.OfProducerAsync(ProducerId, Status, HttpContext.RequestAborted)).Value ?? [];
    }
}
