using System.Text.RegularExpressions;

namespace Ocop.Tests.Traceability;

/// <summary>
/// The public trace page comes from the output cache for anonymous visitors, and recording an event evicts every cached
/// page that shows the lot (its own page and the pages of lots made from it).
/// </summary>
public abstract partial class TracePageCacheTests(OcopApp app)
{
    [Fact]
    public async Task TracePage_IsServedFromTheCache_AndShowsAJustRecordedEventAtOnce()
    {
        var farm = await app.FarmWithLotAsync();
        (await farm.Owner.CaptureAsync(Trace.Document(Trace.Harvest(farm)))).EnsureSuccessStatusCode();
        var visitor = app.Anonymous();

        var first = await visitor.GetAsync($"/truy-xuat/{farm.LotId}");
        Assert.Equal(1, await StepsAsync(first));
        Assert.Equal("public, max-age=10", first.Headers.CacheControl?.ToString());
        var again = await visitor.GetAsync($"/truy-xuat/{farm.LotId}");
        Assert.NotNull(again.Headers.Age);
        Assert.Equal(1, await StepsAsync(again));

        (await farm.Owner.CaptureAsync(Trace.Document(Trace.Inspection(farm)))).EnsureSuccessStatusCode();
        var after = await visitor.GetAsync($"/truy-xuat/{farm.LotId}");
        Assert.Null(after.Headers.Age);
        Assert.Equal(2, await StepsAsync(after));
    }

    [Fact]
    public async Task ProcessedLotPage_ShowsANewEventOfItsInputLotAtOnce()
    {
        var farm = await app.FarmWithLotAsync();
        var output = await (await farm.Owner.PostAsJsonAsync("/api/v1/lots", new
        {
            productId = farm.ProductId, number = "OUT" + Random.Shared.Next(100_000, 999_999), producedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            quantity = 40, unit = "KGM", originLocationId = farm.LocationId,
        })).JsonAsync(HttpStatusCode.Created);
        var outputLink = $"https://id.gs1.org/01/{farm.Gtin14}/10/{output.GetProperty("number").GetString()}";
        var processing = new Dictionary<string, object?>
        {
            ["type"] = "TransformationEvent", ["eventTime"] = Trace.Time(DateTime.UtcNow.AddHours(-1)), ["eventTimeZoneOffset"] = "+07:00",
            ["bizStep"] = "commissioning", ["disposition"] = "active",
            ["inputQuantityList"] = new[] { new { epcClass = farm.LotLink, quantity = 100, uom = "KGM" } },
            ["outputQuantityList"] = new[] { new { epcClass = outputLink, quantity = 40, uom = "KGM" } },
            ["bizLocation"] = new { id = farm.LocationUri },
        };
        (await farm.Owner.CaptureAsync(Trace.Document(Trace.Harvest(farm, DateTime.UtcNow.AddHours(-5)), processing))).EnsureSuccessStatusCode();
        var visitor = app.Anonymous();
        var page = $"/truy-xuat/{output.GetProperty("id").GetInt32()}";

        // The processing step on the lot's timeline; the harvest and the processing on its input lot's timeline.
        Assert.Equal(3, await StepsAsync(await visitor.GetAsync(page)));
        Assert.NotNull((await visitor.GetAsync(page)).Headers.Age);

        (await farm.Owner.CaptureAsync(Trace.Document(Trace.Inspection(farm, DateTime.UtcNow.AddHours(-4))))).EnsureSuccessStatusCode();
        Assert.Equal(4, await StepsAsync(await visitor.GetAsync(page)));
    }

    [Fact]
    public async Task TracePage_ForTheSignedInOwner_IsNeverCached()
    {
        var farm = await app.FarmWithLotAsync();
        (await farm.Owner.CaptureAsync(Trace.Document(Trace.Harvest(farm)))).EnsureSuccessStatusCode();
        await farm.Owner.GetAsync($"/truy-xuat/{farm.LotId}");
        var again = await farm.Owner.GetAsync($"/truy-xuat/{farm.LotId}");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Null(again.Headers.Age);
    }

    /// <summary>How many steps the page's timelines show.</summary>
    private static async Task<int> StepsAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return TimelineHead().Count(html);
    }

    [GeneratedRegex("class=\"timeline-head\"")]
    private static partial Regex TimelineHead();
}

[Collection(SqliteCollection.Name)] public sealed class TracePageCacheSqliteTests(SqliteApp app) : TracePageCacheTests(app);
[Collection(PostgresCollection.Name)] public sealed class TracePageCachePostgresTests(PostgresApp app) : TracePageCacheTests(app);
