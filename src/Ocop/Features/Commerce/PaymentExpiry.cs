using Microsoft.Extensions.Options;

namespace Ocop.Features.Commerce;

/// <summary>
/// Cancels bank-transfer orders not paid in full at their deadline and returns their stock, each exactly once;
/// the part of a part-paid order already received becomes a refund (written by <see cref="OrderWorkflow"/>).
/// </summary>
public sealed class ExpireUnpaidOrders(OcopDb db, OrderWorkflow workflow)
{
    /// <summary>Returns how many orders this run cancelled; an order paid or cancelled meanwhile is left alone.</summary>
    public async Task<int> RunAsync(DateTime now, CancellationToken ct = default)
    {
        var due = await db.Orders.AsNoTracking()
            .Where(o => (o.Status == OrderStatus.AwaitingPayment || o.Status == OrderStatus.PartiallyPaid) && o.PaymentDeadline != null && o.PaymentDeadline <= now)
            .OrderBy(o => o.Id).Select(o => o.Code).Take(500).ToListAsync(ct);
        var cancelled = 0;
        foreach (var code in due)
        {
            db.ChangeTracker.Clear();
            var order = await workflow.LoadAsync(code, ct);
            if (order is null) continue;
            var result = await workflow.ChangeAsync(order, "Expired", "Quá hạn thanh toán chuyển khoản",
                o => o.Cancel(OrderActor.System, "Quá hạn thanh toán", now), ct: ct);
            if (result.Ok) cancelled++;
        }
        return cancelled;
    }
}

/// <summary>The hosted job that runs <see cref="ExpireUnpaidOrders"/> every <c>Commerce:ExpiryScanSeconds</c>.</summary>
public sealed class PaymentExpiryJob(IServiceScopeFactory scopes, IOptions<CommerceOptions> options, TimeProvider clock, ILogger<PaymentExpiryJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.ExpiryScanSeconds)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                var count = await scope.ServiceProvider.GetRequiredService<ExpireUnpaidOrders>().RunAsync(clock.UtcNow(), stoppingToken);
                if (count > 0) logger.LogInformation("Cancelled {Count} unpaid orders past their payment deadline", count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Unpaid-order expiry failed; retrying at the next tick");
            }
        }
    }
}
