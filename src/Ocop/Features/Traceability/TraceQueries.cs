using System.Text.Json;
using Ocop.Features.Catalog;
using Ocop.Features.Geography;
using Ocop.Standards.Epcis;

namespace Ocop.Features.Traceability;

public sealed record LotRef(int Id, string Number, string DigitalLink, string TraceUrl, DateOnly? HarvestedOn, DateOnly? ProducedOn,
    DateOnly? ExpiresOn, decimal Quantity, string Unit);

public sealed record TimelineEntry(DateTime At, string Type, string Step, string Disposition, string? Place, string? PlaceCommune,
    IReadOnlyList<string> Quantities, IReadOnlyList<(string Label, string Value)> Details, IReadOnlyList<string> Readings, string EventId);

/// <summary>What the trace pages show of the lot's product.</summary>
public sealed record TraceProduct(int Id, string Name, string Slug);

public sealed record LotTrace(Lot Lot, TraceProduct Product, string ProducerName, string ProducerPlace, string? OriginName, string? OriginPlace,
    int? Stars, string? CertificateNumber, DateOnly? CertificateExpiresOn, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<LotTrace> Inputs)
{
    /// <summary>This lot and every input lot shown with it (the trace page's cache entry is evicted when any of them gets an event).</summary>
    public IEnumerable<int> LotIds => Inputs.SelectMany(i => i.LotIds).Prepend(Lot.Id);
}

/// <summary>
/// Reads for the trace page, the label, the resolver and the product API: lots and the timeline of a lot. A trace costs
/// two compiled queries per lot (the lot with its product, producer and origin; its events with their places) and a
/// third only when a transformation made the lot (its inputs).
/// </summary>
public sealed class TraceQueries(OcopDb db, GeographyDirectory geo, TimeProvider clock)
{
    /// <summary>Inputs of processed lots are followed this many levels back.</summary>
    private const int MaxDepth = 3;

    private sealed record Head(Lot Lot, TraceProduct Product, int? Stars, DateOnly? CertificateExpiresOn, string? CertificateNumber,
        string ProducerName, string ProducerCommune, string ProducerProvince, string? OriginName, string? OriginCommune, string? OriginProvince);

    private sealed record EventRow(long Id, string Type, string Json, bool IsInput, string? PlaceName, string? PlaceCommune, string? PlaceProvince);

    private static readonly CompiledPerProvider<Func<OcopDb, int, CancellationToken, Task<Head?>>> HeadQuery = new(() =>
        EF.CompileAsyncQuery((OcopDb c, int id, CancellationToken ct) =>
            (from l in c.Set<Lot>().AsNoTracking()
             where l.Id == id
             join p in c.Set<Product>() on l.ProductId equals p.Id
             join r in c.Set<Producers.Producer>() on l.ProducerId equals r.Id
             from o in c.Set<TraceLocation>().Where(o => o.Id == l.OriginLocationId).DefaultIfEmpty()
             select new Head(l, new TraceProduct(p.Id, p.Name, p.Slug), p.CertificateStars, p.CertificateExpiresOn, p.CertificateNumber,
                 r.Name, r.CommuneCode, r.ProvinceCode, o == null ? null : o.Name, o == null ? null : o.CommuneCode, o == null ? null : o.ProvinceCode))
            .FirstOrDefault()));

    private static readonly CompiledPerProvider<Func<OcopDb, int, IAsyncEnumerable<EventRow>>> EventsQuery = new(() =>
        EF.CompileAsyncQuery((OcopDb c, int lotId) =>
            from x in c.Set<StoredEventEpc>()
            where x.LotId == lotId
            join e in c.Set<StoredEvent>() on x.StoredEventId equals e.Id
            from pl in c.Set<TraceLocation>().Where(pl => pl.Key == e.BizLocation).DefaultIfEmpty()
            select new EventRow(e.Id, e.Type, e.Json, x.IsInput, pl == null ? null : pl.Name, pl == null ? null : pl.CommuneCode, pl == null ? null : pl.ProvinceCode)));

    public Task<Lot?> LotAsync(int id, CancellationToken ct = default) => db.Lots.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);

    public Task<Lot?> LotAsync(string gtin14, string number, CancellationToken ct = default) =>
        db.Lots.AsNoTracking().FirstOrDefaultAsync(l => l.Gtin == gtin14 && l.Number == number, ct);

    /// <summary>The listed-or-own product carrying a GTIN, by its 14-digit form.</summary>
    public Task<Product?> ProductByGtinAsync(string gtin14, CancellationToken ct = default)
    {
        var forms = TraceIds.StoredForms(gtin14);
        return db.Products.AsNoTracking().Where(p => p.Gtin != null && forms.Contains(p.Gtin)).OrderBy(p => p.Id).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<LotRef>> LotsOfProductAsync(int productId, string host, int take = 50, CancellationToken ct = default)
    {
        var lots = await db.Lots.AsNoTracking().Where(l => l.ProductId == productId).OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id)
            .Take(take).ToListAsync(ct);
        return lots.Select(l => ToRef(l, host)).ToList();
    }

    public static LotRef ToRef(Lot l, string host) => new(l.Id, l.Number, TraceIds.LotLink(l.Gtin, l.Number, host), $"/truy-xuat/{l.Id}",
        l.HarvestedOn, l.ProducedOn, l.ExpiresOn, l.Quantity, l.Unit);

    public Task<List<TraceLocation>> LocationsOfAsync(int producerId, CancellationToken ct = default) =>
        db.TraceLocations.AsNoTracking().Where(l => l.ProducerId == producerId).OrderBy(l => l.Id).ToListAsync(ct);

    public Task<List<Lot>> LotsOfProducerAsync(int producerId, CancellationToken ct = default) =>
        db.Lots.AsNoTracking().Where(l => l.ProducerId == producerId).OrderByDescending(l => l.Id).Take(200).ToListAsync(ct);

    /// <summary>The lot with its product, producer, certificate and timeline, and the same for the lots it was made from; null for no such lot.</summary>
    public Task<LotTrace?> TraceAsync(int lotId, CancellationToken ct = default) => TraceAsync(lotId, 0, [], ct);

    private async Task<LotTrace?> TraceAsync(int lotId, int depth, HashSet<int> seen, CancellationToken ct)
    {
        var head = await HeadQuery.For(db)(db, lotId, ct);
        if (head is null) return null;
        seen.Add(lotId);
        var rows = new List<EventRow>();
        await foreach (var row in EventsQuery.For(db)(db, lotId).WithCancellation(ct)) rows.Add(row);
        var events = rows.DistinctBy(r => r.Id)
            .Select(r => (Row: r, Event: JsonSerializer.Deserialize<EpcisEvent>(r.Json, EpcisJson.Options)!))
            .OrderBy(r => r.Event.EventTime).ToList();

        var inputs = new List<LotTrace>();
        // Lots consumed by the transformations that produced this lot.
        var made = rows.Where(r => !r.IsInput && r.Type == nameof(TransformationEvent)).Select(r => r.Id).ToList();
        if (depth < MaxDepth && made.Count > 0)
        {
            var inputIds = await db.EpcisEventEpcs.AsNoTracking()
                .Where(x => made.Contains(x.StoredEventId) && x.IsInput && x.LotId != null).Select(x => x.LotId!.Value).Distinct().ToListAsync(ct);
            foreach (var id in inputIds.Where(id => !seen.Contains(id)))
                if (await TraceAsync(id, depth + 1, seen, ct) is { } input) inputs.Add(input);
        }

        var stars = head.Stars is not null && head.CertificateExpiresOn is { } expires && expires >= VietnamTime.Today(clock) ? head.Stars : null;
        return new LotTrace(head.Lot, head.Product, head.ProducerName, Place(head.ProducerCommune, head.ProducerProvince), head.OriginName,
            head.OriginName is null ? null : Place(head.OriginCommune!, head.OriginProvince!), stars, stars is null ? null : head.CertificateNumber,
            stars is null ? null : head.CertificateExpiresOn,
            events.Select(e => Entry(e.Event, e.Row.PlaceName, e.Row.PlaceName is null ? null : Place(e.Row.PlaceCommune!, e.Row.PlaceProvince!))).ToList(),
            inputs);
    }

    private string Place(string communeCode, string provinceCode) =>
        string.Join(", ", new[] { geo.Commune(communeCode)?.Name, geo.Province(provinceCode)?.Name }.OfType<string>());

    private TimelineEntry Entry(EpcisEvent e, string? placeName, string? placeCommune)
    {
        var quantities = e switch
        {
            ObjectEvent o => o.QuantityList ?? [],
            AggregationEvent a => a.ChildQuantityList ?? [],
            TransformationEvent t => (t.InputQuantityList ?? []).Concat(t.OutputQuantityList ?? []).ToList(),
            _ => [],
        };
        var details = new List<(string, string)>();
        var ilmd = e switch { ObjectEvent o => o.Ilmd, TransformationEvent t => t.Ilmd, _ => null };
        foreach (var (key, value) in ilmd ?? [])
            if (value is not null) details.Add((TraceLabels.Ilmd(key), value.ToString()));
        if (e is AggregationEvent { ParentId: { } parent }) details.Add(("Thùng", parent[(parent.LastIndexOf('/') + 1)..]));
        var communePrefix = TraceIds.CommuneOf("");
        foreach (var d in e.DestinationList ?? [])
            details.Add(("Nơi nhận", d.Destination.StartsWith(communePrefix, StringComparison.Ordinal) && geo.Commune(d.Destination[communePrefix.Length..]) is { } c
                ? $"{c.Name}, {geo.Province(c.ProvinceCode)?.Name}" : d.Destination));
        var readings = (e.SensorElementList ?? []).SelectMany(s => s.SensorReport ?? [])
            .Select(r => $"{(r.Type == "Temperature" ? "Nhiệt độ" : r.Type == "RelativeHumidity" ? "Độ ẩm" : r.Type)}: " +
                         $"{r.Value ?? r.MeanValue} {(r.Uom == "CEL" ? "°C" : r.Uom == "P1" ? "%" : r.Uom)}").ToList();
        return new TimelineEntry(e.EventTime!.Value.UtcDateTime, e.Type, TraceLabels.Step(e.BizStep), TraceLabels.Disposition(e.Disposition),
            placeName, placeCommune,
            quantities.Select(q => q.Quantity is { } n ? $"{n:0.###} {LotInput.UnitLabel(q.Uom ?? "H87")} – {LotNumberOf(q.EpcClass)}" : LotNumberOf(q.EpcClass)).ToList(),
            details, readings, e.EventId ?? "");
    }

    private static string LotNumberOf(string epcClass) =>
        TraceIds.KeyOf(epcClass) is { } key && Standards.Gs1.DigitalLink.DigitalLinkParser.Parse(key).Value?.Lot is { } lot ? "lô " + lot : epcClass;
}
