using System.Text.Json.Serialization;

namespace Ocop.Standards.BankWebhooks;

/// <summary>The Casso webhook v2 body: <c>{ error, data }</c> where data is one transaction.</summary>
public sealed record CassoWebhook
{
    /// <summary>0 when the delivery carries a transaction.</summary>
    [JsonPropertyName("error")] public int Error { get; init; }

    /// <summary>The transaction.</summary>
    [JsonPropertyName("data")] public CassoTransaction? Data { get; init; }
}
