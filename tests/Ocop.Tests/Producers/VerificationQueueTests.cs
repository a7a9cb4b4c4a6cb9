using Ocop.Features.Identity;
using Ocop.Features.Producers;
using Ocop.Pages;

namespace Ocop.Tests.Producers;

/// <summary>The officers' verification queue (/quan-ly/xac-minh): pending producers of the officer's province, longest-waiting first.</summary>
public abstract class VerificationQueueTests(OcopApp app)
{
    [Fact]
    public async Task Queue_ListsThePendingOfTheOfficersProvince_LongestWaitingFirst()
    {
        var oldest = await PendingAsync("92", TimeSpan.FromDays(9));
        var newest = await PendingAsync("92", TimeSpan.FromDays(1));
        var middle = await PendingAsync("92", TimeSpan.FromDays(5));
        var elsewhere = await PendingAsync("14", TimeSpan.FromDays(20));
        var (verified, _) = await app.VerifiedProducerAsync("31120", "92");
        var officer = await app.LoginAsNewAsync(Roles.Province, "92");

        var page = await officer.GetStringAsync("/quan-ly/xac-minh");

        var at = new[] { oldest, middle, newest }.Select(p => page.IndexOf(p.Name, StringComparison.Ordinal)).ToList();
        Assert.All(at, i => Assert.True(i > 0));
        Assert.Equal(at.Order(), at);
        Assert.DoesNotContain(elsewhere.Name, page);
        Assert.DoesNotContain(verified.Name, page);
    }

    [Fact]
    public async Task AQueueLongerThanThePage_ShowsTheLongestWaiting_AndCountsThemAll()
    {
        var first = await PendingAsync("96", TimeSpan.FromDays(400));
        await app.WithDb(async db =>
        {
            for (var i = 0; i < VerificationQueueModel.Shown; i++) db.Producers.Add(NewPending("96", DateTime.UtcNow.AddMinutes(-i)));
            return await db.SaveChangesAsync();
        });
        var officer = await app.LoginAsNewAsync(Roles.Province, "96");

        var page = await officer.GetStringAsync("/quan-ly/xac-minh");

        Assert.Contains(first.Name, page);
        var total = await app.WithDb(db => db.Producers.CountAsync(p => p.ProvinceCode == "96" && p.Status == ProducerStatus.Pending));
        Assert.True(total > VerificationQueueModel.Shown);
        Assert.Contains($"({total})", page);
        Assert.Contains($"Hiển thị {VerificationQueueModel.Shown} chủ thể chờ lâu nhất", page);
    }

    private async Task<Producer> PendingAsync(string province, TimeSpan waiting) => await app.WithDb(async db =>
    {
        var p = NewPending(province, DateTime.UtcNow - waiting);
        db.Producers.Add(p);
        await db.SaveChangesAsync();
        return p;
    });

    private Producer NewPending(string province, DateTime registered) =>
        app.NewProducer(province == "92" ? "31120" : "32002", province, ProducerStatus.Pending, registered);
}

[Collection(SqliteCollection.Name)] public sealed class VerificationQueueSqliteTests(SqliteApp app) : VerificationQueueTests(app);
[Collection(PostgresCollection.Name)] public sealed class VerificationQueuePostgresTests(PostgresApp app) : VerificationQueueTests(app);
