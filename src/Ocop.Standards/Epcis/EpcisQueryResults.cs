using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>The answer to one named query.</summary>
public sealed record EpcisQueryResults
{
    /// <summary>The query's name, e.g. "SimpleEventQuery" (required).</summary>
    [JsonPropertyName("queryName")] public string? QueryName { get; init; }

    /// <summary>The subscription that produced the result, if any.</summary>
    [JsonPropertyName("subscriptionID")] public string? SubscriptionId { get; init; }

    /// <summary>The matching events.</summary>
    [JsonPropertyName("resultsBody")] public EpcisResultsBody? ResultsBody { get; init; }
}
