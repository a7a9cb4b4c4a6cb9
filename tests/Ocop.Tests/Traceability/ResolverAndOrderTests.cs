using System.Net.Http.Headers;
using Ocop.Tests.Commerce;

namespace Ocop.Tests.Traceability;

/// <summary>The GS1 Digital Link resolver at the site root, and the events an order writes when it ships and is delivered.</summary>
public abstract class ResolverAndOrderTests(OcopApp app)
{
    [Fact]
    public async Task Lot_RedirectsToItsTracePage_AndAnswersItsLinkset()
    {
        var farm = await app.FarmWithLotAsync();
        var client = app.Anonymous();
        var path = $"/01/{farm.Gtin14}/10/{farm.LotNumber}";
        var redirect = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal($"http://localhost/truy-xuat/{farm.LotId}", redirect.Headers.Location!.ToString());
        var serialized = await client.GetAsync(path + "/21/SN001?17=261231");
        Assert.True(serialized.StatusCode == HttpStatusCode.TemporaryRedirect, await serialized.Content.ReadAsStringAsync());

        var linkset = await client.GetAsync(path + "?linkType=linkset");
        Assert.Equal("application/linkset+json", linkset.Content.Headers.ContentType?.MediaType);
        var body = (await linkset.JsonAsync()).GetProperty("linkset")[0];
        Assert.Equal("http://localhost" + path, body.GetProperty("anchor").GetString());
        Assert.Equal($"http://localhost/truy-xuat/{farm.LotId}", body.GetProperty("https://ref.gs1.org/voc/traceability")[0].GetProperty("href").GetString());
        Assert.Equal(body.GetProperty("https://ref.gs1.org/voc/traceability")[0].GetProperty("href").GetString(),
            body.GetProperty("https://ref.gs1.org/voc/defaultLink")[0].GetProperty("href").GetString());
        Assert.True(body.TryGetProperty("https://ref.gs1.org/voc/pip", out _));

        using var accept = new HttpRequestMessage(HttpMethod.Get, path);
        accept.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/linkset+json"));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(accept)).StatusCode);

        var pip = await client.GetAsync(path + "?linkType=gs1:pip");
        Assert.StartsWith("http://localhost/san-pham/", pip.Headers.Location!.ToString());
        var epcis = await client.GetAsync(path + "?linkType=gs1:epcis");
        Assert.StartsWith("http://localhost/api/v1/epcis/events?MATCH_epcClass=", epcis.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.TemporaryRedirect, (await client.GetAsync($"/01/{farm.Gtin14}")).StatusCode);
        Assert.StartsWith("http://localhost/san-pham/", (await client.GetAsync($"/01/{farm.Gtin14}")).Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/.well-known/gs1resolver")).StatusCode);
    }

    [Fact]
    public async Task Redirect_SendsALinkHeaderToTheLinkset_AndAFullUriLinkTypeIsAccepted()
    {
        var farm = await app.FarmWithLotAsync();
        var client = app.Anonymous();
        var path = $"/01/{farm.Gtin14}/10/{farm.LotNumber}";
        var redirect = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        var link = string.Join(", ", redirect.Headers.GetValues("Link"));
        Assert.Contains($"<http://localhost{path}?linkType=linkset>; rel=\"linkset\"; type=\"application/linkset+json\"", link);
        Assert.Contains("rel=\"http://www.w3.org/ns/json-ld#context\"", link);

        foreach (var full in new[] { "https://gs1.org/voc/pip", "https%3A%2F%2Fgs1.org%2Fvoc%2Fpip", "https://ref.gs1.org/voc/pip" })
        {
            var pip = await client.GetAsync($"{path}?linkType={full}");
            Assert.True(pip.StatusCode == HttpStatusCode.TemporaryRedirect, full + ": " + await pip.Content.ReadAsStringAsync());
            Assert.StartsWith("http://localhost/san-pham/", pip.Headers.Location!.ToString());
        }
        var trace = await client.GetAsync($"{path}?linkType=https://gs1.org/voc/traceability");
        Assert.Equal($"http://localhost/truy-xuat/{farm.LotId}", trace.Headers.Location!.ToString());
        await (await client.GetAsync($"{path}?linkType=https://gs1.org/voc/recallStatus")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Resolver_BadSyntax_Is400WithTheParsersErrors_AndUnknownThingsAre404()
    {
        var farm = await app.FarmWithLotAsync();
        var client = app.Anonymous();
        var wrongCheck = farm.Gtin14[..13] + ((farm.Gtin14[13] - '0' + 1) % 10);
        var problem = await (await client.GetAsync($"/01/{wrongCheck}/10/{farm.LotNumber}")).AssertProblemAsync(HttpStatusCode.BadRequest, "digitalLink");
        Assert.Contains("check-digit", problem.GetProperty("errors").GetProperty("digitalLink")[0].GetString());
        problem = await (await client.GetAsync($"/01/{farm.Gtin14}/21/SN1/10/{farm.LotNumber}")).AssertProblemAsync(HttpStatusCode.BadRequest, "digitalLink");
        Assert.Contains("qualifier-order", problem.GetProperty("errors").GetProperty("digitalLink")[0].GetString());
        problem = await (await client.GetAsync($"/01/{farm.Gtin14}/10/ABCDEFGHIJKLMNOPQRSTU")).AssertProblemAsync(HttpStatusCode.BadRequest, "digitalLink");
        Assert.Contains("length", problem.GetProperty("errors").GetProperty("digitalLink")[0].GetString());
        problem = await (await client.GetAsync($"/01/{farm.Gtin14}?99=1")).AssertProblemAsync(HttpStatusCode.BadRequest, "digitalLink");
        Assert.Contains("unknown-ai", problem.GetProperty("errors").GetProperty("digitalLink")[0].GetString());
        await (await client.GetAsync($"/01/{farm.Gtin14[1..]}")).AssertProblemAsync(HttpStatusCode.BadRequest, "digitalLink");

        await (await client.GetAsync($"/01/{farm.Gtin14}/10/KHONGCO")).AssertProblemAsync(HttpStatusCode.NotFound);
        var unknownGtin = Trace.NewGtin13().PadLeft(14, '0');
        await (await client.GetAsync($"/01/{unknownGtin}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/01/{farm.Gtin14}/10/{farm.LotNumber}?linkType=gs1:recallStatus")).AssertProblemAsync(HttpStatusCode.NotFound);
        // No valid certificate: the certificate link does not exist.
        await (await client.GetAsync($"/01/{farm.Gtin14}/10/{farm.LotNumber}?linkType=gs1:certificationInfo")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Resolver_CertificationInfo_PointsToTheVerificationPage_WhileTheCertificateIsValid()
    {
        var farm = await app.FarmWithLotAsync();
        await app.WithDb(async db =>
        {
            var p = await db.Products.SingleAsync(x => x.Id == farm.ProductId);
            p.CertificateNumber = "OCOP-14-2026-0042";
            p.CertificateStars = 4;
            p.CertificateExpiresOn = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(2));
            return await db.SaveChangesAsync();
        });
        var response = await app.Anonymous().GetAsync($"/01/{farm.Gtin14}/10/{farm.LotNumber}?linkType=gs1:certificationInfo");
        Assert.Equal("http://localhost/xac-minh/OCOP-14-2026-0042", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task ShippedAndDeliveredOrder_WritesEventsNamingThePickedLot_AndALotOfAnotherProductIsRefused()
    {
        var farm = await app.FarmWithLotAsync();
        var other = await app.FarmWithLotAsync();
        var buyer = await app.LoginAsNewAsync(Ocop.Features.Identity.Roles.Buyer);
        var order = await buyer.OrderAsync(Shop.Checkout([Shop.Item(farm.ProductId, 2)], "cod"));
        var code = order.GetProperty("code").GetString()!;

        var refused = await farm.Owner.PostAsJsonAsync($"/api/v1/orders/{code}/pack", new { lots = new[] { new { productId = farm.ProductId, lotId = other.LotId } } });
        await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "lots");
        Assert.Equal("CodPending", (await farm.Owner.GetOrderAsync(code)).GetProperty("status").GetString());

        var packed = await farm.Owner.ActAsync(code, "pack", new { lots = new[] { new { productId = farm.ProductId, lotId = farm.LotId } } });
        Assert.Equal(farm.LotId, packed.GetProperty("lines")[0].GetProperty("lotId").GetInt32());
        await farm.Owner.ActAsync(code, "ship", new { trackingNumber = "VN123456" });
        await farm.Owner.ActAsync(code, "deliver");

        var events = (await app.Anonymous().EventsAsync("MATCH_epcClass=" + Uri.EscapeDataString(farm.LotLink))).EventList().ToList();
        Assert.Equal(["shipping", "receiving"], events.Select(e => e.GetProperty("bizStep").GetString()));
        Assert.All(events, e => Assert.Equal(2, e.GetProperty("quantityList")[0].GetProperty("quantity").GetInt32()));
        Assert.Equal($"https://ocop.example.vn/don-hang/{code}", events[0].GetProperty("bizTransactionList")[0].GetProperty("bizTransaction").GetString());
        Assert.Equal("retail_sold", events[1].GetProperty("disposition").GetString());
        Assert.Equal($"https://ocop.example.vn/xa/{Shop.HaNoiCommune}", events[0].GetProperty("destinationList")[0].GetProperty("destination").GetString());
    }
}

[Collection(SqliteCollection.Name)] public sealed class ResolverAndOrderSqliteTests(SqliteApp app) : ResolverAndOrderTests(app);
[Collection(PostgresCollection.Name)] public sealed class ResolverAndOrderPostgresTests(PostgresApp app) : ResolverAndOrderTests(app);
