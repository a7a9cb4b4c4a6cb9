using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>A business transaction the event belongs to, e.g. a purchase order.</summary>
/// <param name="Type">CBV type ("po", "desadv", "inv", …) or a URI; may be null.</param>
/// <param name="Value">The transaction URI.</param>
public sealed record BizTransaction(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("bizTransaction")] string Value);
