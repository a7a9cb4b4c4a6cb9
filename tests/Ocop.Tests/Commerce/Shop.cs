using System.Text.Json;

namespace Ocop.Tests.Commerce;

/// <summary>Intent methods for commerce scenarios: list a product, check out, read an order.</summary>
public static class Shop
{
    /// <summary>Phường Ba Đình, Hà Nội: the same region (North) as the test producers in Sơn La.</summary>
    public const string HaNoiCommune = "00004";

    public static async Task<int> ListProductAsync(this HttpClient owner, OcopApp app, long price = 100_000, int stock = 20, string? name = null)
    {
        var body = OcopApp.ProductBody(name ?? app.Unique("Chè Shan tuyết "), price: price, stock: stock);
        var created = await (await owner.PostAsJsonAsync("/api/v1/products", body)).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    public static object Shipping(string commune = HaNoiCommune, string carrier = "vnpost", string phone = "0987654321") =>
        new { name = "Nguyễn Thị Mua", phone, address = "Số 1 ngõ 2 phố Huế", communeCode = commune, carrier, note = "Giao giờ hành chính" };

    /// <summary>A mobile number of its own (09…), for buyers who must not share a phone's deal allowance.</summary>
    public static string NewPhone() => "09" + Random.Shared.Next(0, 100_000_000).ToString("D8");

    public static object Checkout(object[] items, string payment = "vietqr", object? shipping = null) =>
        new { items, shipping = shipping ?? Shipping(), paymentMethod = payment };

    public static object Item(int productId, int quantity = 1) => new { productId, quantity };

    public static async Task<HttpResponseMessage> PlaceAsync(this HttpClient client, object body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString("N"));
        return await client.SendAsync(request);
    }

    /// <summary>Places an order and returns the first created order of the response.</summary>
    public static async Task<JsonElement> OrderAsync(this HttpClient client, object body)
    {
        var response = await (await client.PlaceAsync(body)).JsonAsync(HttpStatusCode.Created);
        return response.GetProperty("orders")[0];
    }

    public static Task<int> StockAsync(this OcopApp app, int productId) =>
        app.WithDb(db => db.Products.Where(p => p.Id == productId).Select(p => p.Stock).SingleAsync());

    public static async Task<JsonElement> GetOrderAsync(this HttpClient client, string code) =>
        await (await client.GetAsync($"/api/v1/orders/{code}")).JsonAsync();

    public static async Task<JsonElement> ActAsync(this HttpClient client, string code, string action, object? body = null, HttpStatusCode status = HttpStatusCode.OK) =>
        await (await client.PostAsJsonAsync($"/api/v1/orders/{code}/{action}", body ?? new { })).JsonAsync(status);
}
