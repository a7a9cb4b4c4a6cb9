using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>Something happened to objects: created (ADD), seen (OBSERVE) or ended (DELETE).</summary>
public sealed record ObjectEvent : EpcisEvent
{
    /// <inheritdoc />
    [JsonIgnore] public override string Type => "ObjectEvent";

    /// <summary>ADD, OBSERVE or DELETE (required).</summary>
    [JsonPropertyName("action")] public EpcisAction? Action { get; init; }

    /// <summary>Instance identifiers (SGTIN URNs or Digital Links with serial).</summary>
    [JsonPropertyName("epcList")] public IReadOnlyList<string>? EpcList { get; init; }

    /// <summary>Quantities of classes (lots).</summary>
    [JsonPropertyName("quantityList")] public IReadOnlyList<QuantityElement>? QuantityList { get; init; }

    /// <summary>Instance/lot master data (harvest date, plot …); only with ADD. Property names are URIs or CURIEs.</summary>
    [JsonPropertyName("ilmd")] public JsonObject? Ilmd { get; init; }
}
