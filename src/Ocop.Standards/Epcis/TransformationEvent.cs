using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>Inputs were consumed to make outputs (washing, drying, mixing …). It has no action.</summary>
public sealed record TransformationEvent : EpcisEvent
{
    /// <inheritdoc />
    [JsonIgnore] public override string Type => "TransformationEvent";

    /// <summary>Consumed instances.</summary>
    [JsonPropertyName("inputEPCList")] public IReadOnlyList<string>? InputEpcList { get; init; }

    /// <summary>Consumed quantities.</summary>
    [JsonPropertyName("inputQuantityList")] public IReadOnlyList<QuantityElement>? InputQuantityList { get; init; }

    /// <summary>Produced instances.</summary>
    [JsonPropertyName("outputEPCList")] public IReadOnlyList<string>? OutputEpcList { get; init; }

    /// <summary>Produced quantities.</summary>
    [JsonPropertyName("outputQuantityList")] public IReadOnlyList<QuantityElement>? OutputQuantityList { get; init; }

    /// <summary>Links transformation steps recorded as several events.</summary>
    [JsonPropertyName("transformationID")] public string? TransformationId { get; init; }

    /// <summary>Master data of the outputs. Property names are URIs or CURIEs.</summary>
    [JsonPropertyName("ilmd")] public JsonObject? Ilmd { get; init; }
}
