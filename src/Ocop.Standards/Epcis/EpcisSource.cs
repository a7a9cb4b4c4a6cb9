using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>Where goods come from in a transfer.</summary>
/// <param name="Type">"owning_party", "possessing_party", "location" or a URI.</param>
/// <param name="Source">The party or location URI.</param>
public sealed record EpcisSource(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("source")] string Source);
