using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>Objects were packed into (ADD), seen in (OBSERVE) or unpacked from (DELETE) a parent such as a pallet.</summary>
public sealed record AggregationEvent : EpcisEvent
{
    /// <inheritdoc />
    [JsonIgnore] public override string Type => "AggregationEvent";

    /// <summary>ADD, OBSERVE or DELETE (required).</summary>
    [JsonPropertyName("action")] public EpcisAction? Action { get; init; }

    /// <summary>The container, e.g. an SSCC Digital Link.</summary>
    [JsonPropertyName("parentID")] public string? ParentId { get; init; }

    /// <summary>Contained instances.</summary>
    [JsonPropertyName("childEPCs")] public IReadOnlyList<string>? ChildEpcs { get; init; }

    /// <summary>Contained quantities.</summary>
    [JsonPropertyName("childQuantityList")] public IReadOnlyList<QuantityElement>? ChildQuantityList { get; init; }
}
