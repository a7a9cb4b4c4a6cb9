using System.Text.Json;
using Ocop.Standards.Gs1;

namespace Ocop.Tests.Traceability;

/// <summary>Intent methods for traceability scenarios: a producer with a GTIN product, a farm and a lot; EPCIS documents.</summary>
public static class Trace
{
    /// <summary>A fresh valid GTIN-13 under Vietnam's prefix 893 (random item reference).</summary>
    public static string NewGtin13()
    {
        var body = "893" + Random.Shared.NextInt64(0, 1_000_000_000).ToString("D9");
        return body + Gs1CheckDigit.Compute(body);
    }

    public sealed record Farm(int ProducerId, HttpClient Owner, int ProductId, string Gtin14, int LocationId, string LocationUri, int LotId, string LotNumber, string LotLink);

    /// <summary>A verified producer with a listed GTIN product, a farm and a 120 kg lot harvested yesterday.</summary>
    public static async Task<Farm> FarmWithLotAsync(this OcopApp app, string? lot = null)
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var gtin = NewGtin13();
        var product = await (await owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(app.Unique("Nhãn Sông Mã "), gtin: gtin)))
            .JsonAsync(HttpStatusCode.Created);
        var location = await (await owner.PostAsJsonAsync("/api/v1/trace-locations", new { kind = "Farm", name = "Vườn nhãn bản Nà Nghịu" }))
            .JsonAsync(HttpStatusCode.Created);
        var number = lot ?? "NSM" + Random.Shared.Next(100_000, 999_999);
        var created = await (await owner.PostAsJsonAsync("/api/v1/lots", new
        {
            productId = product.GetProperty("id").GetInt32(), number, harvestedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
            quantity = 120, unit = "KGM", originLocationId = location.GetProperty("id").GetInt32(),
        })).JsonAsync(HttpStatusCode.Created);
        return new Farm(producer.Id, owner, product.GetProperty("id").GetInt32(), Gtin.ToGtin14(gtin), location.GetProperty("id").GetInt32(),
            location.GetProperty("digitalLink").GetString()!, created.GetProperty("id").GetInt32(), number,
            $"https://id.gs1.org/01/{Gtin.ToGtin14(gtin)}/10/{number}");
    }

    public static string Time(DateTime utc) => new DateTimeOffset(utc).ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:sszzz");

    public static object Harvest(Farm f, DateTime? at = null, string? lotLink = null) => new Dictionary<string, object?>
    {
        ["type"] = "ObjectEvent", ["eventTime"] = Time(at ?? DateTime.UtcNow.AddHours(-3)), ["eventTimeZoneOffset"] = "+07:00", ["action"] = "ADD",
        ["bizStep"] = "commissioning", ["disposition"] = "active",
        ["quantityList"] = new[] { new { epcClass = lotLink ?? f.LotLink, quantity = 120, uom = "KGM" } },
        ["bizLocation"] = new { id = f.LocationUri }, ["readPoint"] = new { id = f.LocationUri },
        ["ilmd"] = new Dictionary<string, object> { ["vn:plot"] = "Lô 3", ["vn:farmingStandard"] = "VietGAP" },
    };

    public static object Inspection(Farm f, DateTime? at = null, string action = "OBSERVE", bool withIlmd = false)
    {
        var e = new Dictionary<string, object?>
        {
            ["type"] = "ObjectEvent", ["eventTime"] = Time(at ?? DateTime.UtcNow.AddHours(-2)), ["eventTimeZoneOffset"] = "+07:00", ["action"] = action,
            ["bizStep"] = "inspecting", ["disposition"] = "conformant",
            ["quantityList"] = new[] { new { epcClass = f.LotLink, quantity = 120, uom = "KGM" } },
            ["bizLocation"] = new { id = f.LocationUri },
        };
        if (withIlmd) e["ilmd"] = new Dictionary<string, object> { ["vn:note"] = "ilmd on OBSERVE" };
        return e;
    }

    public static object Document(params object[] events) => new Dictionary<string, object>
    {
        ["@context"] = new object[] { "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", new Dictionary<string, string> { ["vn"] = "https://truyxuat.example.vn/voc/" } },
        ["type"] = "EPCISDocument", ["schemaVersion"] = "2.0", ["creationDate"] = Time(DateTime.UtcNow),
        ["epcisBody"] = new { eventList = events },
    };

    public static Task<HttpResponseMessage> CaptureAsync(this HttpClient client, object document) =>
        client.PostAsync("/api/v1/epcis/capture", new StringContent(JsonSerializer.Serialize(document), System.Text.Encoding.UTF8, "application/ld+json"));

    public static async Task<JsonElement> EventsAsync(this HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/epcis/events?" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        EmittedDocuments.Save("query", body);
        return JsonDocument.Parse(body).RootElement;
    }

    public static JsonElement.ArrayEnumerator EventList(this JsonElement queryDocument) =>
        queryDocument.GetProperty("epcisBody").GetProperty("queryResults").GetProperty("resultsBody").GetProperty("eventList").EnumerateArray();
}

/// <summary>
/// Every EPCIS document the platform emits in a test is written here; ./test.sh then validates the folder against
/// the GS1 EPCIS 2.0 JSON schema (tests/epcis-schema). The folder is OCOP_EPCIS_OUT, or a temp folder.
/// </summary>
public static class EmittedDocuments
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("OCOP_EPCIS_OUT") is { Length: > 0 } dir
        ? dir : Path.Combine(Path.GetTempPath(), "ocop-epcis-out");

    public static void Save(string name, string json)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, $"{name}-{Guid.NewGuid():N}.json"), json);
    }
}
