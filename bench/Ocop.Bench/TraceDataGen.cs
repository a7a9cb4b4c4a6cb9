using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Data;
using Ocop.Features.Traceability;
using Ocop.Standards.Epcis;
using Ocop.Standards.Gs1;

namespace Ocop.Bench;

/// <summary>
/// <c>trace-data --events N</c> (and <c>datagen --events N</c>): lots for products of an existing catalogue (given a GTIN
/// each when they have none) and N stored EPCIS events spread over them, twenty per lot (harvest, inspections, cartons,
/// storage with temperatures, shipping, receiving). Events are built with the app's own <see cref="TraceEventBuilder"/>
/// and turned into rows by <see cref="EventRecorder.Row"/> — the JSON, eventID, recordTime, namespaces and index rows
/// (<c>epcis_event_epcs</c>) the capture use case stores — then written as multi-row INSERTs (500 rows a statement,
/// one transaction per 1,000 lots) on SQLite or PostgreSQL. Lots go through EF Core (one in twenty rows). It adds to
/// whatever the database holds: run it again, or after <c>insights-data</c>, for more events.
/// </summary>
public static class TraceDataGen
{
    public const int EventsPerLot = 20;
    private const int LotsPerTransaction = 1000;
    private const int RowsPerStatement = 500;

    /// <summary><c>trace-data --db PATH | --pg CONNECTION --events N [--lots-per-product 10]</c> on an existing catalogue.</summary>
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var database = await DataGen.DatabaseAsync(args);
        await using var app = DataGen.CreateApp(database, DataGen.MediaRoot(args));
        await using var scope = app.Services.CreateAsyncScope();
        Console.WriteLine(database.Label + ": " + await GenerateAsync(scope.ServiceProvider.GetRequiredService<OcopDb>(), args.Int("events", 1_000_000),
            args.Int("lots-per-product", 10)));
        return 0;
    }

    public static async Task<string> GenerateAsync(OcopDb db, int eventCount, int lotsPerProduct = 10)
    {
        var watch = Stopwatch.StartNew();
        var postgres = db.Database.IsNpgsql();
        var lotCount = Math.Max(1, eventCount / EventsPerLot);
        var products = await db.Products.OrderBy(p => p.Id).Take(Math.Max(1, lotCount / lotsPerProduct)).ToListAsync();
        if (products.Count == 0) throw new InvalidOperationException("The database has no products; run datagen first.");
        foreach (var (p, i) in products.Select((p, i) => (p, i)).Where(x => TraceIds.Gtin14(x.p.Gtin) is null))
        {
            var body = $"893{8000000 + i:D7}00"[..12];
            p.Gtin = body + Gs1CheckDigit.Compute(body);
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var now = DateTime.UtcNow;
        var platformGln = new TraceabilityOptions().PlatformGln;
        var locations = await FarmsAsync(db, products.Select(p => p.ProducerId).Distinct().ToList(), platformGln, now);
        var firstLot = (await db.Lots.MaxAsync(l => (int?)l.Id) ?? 0) + 1;
        var nextEvent = (await db.EpcisEvents.MaxAsync(e => (long?)e.Id) ?? 0) + 1;
        var nextEpc = (await db.EpcisEventEpcs.MaxAsync(e => (long?)e.Id) ?? 0) + 1;
        var namespaces = EventRecorder.Namespaces(TraceEventBuilder.Document(now).Context);
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        if (!postgres) await ExecAsync(conn, null, "PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");

        var written = 0L;
        var events = new SqlRows(postgres, "epcis_events", "\"Id\",\"EventId\",\"Type\",\"EventTime\",\"RecordTime\",\"BizStep\",\"Disposition\",\"BizLocation\",\"ProducerId\",\"Origin\",\"Json\",\"Namespaces\"");
        var epcs = new SqlRows(postgres, "epcis_event_epcs", "\"Id\",\"StoredEventId\",\"Key\",\"Role\",\"LotId\",\"IsInput\"", events);
        for (var start = 0; start < lotCount; start += LotsPerTransaction)
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var lots = Enumerable.Range(start, Math.Min(LotsPerTransaction, lotCount - start)).Select(i =>
            {
                var p = products[i % products.Count];
                return new Lot
                {
                    ProductId = p.Id, ProducerId = p.ProducerId, Number = $"L{firstLot + i:D7}", Gtin = Gtin.ToGtin14(p.Gtin!), Quantity = 500, Unit = "KGM",
                    HarvestedOn = DateOnly.FromDateTime(now.AddDays(-30 - i % 300)), OriginLocationId = locations[p.ProducerId].Id, CreatedAt = now,
                };
            }).ToList();
            db.AddRange(lots);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            var t = tx.GetDbTransaction();
            foreach (var lot in lots)
            {
                var farm = locations[lot.ProducerId].Uri;
                var lotKey = TraceIds.LotKey(lot.Gtin, lot.Number);
                foreach (var e in LotEvents(lot, farm, platformGln, lot.HarvestedOn!.Value.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc)))
                {
                    var row = EventRecorder.Row(e, now, namespaces, lot.ProducerId, "page", key => key == lotKey ? lot.Id : null);
                    var id = nextEvent++;
                    await events.AddAsync(conn, t, id, row.EventId, row.Type, row.EventTime, row.RecordTime, row.BizStep, row.Disposition, row.BizLocation,
                        row.ProducerId, row.Origin, row.Json, row.Namespaces);
                    foreach (var x in row.Epcs)
                        await epcs.AddAsync(conn, t, nextEpc++, id, x.Key, (int)x.Role, x.LotId, x.IsInput);
                    written++;
                }
            }
            await events.FlushAsync(conn, t);
            await epcs.FlushAsync(conn, t);
            await tx.CommitAsync();
            if ((start / LotsPerTransaction) % 25 == 24)
                Console.Error.WriteLine($"  {written:N0} events in {watch.Elapsed.TotalSeconds:0} s");
        }
        if (postgres)
        {
            foreach (var table in new[] { "lots", "epcis_events", "epcis_event_epcs" })
                await ExecAsync(conn, null, $"SELECT setval(pg_get_serial_sequence('{table}', 'Id'), (SELECT max(\"Id\") FROM {table}))");
            await ExecAsync(conn, null, "ANALYZE lots; ANALYZE epcis_events; ANALYZE epcis_event_epcs;");
        }
        else await ExecAsync(conn, null, "PRAGMA synchronous=NORMAL; ANALYZE;");
        await db.Database.CloseConnectionAsync();
        return $"+{lotCount:N0} lots of {products.Count:N0} GTIN products, +{written:N0} EPCIS events in {watch.Elapsed.TotalSeconds:0.0} s";
    }

    /// <summary>Twenty events of one lot as the producer pages record them: harvest, inspections, cartons, storage, shipping, receiving.</summary>
    private static IEnumerable<EpcisEvent> LotEvents(Lot lot, string farm, string platformGln, DateTime t0)
    {
        yield return TraceEventBuilder.Harvest(lot, farm, t0, "Lô 1", "VietGAP");
        for (var k = 1; k < EventsPerLot - 2; k++)
            yield return k % 3 == 0
                ? TraceEventBuilder.Storage(lot, farm, t0.AddHours(k), [(t0.AddHours(k - 1), 4.5m), (t0.AddHours(k), 5m)])
                : k % 3 == 1 ? TraceEventBuilder.Inspection(lot, farm, t0.AddHours(k), true, null)
                : TraceEventBuilder.Packing(lot, TraceIds.CartonOf(platformGln, lot.Id, k), 25, farm, t0.AddHours(k));
        yield return TraceEventBuilder.Shipping(lot, 250, "KGM", lot.ProducerId, farm, TraceIds.CommuneOf("00004"), t0.AddHours(20));
        yield return TraceEventBuilder.Receiving(lot, 250, "KGM", lot.ProducerId, TraceIds.CommuneOf("00004"), t0.AddHours(30), byConsumer: true);
    }

    /// <summary>One farm per producer (an existing one is reused), registered as the location pages register it.</summary>
    private static async Task<Dictionary<int, TraceLocation>> FarmsAsync(OcopDb db, List<int> producerIds, string platformGln, DateTime now)
    {
        var existing = await db.TraceLocations.AsNoTracking().Where(l => producerIds.Contains(l.ProducerId)).ToListAsync();
        var farms = existing.GroupBy(l => l.ProducerId).ToDictionary(g => g.Key, g => g.OrderBy(l => l.Id).First());
        var producers = await db.Producers.AsNoTracking().Where(p => producerIds.Contains(p.Id))
            .Select(p => new { p.Id, p.CommuneCode, p.ProvinceCode }).ToListAsync();
        var added = new List<TraceLocation>();
        foreach (var p in producers.Where(p => !farms.ContainsKey(p.Id)))
        {
            var place = TraceIds.LocationLink(null, platformGln, p.Id, existing.Count(l => l.ProducerId == p.Id) + 1);
            added.Add(new TraceLocation
            {
                ProducerId = p.Id, Kind = LocationKind.Farm, Name = "Vùng trồng " + p.Id.ToString(CultureInfo.InvariantCulture), CommuneCode = p.CommuneCode,
                ProvinceCode = p.ProvinceCode, Uri = place.ToUri(), Key = place.ToPath(), CreatedAt = now,
            });
        }
        db.AddRange(added);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        foreach (var l in added) farms[l.ProducerId] = l;
        return farms;
    }

    private static async Task ExecAsync(DbConnection conn, DbTransaction? tx, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.CommandTimeout = 600;
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// A multi-row INSERT being filled with literal values in the engine's own forms; sent every 500 rows, after the rows of
    /// <paramref name="parent"/> (the events its rows reference).
    /// </summary>
    private sealed class SqlRows(bool postgres, string table, string columns, SqlRows? parent = null)
    {
        private readonly StringBuilder _sql = new();
        private int _rows;

        public async Task AddAsync(DbConnection conn, DbTransaction tx, params object?[] values)
        {
            _sql.Append(_rows == 0 ? $"INSERT INTO {table} ({columns}) VALUES (" : ",(");
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0) _sql.Append(',');
                _sql.Append(values[i] switch
                {
                    null => "NULL",
                    string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
                    DateTime d => postgres ? $"'{d.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture)}+00'"
                        : $"'{d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)}'",
                    bool b => postgres ? (b ? "true" : "false") : (b ? "1" : "0"),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var other => throw new ArgumentException($"No SQL literal for {other.GetType()}."),
                });
            }
            _sql.Append(')');
            if (++_rows == RowsPerStatement) await FlushAsync(conn, tx);
        }

        public async Task FlushAsync(DbConnection conn, DbTransaction tx)
        {
            if (parent is not null) await parent.FlushAsync(conn, tx);
            if (_rows == 0) return;
            await ExecAsync(conn, tx, _sql.ToString());
            _sql.Clear();
            _rows = 0;
        }
    }
}
