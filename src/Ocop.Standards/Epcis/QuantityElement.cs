using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>A quantity of an object class, e.g. 120 KGM of a lot.</summary>
/// <param name="EpcClass">The class URI (LGTIN URN or Digital Link with lot).</param>
/// <param name="Quantity">The amount; null for "some".</param>
/// <param name="Uom">UN/CEFACT Rec 20 unit such as "KGM"; null for a count of items.</param>
public sealed record QuantityElement(
    [property: JsonPropertyName("epcClass")] string EpcClass,
    [property: JsonPropertyName("quantity")] decimal? Quantity = null,
    [property: JsonPropertyName("uom")] string? Uom = null);
