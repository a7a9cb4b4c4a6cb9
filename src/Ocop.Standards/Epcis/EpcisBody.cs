using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>The body of a capture document.</summary>
public sealed record EpcisBody
{
    /// <summary>The events (required).</summary>
    [JsonPropertyName("eventList")] public IReadOnlyList<EpcisEvent>? EventList { get; init; }
}
