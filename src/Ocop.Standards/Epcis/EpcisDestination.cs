using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>Where goods go to in a transfer.</summary>
/// <param name="Type">"owning_party", "possessing_party", "location" or a URI.</param>
/// <param name="Destination">The party or location URI.</param>
public sealed record EpcisDestination(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("destination")] string Destination);
