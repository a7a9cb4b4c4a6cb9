using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>The body of a query document.</summary>
public sealed record EpcisQueryBody
{
    /// <summary>The results (required).</summary>
    [JsonPropertyName("queryResults")] public EpcisQueryResults? QueryResults { get; init; }
}
