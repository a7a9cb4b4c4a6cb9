using System.Text.Json;
using Ocop.Features.Traceability;
using Ocop.Standards.Gs1.DigitalLink;

namespace Ocop.Tests.Traceability;

/// <summary>EPCIS capture (all or nothing, platform rules) and the standard events query.</summary>
public abstract class EpcisCaptureQueryTests(OcopApp app)
{
    private Task<int> StoredCountAsync(int producerId) => app.WithDb(db => db.EpcisEvents.CountAsync(e => e.ProducerId == producerId));

    [Fact]
    public async Task Capture_ValidDocument_IsQueryableByTheLotsDigitalLinkOnAnyHost_AndByItsEpcUrn()
    {
        var farm = await app.FarmWithLotAsync();
        var created = await (await farm.Owner.CaptureAsync(Trace.Document(Trace.Harvest(farm), Trace.Inspection(farm)))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, created.GetProperty("count").GetInt32());

        var anonymous = app.Anonymous();
        var byLink = await anonymous.EventsAsync("MATCH_epcClass=" + Uri.EscapeDataString($"https://shop.example.vn/01/{farm.Gtin14}/10/{farm.LotNumber}"));
        var events = byLink.EventList().ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(farm.LotLink, e.GetProperty("quantityList")[0].GetProperty("epcClass").GetString()));
        Assert.Equal("EPCISQueryDocument", byLink.GetProperty("type").GetString());
        Assert.Equal("VietGAP", events[0].GetProperty("ilmd").GetProperty("vn:farmingStandard").GetString());
        Assert.StartsWith("urn:uuid:", events[0].GetProperty("eventID").GetString());

        var urn = EpcUrn.FromDigitalLink(DigitalLinkParser.Parse(farm.LotLink).Value!, 7).Value!;
        Assert.StartsWith("urn:epc:class:lgtin:", urn);
        Assert.Equal(2, (await anonymous.EventsAsync("MATCH_epcClass=" + Uri.EscapeDataString(urn))).EventList().Count());
        Assert.Single((await anonymous.EventsAsync($"MATCH_epcClass={Uri.EscapeDataString(farm.LotLink)}&EQ_bizStep=inspecting")).EventList());
        Assert.Equal(2, (await anonymous.EventsAsync($"EQ_bizLocation={Uri.EscapeDataString(farm.LocationUri)}")).EventList().Count());
        var since = Uri.EscapeDataString(Trace.Time(DateTime.UtcNow.AddHours(-2.5)));
        Assert.Single((await anonymous.EventsAsync($"MATCH_epcClass={Uri.EscapeDataString(farm.LotLink)}&GE_eventTime={since}")).EventList());
        Assert.Single((await anonymous.EventsAsync($"MATCH_epcClass={Uri.EscapeDataString(farm.LotLink)}&LT_eventTime={since}")).EventList());
        Assert.Empty((await anonymous.EventsAsync($"MATCH_epc={Uri.EscapeDataString(farm.LotLink)}")).EventList());
    }

    [Fact]
    public async Task Query_IsPaged_WithANextPageTokenInTheLinkHeader()
    {
        var farm = await app.FarmWithLotAsync();
        await (await farm.Owner.CaptureAsync(Trace.Document(Trace.Harvest(farm), Trace.Inspection(farm), Trace.Inspection(farm, DateTime.UtcNow.AddHours(-1)))))
            .JsonAsync(HttpStatusCode.Created);
        var client = app.Anonymous();
        var query = "MATCH_epcClass=" + Uri.EscapeDataString(farm.LotLink) + "&perPage=2";
        var first = await client.GetAsync("/api/v1/epcis/events?" + query);
        Assert.Equal(2, JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.EventList().Count());
        var next = first.Headers.GetValues("Link").Single();
        Assert.Contains("rel=\"next\"", next);
        var url = next[1..next.IndexOf('>')];
        var second = await client.EventsAsync(url[(url.IndexOf('?') + 1)..]);
        Assert.Single(second.EventList());
        await (await client.GetAsync("/api/v1/epcis/events?nextPageToken=%%%")).AssertProblemAsync(HttpStatusCode.BadRequest, "nextPageToken");
        await (await client.GetAsync("/api/v1/epcis/events?MATCH_anything=x")).AssertProblemAsync(HttpStatusCode.BadRequest, "MATCH_anything");
        await (await client.GetAsync("/api/v1/epcis/events?MATCH_epcClass=" + Uri.EscapeDataString($"https://id.gs1.org/01/{farm.Gtin14[..13]}{(farm.Gtin14[13] - '0' + 1) % 10}/10/X")))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "MATCH_epcClass");
    }

    [Fact]
    public async Task Capture_OneBadEventAmongGoodOnes_RefusesTheWholeDocument_ListingEveryErrorByIndex()
    {
        var farm = await app.FarmWithLotAsync();
        var bad = new Dictionary<string, object?>
        {
            ["type"] = "ObjectEvent", ["eventTime"] = Trace.Time(DateTime.UtcNow.AddHours(-1)), ["eventTimeZoneOffset"] = "+7", ["action"] = "OBSERVE",
            ["bizStep"] = "harvesting", ["quantityList"] = new[] { new { epcClass = farm.LotLink, quantity = 1, uom = "kg" } },
        };
        var response = await farm.Owner.CaptureAsync(Trace.Document(Trace.Harvest(farm), bad, Trace.Inspection(farm, withIlmd: true)));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "eventList[1]");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.GetProperty("eventList[1]").GetArrayLength() >= 3); // offset, bizStep, uom
        Assert.Contains("ilmd", errors.GetProperty("eventList[2]")[0].GetString());
        Assert.False(errors.TryGetProperty("eventList[0]", out _));
        Assert.Equal(0, await StoredCountAsync(farm.ProducerId));
    }

    [Fact]
    public async Task Capture_ForAnotherProducersLotOrPlace_IsRefused_AndNothingIsStored()
    {
        var mine = await app.FarmWithLotAsync();
        var theirs = await app.FarmWithLotAsync();
        var response = await mine.Owner.CaptureAsync(Trace.Document(Trace.Harvest(mine), Trace.Harvest(mine, lotLink: theirs.LotLink)));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "eventList[1]");
        Assert.Contains("not-owner", problem.GetProperty("errors").GetProperty("eventList[1]")[0].GetString());
        var elsewhere = (Dictionary<string, object?>)Trace.Inspection(mine);
        elsewhere["bizLocation"] = new { id = theirs.LocationUri };
        await (await mine.Owner.CaptureAsync(Trace.Document(elsewhere))).AssertProblemAsync(HttpStatusCode.BadRequest, "eventList[0]");
        var unregistered = Trace.Harvest(mine, lotLink: $"https://id.gs1.org/01/{mine.Gtin14}/10/CHUATAO1");
        await (await mine.Owner.CaptureAsync(Trace.Document(unregistered))).AssertProblemAsync(HttpStatusCode.BadRequest, "eventList[0]");
        Assert.Equal(0, await StoredCountAsync(mine.ProducerId));

        var buyer = await app.LoginAsNewAsync(Ocop.Features.Identity.Roles.Buyer);
        await (await buyer.CaptureAsync(Trace.Document(Trace.Harvest(mine)))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await app.Anonymous().CaptureAsync(Trace.Document(Trace.Harvest(mine)))).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Capture_EventTimeInTheFutureBeyondTolerance_IsRefused()
    {
        var farm = await app.FarmWithLotAsync();
        var response = await farm.Owner.CaptureAsync(Trace.Document(Trace.Harvest(farm, DateTime.UtcNow.AddMinutes(5)), Trace.Inspection(farm, DateTime.UtcNow.AddHours(2))));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "eventList[1]");
        Assert.Contains("future-event-time", problem.GetProperty("errors").GetProperty("eventList[1]")[0].GetString());
        Assert.False(problem.GetProperty("errors").TryGetProperty("eventList[0]", out _));
        Assert.Equal(0, await StoredCountAsync(farm.ProducerId));
    }

    [Fact]
    public async Task Capture_MalformedJson_Or_NoEvents_IsA400()
    {
        var farm = await app.FarmWithLotAsync();
        var response = await farm.Owner.PostAsync("/api/v1/epcis/capture", new StringContent("{\"type\": \"EPCISDocument\", \"epcisBody\": [", System.Text.Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "document");
        await (await farm.Owner.CaptureAsync(Trace.Document())).AssertProblemAsync(HttpStatusCode.BadRequest, "document");
    }

    [Fact]
    public async Task Lots_RefuseANumberLongerThan20_OrOutsideTheGs1CharacterSet_AndAProductWithoutGtin()
    {
        var farm = await app.FarmWithLotAsync();
        async Task Refused(object body, string field) =>
            await (await farm.Owner.PostAsJsonAsync("/api/v1/lots", body)).AssertProblemAsync(HttpStatusCode.BadRequest, field);
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));
        await Refused(new { productId = farm.ProductId, number = "ABCDEFGHIJKLMNOPQRSTU", harvestedOn = day, quantity = 5, unit = "KGM" }, "number");
        await Refused(new { productId = farm.ProductId, number = "LÔ 1", harvestedOn = day, quantity = 5, unit = "KGM" }, "number");
        await Refused(new { productId = farm.ProductId, number = farm.LotNumber, harvestedOn = day, quantity = 5, unit = "KGM" }, "number");
        await Refused(new { productId = farm.ProductId, number = "OK1", harvestedOn = day, quantity = 0, unit = "KGM" }, "quantity");
        var plain = await (await farm.Owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(app.Unique("Chè ")))).JsonAsync(HttpStatusCode.Created);
        await Refused(new { productId = plain.GetProperty("id").GetInt32(), number = "OK2", harvestedOn = day, quantity = 5, unit = "KGM" }, "productId");
        var other = await app.FarmWithLotAsync();
        await (await farm.Owner.PostAsJsonAsync("/api/v1/lots", new { productId = other.ProductId, number = "X1", harvestedOn = day, quantity = 5, unit = "KGM" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await farm.Owner.PostAsJsonAsync("/api/v1/trace-locations", new { kind = "Farm", name = "Vườn", gln = "8931234000012" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "gln");
    }

    [Fact]
    public async Task ProductApi_IncludesTheGtin_AndEachLotWithItsDigitalLink()
    {
        var farm = await app.FarmWithLotAsync();
        var product = await (await app.Anonymous().GetAsync($"/api/v1/products/{farm.ProductId}")).JsonAsync();
        Assert.EndsWith(farm.Gtin14[1..], product.GetProperty("gtin").GetString());
        var lot = product.GetProperty("lots").EnumerateArray().Single();
        Assert.Equal(farm.LotNumber, lot.GetProperty("number").GetString());
        Assert.Equal($"http://localhost/01/{farm.Gtin14}/10/{farm.LotNumber}", lot.GetProperty("digitalLink").GetString());
        var lots = await (await app.Anonymous().GetAsync($"/api/v1/products/{farm.ProductId}/lots")).JsonAsync();
        Assert.Equal(lot.GetProperty("digitalLink").GetString(), lots[0].GetProperty("digitalLink").GetString());
        var svg = await app.Anonymous().GetAsync($"/api/v1/lots/{farm.LotId}/qr.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        var png = await (await app.Anonymous().GetAsync($"/api/v1/lots/{farm.LotId}/qr.png")).Content.ReadAsByteArrayAsync();
        Assert.Equal(0x89, png[0]);
    }
}

[Collection(SqliteCollection.Name)] public sealed class EpcisCaptureQuerySqliteTests(SqliteApp app) : EpcisCaptureQueryTests(app);
[Collection(PostgresCollection.Name)] public sealed class EpcisCaptureQueryPostgresTests(PostgresApp app) : EpcisCaptureQueryTests(app);
