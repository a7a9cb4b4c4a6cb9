using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ocop.Data;
using Ocop.Features.Catalog;
using Ocop.Features.Traceability;
using Ocop.Standards.Epcis;
using Ocop.Standards.Gs1;

namespace Ocop.Bench;

/// <summary>
/// <c>datagen --events N</c>: lots for the first products (given a GTIN each) and N stored EPCIS events spread over
/// them, twenty per lot (harvest, inspections, cartons, storage with temperatures, shipping, receiving), built with
/// the app's own <see cref="TraceEventBuilder"/> and stored with their index rows as the capture use case stores them.
/// </summary>
public static class TraceDataGen
{
    public const int EventsPerLot = 20;
    private const int BatchLots = 250;

    public static async Task<string> GenerateAsync(OcopDb db, int eventCount)
    {
        var watch = Stopwatch.StartNew();
        var lotCount = Math.Max(1, eventCount / EventsPerLot);
        var products = await db.Products.OrderBy(p => p.Id).Take(Math.Max(1, lotCount / 10)).ToListAsync();
        foreach (var (p, i) in products.Select((p, i) => (p, i)))
        {
            var body = $"893{8000000 + i:D7}00"[..12];
            p.Gtin = body + Gs1CheckDigit.Compute(body);
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var now = DateTime.UtcNow;
        var place = TraceIds.LocationLink(null, new TraceabilityOptions().PlatformGln, products[0].ProducerId, 1);
        var location = new TraceLocation
        {
            ProducerId = products[0].ProducerId, Kind = LocationKind.Farm, Name = "Vùng trồng thử tải", CommuneCode = "04168", ProvinceCode = "14",
            Uri = place.ToUri(), Key = place.ToPath(), CreatedAt = now,
        };
        db.Add(location);
        await db.SaveChangesAsync();

        var written = 0;
        for (var start = 0; start < lotCount; start += BatchLots)
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var lots = Enumerable.Range(start, Math.Min(BatchLots, lotCount - start)).Select(i =>
            {
                var p = products[i % products.Count];
                return new Lot
                {
                    ProductId = p.Id, ProducerId = p.ProducerId, Number = $"L{i:D7}", Gtin = Gtin.ToGtin14(p.Gtin!), Quantity = 500, Unit = "KGM",
                    HarvestedOn = DateOnly.FromDateTime(now.AddDays(-30 - i % 300)), OriginLocationId = location.Id, CreatedAt = now,
                };
            }).ToList();
            db.AddRange(lots);
            await db.SaveChangesAsync();
            foreach (var lot in lots)
            {
                var t0 = now.AddDays(-30 - lot.Id % 300);
                var events = new List<EpcisEvent> { TraceEventBuilder.Harvest(lot, location.Uri, t0, "Lô 1", "VietGAP") };
                for (var k = 1; k < EventsPerLot - 2; k++)
                    events.Add(k % 3 == 0
                        ? TraceEventBuilder.Storage(lot, location.Uri, t0.AddHours(k), [(t0.AddHours(k - 1), 4.5m), (t0.AddHours(k), 5m)])
                        : k % 3 == 1 ? TraceEventBuilder.Inspection(lot, location.Uri, t0.AddHours(k), true, null)
                        : TraceEventBuilder.Packing(lot, TraceIds.CartonOf(new TraceabilityOptions().PlatformGln, lot.Id, k), 25, location.Uri, t0.AddHours(k)));
                events.Add(TraceEventBuilder.Shipping(lot, 250, "KGM", lot.ProducerId, location.Uri, TraceIds.CommuneOf("00004"), t0.AddHours(20)));
                events.Add(TraceEventBuilder.Receiving(lot, 250, "KGM", lot.ProducerId, TraceIds.CommuneOf("00004"), t0.AddHours(30), byConsumer: true));
                var key = TraceIds.LotKey(lot.Gtin, lot.Number);
                foreach (var e in events)
                {
                    var stored = e with { EventId = "urn:uuid:" + Guid.NewGuid(), RecordTime = now };
                    db.Add(new StoredEvent
                    {
                        EventId = stored.EventId!, Type = e.Type, EventTime = e.EventTime!.Value.UtcDateTime, RecordTime = now, BizStep = e.BizStep,
                        Disposition = e.Disposition, BizLocation = e.BizLocation is null ? null : TraceIds.KeyOf(e.BizLocation.Id), ProducerId = lot.ProducerId,
                        Origin = "bench", Json = JsonSerializer.Serialize(stored, EpcisJson.Options),
                        Epcs = [new StoredEventEpc { Key = key, Role = EpcRole.Class, LotId = lot.Id }],
                    });
                    written++;
                }
            }
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            db.ChangeTracker.Clear();
        }
        return $"{lotCount} lots of {products.Count} GTIN products, {written} EPCIS events in {watch.Elapsed.TotalSeconds:0.0} s";
    }
}
