using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>A read point or business location: <c>{ "id": "urn:epc:id:sgln:…" }</c> or a Digital Link URI.</summary>
/// <param name="Id">The location URI.</param>
public sealed record EpcisLocation([property: JsonPropertyName("id")] string Id);
