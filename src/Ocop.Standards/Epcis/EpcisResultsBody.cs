using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>The events returned by a query.</summary>
public sealed record EpcisResultsBody
{
    /// <summary>The events.</summary>
    [JsonPropertyName("eventList")] public IReadOnlyList<EpcisEvent>? EventList { get; init; }
}
