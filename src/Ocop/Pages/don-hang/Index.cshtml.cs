using Ocop.Features.Commerce;
using Ocop.Features.Identity;

namespace Ocop.Pages.don_hang;

/// <summary>The buyer's order history: the account's orders, or for a guest the orders placed in this browser.</summary>
public sealed class IndexModel(OrderQueries orders, CurrentUser me) : OcopPageModel
{
    public List<OrderSummary> Orders { get; private set; } = [];
    public bool Guest => !me.IsAuthenticated;

    public async Task OnGetAsync() =>
        Orders = me.IsAuthenticated ? await orders.MineAsync(HttpContext.RequestAborted) : await orders.OfGuestSessionAsync(HttpContext.RequestAborted);
}
