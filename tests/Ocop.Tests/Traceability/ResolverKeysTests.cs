using Ocop.Standards.Gs1;

namespace Ocop.Tests.Traceability;

/// <summary>The resolver's other GS1 keys: the SSCC of a carton packed on the platform, and the GLN of a producer's registered place.</summary>
public abstract class ResolverKeysTests(OcopApp app)
{
    [Fact]
    public async Task Sscc_OfAPackedCarton_RedirectsToTheTracePageOfTheLotInside_AndUnknownCartonsAre404()
    {
        var farm = await app.FarmWithLotAsync();
        var body = "0893" + Random.Shared.NextInt64(0, 10_000_000_000_000).ToString("D13");
        var sscc = body + Gs1CheckDigit.Compute(body);
        var packing = new Dictionary<string, object?>
        {
            ["type"] = "AggregationEvent", ["eventTime"] = Trace.Time(DateTime.UtcNow.AddHours(-1)), ["eventTimeZoneOffset"] = "+07:00", ["action"] = "ADD",
            ["bizStep"] = "packing", ["disposition"] = "container_closed", ["parentID"] = $"https://id.gs1.org/00/{sscc}",
            ["childQuantityList"] = new[] { new { epcClass = farm.LotLink, quantity = 20, uom = "KGM" } },
            ["bizLocation"] = new { id = farm.LocationUri },
        };
        (await farm.Owner.CaptureAsync(Trace.Document(Trace.Harvest(farm), packing))).EnsureSuccessStatusCode();
        var client = app.Anonymous();

        var redirect = await client.GetAsync($"/00/{sscc}");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal($"http://localhost/truy-xuat/{farm.LotId}", redirect.Headers.Location!.ToString());
        var events = await client.GetAsync($"/00/{sscc}?linkType=gs1:epcis");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, events.StatusCode);
        var query = await client.EventsAsync(events.Headers.Location!.Query.TrimStart('?'));
        var found = query.GetProperty("epcisBody").GetProperty("queryResults").GetProperty("resultsBody").GetProperty("eventList");
        Assert.Equal("packing", Assert.Single(found.EnumerateArray()).GetProperty("bizStep").GetString());

        var other = "0893" + Random.Shared.NextInt64(0, 10_000_000_000_000).ToString("D13");
        await (await client.GetAsync($"/00/{other + Gs1CheckDigit.Compute(other)}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/00/{sscc[..17]}{(sscc[17] - '0' + 1) % 10}")).AssertProblemAsync(HttpStatusCode.BadRequest, "digitalLink");
    }

    [Fact]
    public async Task Gln_OfARegisteredPlace_RedirectsToTheProducersStorefront_AndAnswersItsLinkset()
    {
        var farm = await app.FarmWithLotAsync();
        var path = new Uri(farm.LocationUri).AbsolutePath;
        var client = app.Anonymous();

        var redirect = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.StartsWith("http://localhost/gian-hang/", redirect.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(redirect.Headers.Location!.AbsolutePath)).StatusCode);
        var linkset = await (await client.GetAsync(path + "?linkType=linkset")).JsonAsync();
        var context = linkset.GetProperty("linkset")[0];
        Assert.Equal($"http://localhost{path}", context.GetProperty("anchor").GetString());
        Assert.Contains("EQ_bizLocation=", context.GetProperty("https://ref.gs1.org/voc/epcis")[0].GetProperty("href").GetString());

        await (await client.GetAsync(path.Replace("/254/", "/254/X", StringComparison.Ordinal))).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)] public sealed class ResolverKeysSqliteTests(SqliteApp app) : ResolverKeysTests(app);
[Collection(PostgresCollection.Name)] public sealed class ResolverKeysPostgresTests(PostgresApp app) : ResolverKeysTests(app);
