using Microsoft.Extensions.DependencyInjection;
using Ocop.Data;
using Ocop.Data.Demo;
using Ocop.Features.Commerce;
using Ocop.Features.Livestream;

namespace Ocop.Tests.Livestream;

/// <summary>The demo's past Sơn La session: its figures come from the orders the demo created for it.</summary>
public sealed class DemoLivestreamTests
{
    [Fact]
    public async Task SonLaSession_FiguresMatchItsDemoOrders()
    {
        await using var app = new SqliteApp();
        await app.InitializeAsync();
        using var scope = app.Services.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync());
        var db = scope.ServiceProvider.GetRequiredService<OcopDb>();
        var sessions = await db.LiveSessions.AsNoTracking().ToListAsync();
        var past = Assert.Single(sessions, s => s.Status == LiveStatus.Ended);
        Assert.Contains(sessions, s => s.Status == LiveStatus.Scheduled && s.ScheduledAt > DateTime.UtcNow.AddDays(1));
        Assert.Equal(4, (past.EndedAt!.Value - past.StartedAt!.Value).TotalHours);
        Assert.True(past.PlatformReach > 20_000_000 && past.PlatformViewers > 570_000);

        var sales = await scope.ServiceProvider.GetRequiredService<AttributedSales>().ReportAsync(past.Id);
        Assert.Equal(DemoSeeder.SonLaOrders, sales.Totals.Orders);
        Assert.Equal(DemoSeeder.SonLaLonganKg, sales.Products.Single(p => p.Name == "Nhãn Sông Mã").Items);
        Assert.InRange(sales.Totals.RevenuePlaced, 465_000_000, 470_000_000);
        Assert.True(sales.Totals.RevenuePaid < sales.Totals.RevenuePlaced);
        Assert.All(sales.Moments, m => Assert.InRange(m.PlacedAt, past.StartedAt.Value, past.EndedAt.Value));
    }
}
