using Microsoft.Extensions.Options;
using Ocop.Features.Catalog;
using Ocop.Features.Traceability;
using Ocop.Standards.Epcis;
using Ocop.Standards.Gs1;

namespace Ocop.Data.Demo;

/// <summary>
/// Demo traceability of the featured Sông Mã cooperative: its farms, workshop and cold store; fresh
/// longan from harvest to a buyer in Hà Nội (with cold-chain temperatures); dried longan processed
/// from two longan lots; honey and ground coffee lots with their harvest. Events are built with the
/// same builder as the producer pages and stored by the same recorder.
/// </summary>
public sealed partial class DemoSeeder
{
    private async Task TraceabilityAsync(int producerId, CancellationToken ct)
    {
        var products = await db.Products.Where(p => p.ProducerId == producerId).ToListAsync(ct);
        Product? Find(string name) => products.FirstOrDefault(p => p.Name == name);
        var longan = Find("Nhãn Sông Mã");
        var dried = Find("Long nhãn sấy Sông Mã");
        if (longan is null || dried is null) return;
        var honey = Find("Mật ong hoa nhãn Sông Mã");
        var coffee = Find("Cà phê bột nguyên chất Sơn La");
        var item = 1;
        foreach (var p in new[] { longan, dried, honey, coffee }.OfType<Product>().Where(p => p.Gtin is null))
        {
            var body = $"89399{producerId % 1000:D3}{item++:D4}";
            p.Gtin = body + Gs1CheckDigit.Compute(body);
            db.Entry(p).Property(x => x.Gtin).IsModified = true;
        }

        var options = new TraceabilityOptions();
        var now = clock.UtcNow();
        TraceLocation Place(LocationKind kind, string name, int n)
        {
            var link = TraceIds.LocationLink(null, options.PlatformGln, producerId, n);
            var place = new TraceLocation
            {
                ProducerId = producerId, Kind = kind, Name = name, CommuneCode = DemoPlan.SongMaCommune, ProvinceCode = "14",
                Uri = link.ToUri(), Key = link.ToPath(), CreatedAt = now.AddDays(-30),
            };
            db.TraceLocations.Add(place);
            return place;
        }
        var orchard = Place(LocationKind.Farm, "Vườn nhãn bản Nà Nghịu", 1);
        var hillside = Place(LocationKind.Farm, "Vườn nhãn đồi Huổi Một", 2);
        var workshop = Place(LocationKind.Workshop, "Xưởng sấy và đóng gói HTX", 3);
        var coldStore = Place(LocationKind.Warehouse, "Kho lạnh HTX Sông Mã", 4);
        await db.SaveChangesAsync(ct);

        var today = DateOnly.FromDateTime(VietnamTime.ToLocal(now));
        Lot NewLot(Product p, string number, int daysAgo, decimal quantity, string unit, TraceLocation origin, bool processed = false, int shelfDays = 10)
        {
            var day = today.AddDays(-daysAgo);
            var lot = new Lot
            {
                ProductId = p.Id, ProducerId = producerId, Number = number, Gtin = Gtin.ToGtin14(p.Gtin!), Quantity = quantity, Unit = unit,
                HarvestedOn = processed ? null : day, ProducedOn = processed ? day : null, ExpiresOn = day.AddDays(shelfDays),
                OriginLocationId = origin.Id, CreatedAt = now.AddDays(-daysAgo),
            };
            db.Lots.Add(lot);
            return lot;
        }
        var fresh = NewLot(longan, "NSM-A01", 6, 600, "KGM", orchard);
        var inputA = NewLot(longan, "NSM-A02", 12, 400, "KGM", orchard);
        var inputB = NewLot(longan, "NSM-B01", 11, 350, "KGM", hillside);
        var driedLot = NewLot(dried, "LNS-2601", 8, 180, "H87", workshop, processed: true, shelfDays: 365);
        var honeyLot = honey is null ? null : NewLot(honey, "MOHN-01", 20, 240, "H87", hillside, shelfDays: 730);
        var coffeeLot = coffee is null ? null : NewLot(coffee, "CFB-01", 15, 300, "H87", workshop, processed: true, shelfDays: 365);
        await db.SaveChangesAsync(ct);

        DateTime At(int daysAgo, int hour) => TimeZoneInfo.ConvertTimeToUtc(
            DateTime.SpecifyKind(VietnamTime.ToLocal(now).Date.AddDays(-daysAgo).AddHours(hour), DateTimeKind.Unspecified), VietnamTime.Zone);
        List<(DateTime, decimal)> Temperatures(DateTime endUtc, params decimal[] celsius) =>
            celsius.Select((c, i) => (endUtc.AddHours(i - celsius.Length + 1), c)).ToList();

        var events = new List<EpcisEvent>
        {
            // Fresh longan, harvest to a buyer in Hà Nội, through the cold store.
            TraceEventBuilder.Harvest(fresh, orchard.Uri, At(6, 6), "Lô 3 – vườn nhà ông Lò Văn Pọm", "VietGAP",
                [TraceEventBuilder.Temperatures(Temperatures(At(6, 6), 24.5m, 25.1m, 26.0m))]),
            TraceEventBuilder.Inspection(fresh, orchard.Uri, At(6, 9), true, "Độ ngọt 19 °Brix, không dư lượng thuốc BVTV"),
            TraceEventBuilder.Packing(fresh, TraceIds.CartonOf(options.PlatformGln, fresh.Id, 1), 300, workshop.Uri, At(6, 14)),
            TraceEventBuilder.Packing(fresh, TraceIds.CartonOf(options.PlatformGln, fresh.Id, 2), 300, workshop.Uri, At(6, 15)),
            TraceEventBuilder.Storage(fresh, coldStore.Uri, At(5, 6), Temperatures(At(5, 6), 5.2m, 4.8m, 4.5m, 4.6m, 4.9m, 5.0m)),
            TraceEventBuilder.Shipping(fresh, 300, "KGM", producerId, coldStore.Uri, TraceIds.CommuneOf("00004"), At(5, 8)),
            TraceEventBuilder.Receiving(fresh, 300, "KGM", producerId, TraceIds.CommuneOf("00004"), At(4, 10), byConsumer: true),

            // Two longan lots dried into one lot of dried longan.
            TraceEventBuilder.Harvest(inputA, orchard.Uri, At(12, 6), "Lô 1", "VietGAP"),
            TraceEventBuilder.Harvest(inputB, hillside.Uri, At(11, 6), "Đồi Huổi Một", "VietGAP"),
            TraceEventBuilder.Inspection(inputB, hillside.Uri, At(11, 10), true, null),
            TraceEventBuilder.Processing([(inputA, 400m), (inputB, 350m)], driedLot, workshop.Uri, At(8, 16), "Bóc vỏ, sấy lạnh 36 giờ, đóng hộp 500 g"),
            TraceEventBuilder.Inspection(driedLot, workshop.Uri, At(7, 9), true, "Độ ẩm 18 %"),
            TraceEventBuilder.Packing(driedLot, TraceIds.CartonOf(options.PlatformGln, driedLot.Id, 1), 180, workshop.Uri, At(7, 11)),
        };
        if (honeyLot is not null)
            events.Add(TraceEventBuilder.Harvest(honeyLot, hillside.Uri, At(20, 7), "Đàn ong 40 thùng, mùa hoa nhãn", "VietGAP"));
        if (coffeeLot is not null)
            events.Add(TraceEventBuilder.Processing([], coffeeLot, workshop.Uri, At(15, 9), "Rang mộc, xay, đóng gói 500 g") with
            {
                InputQuantityList = null, TransformationId = $"{TraceIds.IdentifierBase}/che-bien/CFB-01",
            });
        var recorder = new EventRecorder(db, Options.Create(options), clock, TracePageCache.None);
        await recorder.AddAsync(events, new System.Text.Json.Nodes.JsonObject { [TraceLabels.Prefix] = TraceLabels.Namespace }, producerId, "demo", ct);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Demo traceability: {Lots} lots, {Events} EPCIS events", coffeeLot is null ? 4 : 6, events.Count);
    }
}
