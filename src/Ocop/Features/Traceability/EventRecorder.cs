using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Ocop.Standards.Epcis;
using Ocop.Standards.Gs1.DigitalLink;

namespace Ocop.Features.Traceability;

/// <summary>
/// The checks the platform adds to the standard's rules, and the writing of events. A producer may only
/// name its own products, lots and places (sources and destinations are other parties and are free);
/// an event may not lie in the future beyond the tolerance; an event id is stored once. Events are
/// added to the unit of work of the caller (capture, a producer page, an order transition), which saves.
/// </summary>
public sealed class EventRecorder(OcopDb db, IOptions<TraceabilityOptions> options, TimeProvider clock)
{
    /// <summary>One identifier an event names, with the field it came from.</summary>
    private sealed record Named(string Field, string Identifier, string? Key, EpcRole? Role, bool IsInput);

    /// <summary>
    /// Platform rules over already schema-checked events; <paramref name="producerId"/> null means a national
    /// officer's exchange, where only lots and places known here are tied to their owner.
    /// </summary>
    public async Task<List<EpcisValidationError>> CheckAsync(IReadOnlyList<EpcisEvent> events, int? producerId, CancellationToken ct = default)
    {
        var errors = new List<EpcisValidationError>();
        var latest = clock.GetUtcNow().AddMinutes(options.Value.FutureToleranceMinutes);
        var named = events.Select(Identify).ToList();
        var lookup = await LookupAsync(named.SelectMany(n => n), ct);
        var ids = events.Select(e => e.EventId).OfType<string>().ToList();
        var taken = ids.Count == 0 ? [] : await db.EpcisEvents.Where(e => ids.Contains(e.EventId)).Select(e => e.EventId).ToListAsync(ct);

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.EventTime is { } time && time > latest)
                errors.Add(new(i, "future-event-time",
                    $"eventTime {time:yyyy-MM-dd'T'HH:mm:sszzz} lies in the future (more than {options.Value.FutureToleranceMinutes} minutes ahead)."));
            if (e.EventId is { } id && (taken.Contains(id) || ids.Count(x => x == id) > 1))
                errors.Add(new(i, "duplicate-event-id", $"eventID {id} is already stored."));
            foreach (var n in named[i])
            {
                if (n.Key is null)
                {
                    errors.Add(new(i, "identifier", $"{n.Field} \"{n.Identifier}\" is not a valid Digital Link or EPC URN."));
                    continue;
                }
                if (producerId is not null && lookup.Owner(n) is { } owner && owner.ProducerId != producerId)
                    errors.Add(new(i, "not-owner", owner.ProducerId is null ? owner.UnknownMessage : owner.OtherMessage));
            }
        }
        return errors;
    }

    /// <summary>Adds the events to the unit of work with their eventID, recordTime and index rows; the caller saves.</summary>
    public async Task<List<StoredEvent>> AddAsync(IReadOnlyList<EpcisEvent> events, JsonObject? namespaces, int? producerId, string origin,
        CancellationToken ct = default)
    {
        var named = events.Select(Identify).ToList();
        var lookup = await LookupAsync(named.SelectMany(n => n), ct);
        var now = clock.GetUtcNow();
        var stored = new List<StoredEvent>();
        for (var i = 0; i < events.Count; i++)
        {
            var row = Row(events[i], named[i], now, namespaces, producerId, origin, lookup.LotId);
            db.EpcisEvents.Add(row);
            stored.Add(row);
        }
        return stored;
    }

    /// <summary>
    /// The stored row of one event exactly as <see cref="AddAsync"/> writes it (eventID, recordTime, JSON, index rows),
    /// for bulk writers that know the lot ids themselves (the benchmark's data generator).
    /// </summary>
    internal static StoredEvent Row(EpcisEvent e, DateTimeOffset now, JsonObject? namespaces, int? producerId, string origin, Func<string, int?> lotIdOfKey) =>
        Row(e, Identify(e), now, namespaces, producerId, origin, lotIdOfKey);

    private static StoredEvent Row(EpcisEvent source, List<Named> named, DateTimeOffset now, JsonObject? namespaces, int? producerId, string origin,
        Func<string, int?> lotIdOfKey)
    {
        var e = source with { EventId = source.EventId ?? "urn:uuid:" + Guid.NewGuid(), RecordTime = now };
        var row = new StoredEvent
        {
            EventId = e.EventId!, Type = e.Type, EventTime = e.EventTime!.Value.UtcDateTime, RecordTime = now.UtcDateTime,
            BizStep = e.BizStep, Disposition = e.Disposition, BizLocation = e.BizLocation is { } l ? TraceIds.KeyOf(l.Id) : null,
            ProducerId = producerId, Origin = origin, Json = JsonSerializer.Serialize(e, EpcisJson.Options),
            Namespaces = namespaces is { Count: > 0 } ? namespaces.ToJsonString() : null,
        };
        foreach (var n in named.Where(n => n.Role is not null && n.Key is not null).DistinctBy(n => (n.Key, n.Role, n.IsInput)))
            row.Epcs.Add(new StoredEventEpc { Key = n.Key!, Role = n.Role!.Value, IsInput = n.IsInput, LotId = lotIdOfKey(n.Key!) });
        return row;
    }

    /// <summary>The prefix → URI declarations of a document's @context.</summary>
    public static JsonObject? Namespaces(JsonNode? context)
    {
        var result = new JsonObject();
        IEnumerable<JsonNode?> items = context is JsonArray array ? array : [context];
        foreach (var item in items.OfType<JsonObject>())
            foreach (var (prefix, uri) in item)
                if (!result.ContainsKey(prefix)) result[prefix] = uri?.DeepClone();
        return result.Count == 0 ? null : result;
    }

    private static List<Named> Identify(EpcisEvent e)
    {
        var list = new List<Named>();
        void Add(string field, IEnumerable<string>? ids, EpcRole? role, bool input = false)
        {
            foreach (var id in ids ?? []) list.Add(new(field, id, TraceIds.KeyOf(id), role, input));
        }
        switch (e)
        {
            case ObjectEvent o:
                Add("epcList", o.EpcList, EpcRole.Instance);
                Add("quantityList", o.QuantityList?.Select(q => q.EpcClass), EpcRole.Class);
                break;
            case AggregationEvent a:
                Add("parentID", a.ParentId is null ? null : [a.ParentId], EpcRole.Instance);
                Add("childEPCs", a.ChildEpcs, EpcRole.Instance);
                Add("childQuantityList", a.ChildQuantityList?.Select(q => q.EpcClass), EpcRole.Class);
                break;
            case TransformationEvent t:
                Add("inputEPCList", t.InputEpcList, EpcRole.Instance, input: true);
                Add("inputQuantityList", t.InputQuantityList?.Select(q => q.EpcClass), EpcRole.Class, input: true);
                Add("outputEPCList", t.OutputEpcList, EpcRole.Instance);
                Add("outputQuantityList", t.OutputQuantityList?.Select(q => q.EpcClass), EpcRole.Class);
                break;
        }
        Add("bizLocation", e.BizLocation is null ? null : [e.BizLocation.Id], null);
        Add("readPoint", e.ReadPoint is null ? null : [e.ReadPoint.Id], null);
        return list;
    }

    private async Task<Lookup> LookupAsync(IEnumerable<Named> named, CancellationToken ct)
    {
        var links = named.Where(n => n.Key is not null && n.Key.StartsWith('/'))
            .Select(n => (n, DigitalLinkParser.Parse(n.Key!).Value)).Where(x => x.Value is not null).ToList();
        var gtins = links.Select(x => x.Value!.Gtin).OfType<string>().Distinct().ToList();
        var forms = gtins.SelectMany(TraceIds.StoredForms).ToList();
        var products = forms.Count == 0 ? [] : await db.Products.AsNoTracking().Where(p => p.Gtin != null && forms.Contains(p.Gtin))
            .Select(p => new { p.Gtin, p.ProducerId, p.Name }).ToListAsync(ct);
        var numbers = links.Select(x => x.Value!.Lot).OfType<string>().Distinct().ToList();
        var lots = numbers.Count == 0 ? [] : await db.Lots.AsNoTracking().Where(l => gtins.Contains(l.Gtin) && numbers.Contains(l.Number))
            .Select(l => new { l.Id, l.Gtin, l.Number, l.ProducerId }).ToListAsync(ct);
        var places = links.Where(x => x.Value!.LocationGln is not null).Select(x => x.Value!.ToPath()).Distinct().ToList();
        var locations = places.Count == 0 ? [] : await db.TraceLocations.AsNoTracking().Where(l => places.Contains(l.Key))
            .Select(l => new { l.Key, l.ProducerId }).ToListAsync(ct);
        return new Lookup(
            products.ToDictionary(p => TraceIds.Gtin14(p.Gtin)!, p => (p.ProducerId, p.Name)),
            lots.ToDictionary(l => TraceIds.LotKey(l.Gtin, l.Number), l => (l.Id, l.ProducerId)),
            locations.ToDictionary(l => l.Key, l => l.ProducerId));
    }

    /// <summary>The producer that owns what an identifier names (null: not registered here), and how to say it is not yours.</summary>
    private sealed record Ownership(int? ProducerId, string UnknownMessage, string OtherMessage);

    private sealed class Lookup(Dictionary<string, (int ProducerId, string Name)> products, Dictionary<string, (int Id, int ProducerId)> lots,
        Dictionary<string, int> locations)
    {
        public int? LotId(string key) => LotKeyOf(key) is { } lotKey && lots.TryGetValue(lotKey, out var lot) ? lot.Id : null;

        /// <summary>Who owns what the identifier names; null when anyone may name it (a carton, a free URI).</summary>
        public Ownership? Owner(Named n)
        {
            var link = n.Key!.StartsWith('/') ? DigitalLinkParser.Parse(n.Key).Value : null;
            var other = $"{n.Field} {n.Identifier} belongs to another producer.";
            if (n.Role is null)
                return new(locations.TryGetValue(n.Key, out var owner) ? owner : null,
                    $"{n.Field} {n.Identifier} is not a registered place of this producer.", other);
            if (link?.Gtin is not { } gtin) return null;
            if (link.Lot is not null)
                return new(lots.TryGetValue(LotKeyOf(n.Key)!, out var lot) ? lot.ProducerId : null,
                    $"{n.Field} {n.Identifier}: lot {link.Lot} is not registered; create the lot first.", other);
            return new(products.TryGetValue(gtin, out var product) ? product.ProducerId : null,
                $"{n.Field} {n.Identifier} is not a product of this producer.", other);
        }

        private static string? LotKeyOf(string key)
        {
            var link = key.StartsWith('/') ? DigitalLinkParser.Parse(key).Value : null;
            return link?.Gtin is { } gtin && link.Lot is { } lot ? TraceIds.LotKey(gtin, lot) : null;
        }
    }
}
