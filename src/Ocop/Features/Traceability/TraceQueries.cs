using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Ocop.Features.Catalog;
using Ocop.Features.Geography;
using Ocop.Standards.Epcis;

namespace Ocop.Features.Traceability;

public sealed record LotRef(int Id, string Number, string DigitalLink, string TraceUrl, DateOnly? HarvestedOn, DateOnly? ProducedOn,
    DateOnly? ExpiresOn, decimal Quantity, string Unit);

public sealed record TimelineEntry(DateTime At, string Type, string Step, string Disposition, string? Place, string? PlaceCommune,
    IReadOnlyList<string> Quantities, IReadOnlyList<(string Label, string Value)> Details, IReadOnlyList<string> Readings, string EventId);

public sealed record LotTrace(Lot Lot, Product Product, string ProducerName, string ProducerPlace, string? OriginName, string? OriginPlace,
    int? Stars, string? CertificateNumber, DateOnly? CertificateExpiresOn, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<LotTrace> Inputs);

/// <summary>Reads for the trace page, the label, the resolver and the product API: lots and the timeline of a lot.</summary>
public sealed class TraceQueries(OcopDb db, GeographyDirectory geo, TimeProvider clock, IMemoryCache cache)
{
    /// <summary>Inputs of processed lots are followed this many levels back.</summary>
    private const int MaxDepth = 3;

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

    /// <summary>The public trace of a lot, kept in memory for 30 s: a label is scanned by many buyers; a new event shows within that time.</summary>
    public async Task<LotTrace?> PublicTraceAsync(int lotId, CancellationToken ct = default)
    {
        var key = (nameof(PublicTraceAsync), lotId, VietnamTime.Today(clock));
        if (cache.TryGetValue(key, out LotTrace? trace)) return trace;
        trace = await TraceAsync(lotId, ct);
        if (trace is not null) cache.Set(key, trace, TimeSpan.FromSeconds(30));
        return trace;
    }

    /// <summary>The lot with its product, producer, certificate and timeline, and the same for the lots it was made from.</summary>
    public async Task<LotTrace?> TraceAsync(int lotId, CancellationToken ct = default)
    {
        var lot = await LotAsync(lotId, ct);
        return lot is null ? null : await TraceAsync(lot, 0, [], ct);
    }

    private async Task<LotTrace> TraceAsync(Lot lot, int depth, HashSet<int> seen, CancellationToken ct)
    {
        seen.Add(lot.Id);
        var product = await db.Products.AsNoTracking().FirstAsync(p => p.Id == lot.ProductId, ct);
        var producer = await db.Producers.AsNoTracking().Where(p => p.Id == lot.ProducerId)
            .Select(p => new { p.Name, p.CommuneCode, p.ProvinceCode }).FirstAsync(ct);
        var origin = lot.OriginLocationId is { } o ? await db.TraceLocations.AsNoTracking().FirstOrDefaultAsync(l => l.Id == o, ct) : null;
        var rows = await db.EpcisEventEpcs.AsNoTracking().Where(x => x.LotId == lot.Id)
            .Join(db.EpcisEvents, x => x.StoredEventId, e => e.Id, (x, e) => new { e.Id, e.Json, e.BizLocation, x.IsInput })
            .ToListAsync(ct);
        var events = rows.DistinctBy(r => r.Id).Select(r => (r.Id, Event: JsonSerializer.Deserialize<EpcisEvent>(r.Json, EpcisJson.Options)!, r.BizLocation))
            .OrderBy(r => r.Event.EventTime).ToList();
        var placeKeys = events.Select(e => e.BizLocation).OfType<string>().Distinct().ToList();
        var places = placeKeys.Count == 0 ? [] : await db.TraceLocations.AsNoTracking().Where(l => placeKeys.Contains(l.Key)).ToListAsync(ct);

        var inputs = new List<LotTrace>();
        if (depth < MaxDepth)
        {
            // Lots consumed by the transformations that produced this lot.
            var made = rows.Where(r => !r.IsInput).Select(r => r.Id).ToList();
            var inputIds = await db.EpcisEventEpcs.AsNoTracking()
                .Where(x => made.Contains(x.StoredEventId) && x.IsInput && x.LotId != null).Select(x => x.LotId!.Value).Distinct().ToListAsync(ct);
            foreach (var id in inputIds.Where(id => !seen.Contains(id)))
                if (await LotAsync(id, ct) is { } input) inputs.Add(await TraceAsync(input, depth + 1, seen, ct));
        }

        var today = VietnamTime.Today(clock);
        var stars = product.StarsOn(today);
        return new LotTrace(lot, product, producer.Name, Place(producer.CommuneCode, producer.ProvinceCode), origin?.Name,
            origin is null ? null : Place(origin.CommuneCode, origin.ProvinceCode), stars, stars is null ? null : product.CertificateNumber,
            stars is null ? null : product.CertificateExpiresOn,
            events.Select(e => Entry(e.Event, e.BizLocation is null ? null : places.FirstOrDefault(p => p.Key == e.BizLocation))).ToList(), inputs);
    }

    private string Place(string communeCode, string provinceCode) =>
        string.Join(", ", new[] { geo.Commune(communeCode)?.Name, geo.Province(provinceCode)?.Name }.OfType<string>());

    private TimelineEntry Entry(EpcisEvent e, TraceLocation? place)
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
            place?.Name, place is null ? null : Place(place.CommuneCode, place.ProvinceCode),
            quantities.Select(q => q.Quantity is { } n ? $"{n:0.###} {LotInput.UnitLabel(q.Uom ?? "H87")} – {LotNumberOf(q.EpcClass)}" : LotNumberOf(q.EpcClass)).ToList(),
            details, readings, e.EventId ?? "");
    }

    private static string LotNumberOf(string epcClass) =>
        TraceIds.KeyOf(epcClass) is { } key && Standards.Gs1.DigitalLink.DigitalLinkParser.Parse(key).Value?.Lot is { } lot ? "lô " + lot : epcClass;
}
