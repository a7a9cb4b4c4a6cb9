using System.Text.Json;
using Ocop.Features.Traceability;
using Ocop.Tests.Commerce;

namespace Ocop.Tests.Traceability;

/// <summary>
/// Packing and shipping from the seller's order page (issue 16 §3) names lots as the API does: the picker
/// suggests the newest lot with stock, says plainly when a product has no lot, refuses another producer's
/// lot with nothing written, and a shipped order writes the shipping event the lot's trace page shows.
/// </summary>
public abstract class SellerPackShipPageTests(OcopApp app)
{
    [Fact]
    public async Task PackAndShipFromThePage_NameTheSuggestedLot_AndTheLotsTracePageShowsTheShipping()
    {
        var farm = await app.FarmWithLotAsync();
        var stranger = await app.FarmWithLotAsync();
        var expired = await app.WithDb(async db =>
        {
            // Newer than the farm's lot but past its date: not the one to suggest.
            var lot = new Lot
            {
                ProductId = farm.ProductId, ProducerId = farm.ProducerId, Number = "HET" + Random.Shared.Next(100_000, 999_999), Gtin = farm.Gtin14,
                Quantity = 50, Unit = "KGM", HarvestedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-40)),
                ExpiresOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)), CreatedAt = DateTime.UtcNow,
            };
            db.Lots.Add(lot);
            await db.SaveChangesAsync();
            return lot;
        });
        var noLot = await farm.Owner.ListProductAsync(app, name: app.Unique("Chè búp khô "));
        var buyer = await app.LoginAsNewAsync(Ocop.Features.Identity.Roles.Buyer);
        var code = (await buyer.OrderAsync(Shop.Checkout([Shop.Item(farm.ProductId, 2), Shop.Item(noLot)], "cod"))).GetProperty("code").GetString()!;
        var page = $"/ban-hang/don-hang/{code}";

        var html = await farm.Owner.GetStringAsync(page);
        Assert.Contains($"name=\"lot-{farm.ProductId}\"", html);
        Assert.Matches($"<option value=\"{farm.LotId}\" selected=\"selected\">{farm.LotNumber}", html);
        Assert.Matches($"<option value=\"{expired.Id}\">{expired.Number}[^<]*\\(đã hết hạn\\)", html);
        Assert.DoesNotContain($"name=\"lot-{noLot}\"", html);
        Assert.Contains("sản phẩm này chưa có lô hàng nào", html);

        var refused = await farm.Owner.SubmitAsync(page + "?handler=Act", ("action", "Pack"), ($"lot-{farm.ProductId}", stranger.LotId.ToString()));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Lô đã chọn không phải lô của sản phẩm", await refused.Content.ReadAsStringAsync());
        var garbled = await farm.Owner.SubmitAsync(page + "?handler=Act", ("action", "Pack"), ($"lot-{farm.ProductId}", "abc"));
        Assert.Contains("Lô hàng đã chọn không hợp lệ.", await garbled.Content.ReadAsStringAsync());
        Assert.Equal("CodPending", (await farm.Owner.GetOrderAsync(code)).GetProperty("status").GetString());

        var packed = await farm.Owner.SubmitAsync(page + "?handler=Act", ("action", "Pack"), ($"lot-{farm.ProductId}", farm.LotId.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, packed.StatusCode);
        var order = await farm.Owner.GetOrderAsync(code);
        Assert.Equal("Packed", order.GetProperty("status").GetString());
        var lines = order.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(farm.LotId, lines.Single(l => l.GetProperty("productId").GetInt32() == farm.ProductId).GetProperty("lotId").GetInt32());
        Assert.Equal(JsonValueKind.Null, lines.Single(l => l.GetProperty("productId").GetInt32() == noLot).GetProperty("lotId").ValueKind);

        // Shipping a packed order keeps the lot named at packing (the picker shows it selected).
        Assert.Matches($"<option value=\"{farm.LotId}\" selected=\"selected\">", await farm.Owner.GetStringAsync(page));
        var shipped = await farm.Owner.SubmitAsync(page + "?handler=Act", ("action", "Ship"), ("carrier", "vnpost"), ("trackingNumber", "VN55501"),
            ($"lot-{farm.ProductId}", farm.LotId.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, shipped.StatusCode);

        var events = (await app.Anonymous().EventsAsync("MATCH_epcClass=" + Uri.EscapeDataString(farm.LotLink))).EventList().ToList();
        var shipping = Assert.Single(events, e => e.GetProperty("bizStep").GetString() == "shipping");
        Assert.Equal(2, shipping.GetProperty("quantityList")[0].GetProperty("quantity").GetInt32());
        Assert.Equal($"https://ocop.example.vn/don-hang/{code}", shipping.GetProperty("bizTransactionList")[0].GetProperty("bizTransaction").GetString());
        Assert.Contains($"href=\"/truy-xuat/{farm.LotId}\"", await farm.Owner.GetStringAsync(page));
        Assert.Contains("Xuất hàng", await app.Anonymous().GetStringAsync($"/truy-xuat/{farm.LotId}"));
        var bought = await buyer.GetStringAsync($"/don-hang/{code}"); // the buyer's order leads to the lot's trace page
        Assert.Equal(1, (bought.Length - bought.Replace($"href=\"/truy-xuat/{farm.LotId}\"", "").Length) / $"href=\"/truy-xuat/{farm.LotId}\"".Length);
    }

    [Fact]
    public void TheSuggestedLot_IsTheNewestWithAQuantityAndNotExpired()
    {
        var today = new DateOnly(2026, 12, 8);
        Lot L(int id, decimal quantity, DateOnly? expires) => new() { Id = id, Number = "L" + id, Gtin = "08930000000019", Unit = "KGM", Quantity = quantity, ExpiresOn = expires };
        Assert.Equal(3, LotChoices.Suggest([L(5, 10, today.AddDays(-1)), L(4, 0, null), L(3, 10, today), L(2, 10, null)], today)?.Id);
        Assert.Equal(2, LotChoices.Suggest([L(2, 10, null), L(1, 10, today.AddDays(9))], today)?.Id);
        Assert.Null(LotChoices.Suggest([L(1, 10, today.AddDays(-1))], today));
        Assert.Null(LotChoices.Suggest([], today));
    }
}

[Collection(SqliteCollection.Name)] public sealed class SellerPackShipPageSqliteTests(SqliteApp app) : SellerPackShipPageTests(app);
[Collection(PostgresCollection.Name)] public sealed class SellerPackShipPagePostgresTests(PostgresApp app) : SellerPackShipPageTests(app);
