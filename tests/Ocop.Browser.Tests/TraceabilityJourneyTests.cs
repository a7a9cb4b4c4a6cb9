using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ocop.Browser.Tests;

[Collection(AppCollection.Name)]
public sealed class TraceabilityJourneyTests(AppFixture app)
{
    [Fact]
    public async Task Producer_RecordsHarvestAndPacking_BuyersOrderShips_AndTheLabelsQrShowsTheWholeChain()
    {
        var producer = await app.NewPageAsync();
        Assert.True(await Journeys.TryLoginAsync(producer, "htx.songma@ocop.example"), "the demo producer account signs in");

        // A new lot of fresh longan from the cooperative's orchard.
        var number = "J-" + Journeys.Unique().ToUpperInvariant();
        await producer.GotoAsync("/ban-hang/truy-xuat");
        await producer.GetByText("Tạo lô mới").ClickAsync();
        var product = producer.GetByLabel(new Regex("^Sản phẩm"));
        var longan = await product.EvaluateAsync<string>("s => [...s.options].find(o => o.text.startsWith('Nhãn Sông Mã (')).value");
        await product.SelectOptionAsync(longan!);
        await producer.GetByLabel("Số lô").FillAsync(number);
        await producer.GetByLabel("Số lượng").FillAsync("50");
        await producer.GetByLabel("Nơi thu hoạch / sản xuất").SelectOptionAsync(new SelectOptionValue { Label = "Vườn nhãn bản Nà Nghịu" });
        await producer.GetByRole(AriaRole.Button, new() { Name = "Tạo lô" }).ClickAsync();
        await Assertions.Expect(producer).ToHaveURLAsync(new Regex(@"/ban-hang/truy-xuat/lo/\d+$"));
        var lotId = int.Parse(producer.Url[(producer.Url.LastIndexOf('/') + 1)..]);

        // Harvest, then packing, each a short form on the phone.
        await producer.GetByRole(AriaRole.Link, new() { Name = "Thu hoạch" }).ClickAsync();
        await producer.GetByLabel("Lô đất / vườn").FillAsync("Lô 5 – vườn ông Lò Văn Pọm");
        await producer.GetByLabel("Nhiệt độ khi thu hoạch (°C, nếu có)").FillAsync("26.5, 27");
        await producer.GetByRole(AriaRole.Button, new() { Name = "Ghi lại" }).ClickAsync();
        await Assertions.Expect(producer.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã ghi");
        await producer.GetByRole(AriaRole.Link, new() { Name = "Đóng thùng" }).ClickAsync();
        await producer.GetByLabel("Địa điểm").SelectOptionAsync(new SelectOptionValue { Label = "Xưởng sấy và đóng gói HTX (Cơ sở chế biến)" });
        await producer.GetByLabel("Số thùng").FillAsync("2");
        await producer.GetByRole(AriaRole.Button, new() { Name = "Ghi lại" }).ClickAsync();
        await Assertions.Expect(producer.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã ghi");
        await Assertions.Expect(producer.Locator(".timeline > li")).ToHaveCountAsync(3); // harvest + two cartons

        // A buyer orders the longan; the cooperative packs it from this lot and ships it.
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var search = await http.GetFromJsonAsync<JsonElement>("/api/v1/products?q=" + Uri.EscapeDataString("Nhãn Sông Mã") + "&pageSize=50");
        var productId = search.GetProperty("items").EnumerateArray().First(p => p.GetProperty("name").GetString() == "Nhãn Sông Mã").GetProperty("id").GetInt32();
        using var checkout = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new
            {
                items = new[] { new { productId, quantity = 3 } }, paymentMethod = "cod",
                shipping = new { name = "Nguyễn Thị Mai", phone = "0987654321", address = "Số 1 phố Huế", communeCode = "00004", carrier = "vnpost" },
            }),
        };
        checkout.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var placed = await http.SendAsync(checkout);
        Assert.True(placed.StatusCode == HttpStatusCode.Created, await placed.Content.ReadAsStringAsync());
        var code = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders")[0].GetProperty("code").GetString();
        var token = await (await http.PostAsJsonAsync("/api/v1/auth/token", new { email = "htx.songma@ocop.example", password = Journeys.Password }))
            .Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var packed = await http.PostAsJsonAsync($"/api/v1/orders/{code}/pack", new { lots = new[] { new { productId, lotId } } });
        Assert.True(packed.IsSuccessStatusCode, await packed.Content.ReadAsStringAsync());
        var shipped = await http.PostAsJsonAsync($"/api/v1/orders/{code}/ship", new { trackingNumber = "VNP" + Journeys.Unique() });
        Assert.True(shipped.IsSuccessStatusCode, await shipped.Content.ReadAsStringAsync());

        // The label carries the lot's Digital Link; its QR image is served; opening the link shows the whole chain.
        await producer.GotoAsync($"/ban-hang/truy-xuat/lo/{lotId}/nhan");
        await Assertions.Expect(producer.Locator(".label")).ToHaveCountAsync(12);
        var link = await producer.Locator(".no-print a[href*='/01/']").GetAttributeAsync("href");
        Assert.Matches(@"/01/\d{14}/10/" + number + "$", link);
        var qr = await http.GetAsync($"/api/v1/lots/{lotId}/qr.svg");
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);

        var buyer = await app.NewPageAsync();
        await buyer.GotoAsync(link!);
        await Assertions.Expect(buyer).ToHaveURLAsync(new Regex($"/truy-xuat/{lotId}$"));
        await Assertions.Expect(buyer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nhãn Sông Mã");
        var timeline = buyer.Locator(".timeline");
        await Assertions.Expect(timeline).ToContainTextAsync("Thu hoạch");
        await Assertions.Expect(timeline).ToContainTextAsync("Đóng gói");
        await Assertions.Expect(timeline).ToContainTextAsync("Xuất hàng");
        await Assertions.Expect(timeline).ToContainTextAsync("Lô 5 – vườn ông Lò Văn Pọm");
        await Assertions.Expect(timeline).ToContainTextAsync("Phường Ba Đình");
        await Assertions.Expect(buyer.Locator(".trace")).ToContainTextAsync("Vườn nhãn bản Nà Nghịu");
    }

    [Fact]
    public async Task DemoProcessedLot_ShowsItsTwoInputLots_AndColdChainTemperatures()
    {
        var page = await app.NewPageAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var search = await http.GetFromJsonAsync<JsonElement>("/api/v1/products?q=" + Uri.EscapeDataString("Long nhãn sấy Sông Mã"));
        var id = search.GetProperty("items").EnumerateArray().First(p => p.GetProperty("name").GetString() == "Long nhãn sấy Sông Mã").GetProperty("id").GetInt32();
        var product = await http.GetFromJsonAsync<JsonElement>($"/api/v1/products/{id}");
        var lot = product.GetProperty("lots").EnumerateArray().Single(l => l.GetProperty("number").GetString() == "LNS-2601");
        await page.GotoAsync(lot.GetProperty("digitalLink").GetString()!);
        await Assertions.Expect(page.Locator(".trace-input")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".trace")).ToContainTextAsync("NSM-A02");
        await Assertions.Expect(page.Locator(".trace")).ToContainTextAsync("NSM-B01");
    }
}
