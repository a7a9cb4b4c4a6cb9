using System.Text.Json;
using Ocop.Features.Certification;
using Ocop.Features.Identity;

namespace Ocop.Tests.Matching;

/// <summary>Intent helpers for the matching tests: verified buyers, demand and offer bodies, certificates.</summary>
public static class Trade
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    /// <summary>A b2b user whose organisation an administrator has verified; returns the signed-in client and the organisation id.</summary>
    public static async Task<(HttpClient Buyer, int OrganisationId)> VerifiedBuyerAsync(this OcopApp app, string province = "01", bool verified = true)
    {
        var buyer = await app.LoginAsNewAsync(Roles.B2bBuyer);
        var organisation = await (await buyer.PostAsJsonAsync("/api/v1/matching/organisations", Organisation(app, province))).JsonAsync();
        var id = organisation.GetProperty("id").GetInt32();
        if (verified)
        {
            var admin = await app.LoginAsNewAsync(Roles.Admin);
            await (await admin.PostAsync($"/api/v1/matching/organisations/{id}/verify", null)).JsonAsync();
        }
        return (buyer, id);
    }

    public static object Organisation(OcopApp app, string province = "01") => new
    {
        name = app.Unique("Siêu thị Thử nghiệm "), taxCode = "01" + Random.Shared.NextInt64(10_000_000, 99_999_999), addressLine = "12 Phố Huế",
        provinceCode = province, contactName = "Trần Văn Mua", contactPhone = "0987654321", contactEmail = app.Unique("mua") + "@test.example",
    };

    public static Dictionary<string, object?> Demand(string title = "Nhãn lồng tươi Sông Mã", int set = 1) => new()
    {
        ["title"] = title, ["need"] = "Nhãn loại 1, giao hằng tuần", ["setCodes"] = new[] { set }, ["quantity"] = 2, ["unit"] = "Tonne",
        ["frequency"] = "Weekly", ["deliveryProvinceCode"] = "01", ["neededBy"] = Today.AddDays(20).ToString("yyyy-MM-dd"),
        ["priceMin"] = 20_000_000, ["priceMax"] = 28_000_000, ["minStars"] = 3, ["standards"] = new[] { "VietGap" },
        ["validUntil"] = Today.AddDays(60).ToString("yyyy-MM-dd"),
    };

    public static Dictionary<string, object?> Offer(string title = "Nhãn lồng Sông Mã tươi", int set = 1) => new()
    {
        ["title"] = title, ["description"] = "Nhãn tươi của hợp tác xã", ["setCode"] = set, ["capacity"] = 10, ["unit"] = "Tonne",
        ["period"] = "Weekly", ["minOrder"] = 1, ["priceTiers"] = new[] { new { minQuantity = 0, price = 24_000_000 } },
        ["reach"] = "Nationwide", ["standards"] = new[] { "VietGap", "Organic" }, ["validUntil"] = Today.AddDays(90).ToString("yyyy-MM-dd"),
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string key, object? value) => new(body) { [key] = value };

    /// <summary>A valid certificate of the producer in a set (as if issued by its province).</summary>
    public static Task CertifyAsync(this OcopApp app, int producerId, int set, int stars) => app.WithDb(async db =>
    {
        var number = app.Unique("OCOP-14-2026-");
        db.Set<Certificate>().Add(new Certificate
        {
            Number = number[..Math.Min(40, number.Length)], ProducerId = producerId, ProductName = "Sản phẩm", ProducerName = "Chủ thể", ProvinceCode = "14",
            SetCode = set, Stars = stars, Score = 75, Level = RecognitionLevel.Province, DecisionNumber = "QĐ-1", DecisionDate = Today.AddMonths(-1),
            IssuedOn = Today.AddMonths(-1), ExpiresOn = Certificate.ExpiryFor(Today.AddMonths(-1)), Status = CertificateStatus.Valid, CreatedAt = DateTime.UtcNow,
        });
        return await db.SaveChangesAsync();
    });

    public static async Task<int> PostDemandAsync(this HttpClient buyer, Dictionary<string, object?> body) =>
        (await (await buyer.PostAsJsonAsync("/api/v1/matching/demands", body)).JsonAsync(HttpStatusCode.Created)).GetProperty("demand").GetProperty("id").GetInt32();

    public static async Task<int> PostOfferAsync(this HttpClient producer, Dictionary<string, object?> body) =>
        (await (await producer.PostAsJsonAsync("/api/v1/matching/offers", body)).JsonAsync(HttpStatusCode.Created)).GetProperty("offer").GetProperty("id").GetInt32();

    public static async Task<JsonElement[]> MatchesAsync(this HttpClient client, string side, int id) =>
        (await (await client.GetAsync($"/api/v1/matching/{side}/{id}/matches")).JsonAsync()).EnumerateArray().ToArray();
}
