using System.Text.Json.Nodes;
using Ocop.Standards.Epcis;

namespace Ocop.Features.Traceability;

/// <summary>
/// Builds the EPCIS 2.0 events the producer pages and order transitions record, with the standards
/// library's model (mapping of standards.md §2.5): harvest = ObjectEvent ADD with ilmd, inspection =
/// ObjectEvent OBSERVE inspecting, processing = TransformationEvent, packing = AggregationEvent ADD,
/// shipping and receiving = ObjectEvent OBSERVE with source/destination, sensor readings on OBSERVE.
/// Times carry Vietnam's +07:00 offset.
/// </summary>
public static class TraceEventBuilder
{
    public const string Offset = "+07:00";

    public static DateTimeOffset Local(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(TimeSpan.FromHours(7));

    public static QuantityElement Quantity(Lot lot, decimal? quantity = null, string? uom = null) =>
        new(TraceIds.LotLink(lot.Gtin, lot.Number), quantity ?? lot.Quantity, uom ?? (lot.Unit == "H87" ? null : lot.Unit));

    public static EpcisDocument Document(DateTime nowUtc, params EpcisEvent[] events) => new()
    {
        Context = EpcisContext.Create(new Dictionary<string, string> { [TraceLabels.Prefix] = TraceLabels.Namespace }),
        CreationDate = Local(nowUtc),
        EpcisBody = new EpcisBody { EventList = events },
    };

    public static ObjectEvent Harvest(Lot lot, string farmUri, DateTime atUtc, string? plot, string? farmingStandard, IReadOnlyList<SensorElement>? sensors = null)
    {
        var ilmd = new JsonObject();
        if (lot.HarvestedOn is { } day) ilmd["ocop:harvestDate"] = day.ToString("yyyy-MM-dd");
        if (!string.IsNullOrWhiteSpace(plot)) ilmd["ocop:plot"] = plot.Trim();
        if (!string.IsNullOrWhiteSpace(farmingStandard)) ilmd["ocop:farmingStandard"] = farmingStandard.Trim();
        return new ObjectEvent
        {
            EventTime = Local(atUtc), EventTimeZoneOffset = Offset, Action = EpcisAction.Add,
            BizStep = TraceLabels.HarvestingStep, Disposition = "active",
            QuantityList = [Quantity(lot)], ReadPoint = new(farmUri), BizLocation = new(farmUri),
            Ilmd = ilmd.Count > 0 ? ilmd : null, SensorElementList = sensors,
        };
    }

    public static ObjectEvent Inspection(Lot lot, string placeUri, DateTime atUtc, bool passed, string? note) => new()
    {
        EventTime = Local(atUtc), EventTimeZoneOffset = Offset, Action = EpcisAction.Observe, BizStep = "inspecting",
        Disposition = passed ? "conformant" : "non_conformant", QuantityList = [Quantity(lot)], ReadPoint = new(placeUri), BizLocation = new(placeUri),
        Extensions = string.IsNullOrWhiteSpace(note) ? null : new() { ["ocop:note"] = System.Text.Json.JsonSerializer.SerializeToElement(note.Trim()) },
    };

    public static TransformationEvent Processing(IReadOnlyList<(Lot Lot, decimal Quantity)> inputs, Lot output, string workshopUri, DateTime atUtc, string? step) => new()
    {
        EventTime = Local(atUtc), EventTimeZoneOffset = Offset, BizStep = "commissioning", Disposition = "active",
        InputQuantityList = inputs.Select(i => Quantity(i.Lot, i.Quantity)).ToList(), OutputQuantityList = [Quantity(output)],
        ReadPoint = new(workshopUri), BizLocation = new(workshopUri),
        Ilmd = string.IsNullOrWhiteSpace(step) ? null : new JsonObject { ["ocop:processingStep"] = step.Trim() },
    };

    public static AggregationEvent Packing(Lot lot, string cartonUri, decimal quantity, string placeUri, DateTime atUtc) => new()
    {
        EventTime = Local(atUtc), EventTimeZoneOffset = Offset, Action = EpcisAction.Add, BizStep = "packing", Disposition = "container_closed",
        ParentId = cartonUri, ChildQuantityList = [Quantity(lot, quantity)], ReadPoint = new(placeUri), BizLocation = new(placeUri),
    };

    public static ObjectEvent Shipping(Lot lot, decimal quantity, string? uom, int producerId, string? fromPlaceUri, string destination, DateTime atUtc,
        string? order = null) => new()
    {
        EventTime = Local(atUtc), EventTimeZoneOffset = Offset, Action = EpcisAction.Observe, BizStep = "shipping", Disposition = "in_transit",
        QuantityList = [Quantity(lot, quantity, uom)], ReadPoint = fromPlaceUri is null ? null : new(fromPlaceUri),
        SourceList = [new("owning_party", TraceIds.PartyOf(producerId)), .. fromPlaceUri is null ? Array.Empty<EpcisSource>() : [new("location", fromPlaceUri)]],
        DestinationList = [new("location", destination)],
        BizTransactionList = order is null ? null : [new BizTransaction("po", TraceIds.OrderOf(order))],
    };

    public static ObjectEvent Receiving(Lot lot, decimal quantity, string? uom, int producerId, string destination, DateTime atUtc, bool byConsumer,
        string? order = null) => new()
    {
        EventTime = Local(atUtc), EventTimeZoneOffset = Offset, Action = EpcisAction.Observe, BizStep = "receiving",
        Disposition = byConsumer ? "retail_sold" : "sellable_not_accessible",
        QuantityList = [Quantity(lot, quantity, uom)], ReadPoint = new(destination), BizLocation = new(destination),
        SourceList = [new("owning_party", TraceIds.PartyOf(producerId))], DestinationList = [new("location", destination)],
        BizTransactionList = order is null ? null : [new BizTransaction("po", TraceIds.OrderOf(order))],
    };

    public static ObjectEvent Storage(Lot lot, string placeUri, DateTime atUtc, IReadOnlyList<(DateTime AtUtc, decimal Celsius)> temperatures) => new()
    {
        EventTime = Local(atUtc), EventTimeZoneOffset = Offset, Action = EpcisAction.Observe, BizStep = "storing", Disposition = "sellable_not_accessible",
        QuantityList = [Quantity(lot)], ReadPoint = new(placeUri), BizLocation = new(placeUri),
        SensorElementList = [Temperatures(temperatures)],
    };

    public static SensorElement Temperatures(IReadOnlyList<(DateTime AtUtc, decimal Celsius)> readings) => new()
    {
        SensorReport = readings.Select(r => new SensorReport { Type = "Temperature", Value = r.Celsius, Uom = "CEL", Time = Local(r.AtUtc) }).ToList(),
    };
}
