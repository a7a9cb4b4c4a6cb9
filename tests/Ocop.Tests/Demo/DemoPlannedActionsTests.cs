using Microsoft.Extensions.DependencyInjection;
using Ocop.Data;
using Ocop.Data.Demo;
using Ocop.Features.Livestream;
using Ocop.Features.Producers;

namespace Ocop.Tests.Demo;

/// <summary>
/// The demo data obeys the platform's own rules: everything it leaves planned or pending can be carried out through the
/// API by the demo account whose step it is — each scheduled livestream session started by its host, each of its planned
/// flash deals started and ended, the session ended; each producer waiting for verification verified by an officer.
/// So the demo cannot drift from the rules again (a planned deal priced above its product, a host without the role …).
/// </summary>
public abstract class DemoPlannedActionsTests
{
    protected abstract OcopApp NewApp();

    [Fact]
    public async Task EveryPlannedAction_OfTheDemo_PassesTheRules()
    {
        await using var app = NewApp();
        await app.InitializeAsync();
        using (var scope = app.Services.CreateScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync());

        var sessions = await app.WithDb(db => db.LiveSessions.AsNoTracking().Where(s => s.Status == LiveStatus.Scheduled).Select(s => s.Id).ToListAsync());
        var deals = await app.WithDb(db => db.FlashDeals.AsNoTracking().Where(d => d.State == DealState.Planned)
            .Select(d => new { d.Id, d.SessionId, d.DealPrice, d.NormalPrice }).ToListAsync());
        Assert.True(sessions.Count >= 2, "the demo plans sessions to start");
        Assert.True(deals.Count >= 4, "the demo plans flash deals");
        Assert.All(deals, d => Assert.Contains(d.SessionId, sessions));

        var host = await app.LoginAsync("livestream@ocop.example", DemoSeeder.Password);
        foreach (var session in sessions)
        {
            await (await host.PostAsync($"/api/v1/livestreams/{session}/start", null)).JsonAsync();
            foreach (var deal in deals.Where(d => d.SessionId == session))
            {
                var started = await host.PostAsync($"/api/v1/livestreams/{session}/deals/{FlashDeal.Prefix}{deal.Id}/start", null);
                Assert.True(started.IsSuccessStatusCode, $"deal {deal.Id} ({deal.DealPrice} ₫, normally {deal.NormalPrice} ₫) of session {session}: {(int)started.StatusCode} {await started.Content.ReadAsStringAsync()}");
                await (await host.PostAsync($"/api/v1/livestreams/{session}/deals/{FlashDeal.Prefix}{deal.Id}/end", null)).JsonAsync();
            }
            await (await host.PostAsync($"/api/v1/livestreams/{session}/end", null)).JsonAsync();
        }

        var pending = await app.WithDb(db => db.Producers.AsNoTracking().Where(p => p.Status == ProducerStatus.Pending).Select(p => p.Id).ToListAsync());
        Assert.NotEmpty(pending);
        var central = await app.LoginAsync("trunguong@ocop.example", DemoSeeder.Password);
        foreach (var id in pending)
        {
            var verified = await central.PostAsync($"/api/v1/producers/{id}/verify", null);
            Assert.True(verified.IsSuccessStatusCode, $"producer {id}: {(int)verified.StatusCode} {await verified.Content.ReadAsStringAsync()}");
        }
    }
}

public sealed class DemoPlannedActionsSqliteTests : DemoPlannedActionsTests { protected override OcopApp NewApp() => new SqliteApp(); }
public sealed class DemoPlannedActionsPostgresTests : DemoPlannedActionsTests { protected override OcopApp NewApp() => new PostgresApp(); }
