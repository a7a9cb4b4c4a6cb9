using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>
/// Fields shared by every EPCIS 2.0 event. The JSON <c>type</c> property selects the concrete event;
/// unknown namespaced properties (e.g. "vn:farmPlot") land in <see cref="Extensions"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ObjectEvent), "ObjectEvent")]
[JsonDerivedType(typeof(AggregationEvent), "AggregationEvent")]
[JsonDerivedType(typeof(TransformationEvent), "TransformationEvent")]
public abstract record EpcisEvent
{
    /// <summary>The event's type name as written in JSON.</summary>
    [JsonIgnore] public abstract string Type { get; }

    /// <summary>When the event happened, with its offset (required).</summary>
    [JsonPropertyName("eventTime")] public DateTimeOffset? EventTime { get; init; }

    /// <summary>The local offset at the place of the event, "+07:00" in Vietnam (required).</summary>
    [JsonPropertyName("eventTimeZoneOffset")] public string? EventTimeZoneOffset { get; init; }

    /// <summary>When the repository recorded the event.</summary>
    [JsonPropertyName("recordTime")] public DateTimeOffset? RecordTime { get; init; }

    /// <summary>A URI identifying the event, e.g. "ni:///sha-256;…?ver=CBV2.0" or "urn:uuid:…".</summary>
    [JsonPropertyName("eventID")] public string? EventId { get; init; }

    /// <summary>CBV bare word (e.g. "shipping") or a custom URI.</summary>
    [JsonPropertyName("bizStep")] public string? BizStep { get; init; }

    /// <summary>CBV bare word (e.g. "in_transit") or a custom URI.</summary>
    [JsonPropertyName("disposition")] public string? Disposition { get; init; }

    /// <summary>Dispositions that stay in force.</summary>
    [JsonPropertyName("persistentDisposition")] public PersistentDisposition? PersistentDisposition { get; init; }

    /// <summary>Where the event was observed.</summary>
    [JsonPropertyName("readPoint")] public EpcisLocation? ReadPoint { get; init; }

    /// <summary>Where the objects are afterwards.</summary>
    [JsonPropertyName("bizLocation")] public EpcisLocation? BizLocation { get; init; }

    /// <summary>Business transactions (purchase orders, dispatch advices …).</summary>
    [JsonPropertyName("bizTransactionList")] public IReadOnlyList<BizTransaction>? BizTransactionList { get; init; }

    /// <summary>Transfer sources.</summary>
    [JsonPropertyName("sourceList")] public IReadOnlyList<EpcisSource>? SourceList { get; init; }

    /// <summary>Transfer destinations.</summary>
    [JsonPropertyName("destinationList")] public IReadOnlyList<EpcisDestination>? DestinationList { get; init; }

    /// <summary>Sensor readings.</summary>
    [JsonPropertyName("sensorElementList")] public IReadOnlyList<SensorElement>? SensorElementList { get; init; }

    /// <summary>Certificate URIs (VietGAP, organic …); one is written as a string, several as an array.</summary>
    [JsonPropertyName("certificationInfo")]
    [JsonConverter(typeof(StringOrArrayConverter))]
    public IReadOnlyList<string>? CertificationInfo { get; init; }

    /// <summary>Namespaced extension properties, and any property this model does not know.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; init; }
}
