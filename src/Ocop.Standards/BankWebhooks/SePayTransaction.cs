using System.Text.Json.Serialization;

namespace Ocop.Standards.BankWebhooks;

/// <summary>The JSON body SePay POSTs for each bank transaction.</summary>
public sealed record SePayTransaction
{
    /// <summary>SePay's transaction id: the key for de-duplication.</summary>
    [JsonPropertyName("id")] public long Id { get; init; }

    /// <summary>Bank short name, e.g. "Vietcombank".</summary>
    [JsonPropertyName("gateway")] public string Gateway { get; init; } = "";

    /// <summary>Bank time as sent, "YYYY-MM-DD HH:mm:ss" (Vietnam local time).</summary>
    [JsonPropertyName("transactionDate")] public string TransactionDate { get; init; } = "";

    /// <summary>The receiving account number; check it is yours.</summary>
    [JsonPropertyName("accountNumber")] public string AccountNumber { get; init; } = "";

    /// <summary>The payment code SePay detected with the configured pattern, or null.</summary>
    [JsonPropertyName("code")] public string? Code { get; init; }

    /// <summary>The transfer memo.</summary>
    [JsonPropertyName("content")] public string Content { get; init; } = "";

    /// <summary>"in" for money received, "out" for money sent.</summary>
    [JsonPropertyName("transferType")] public string TransferType { get; init; } = "";

    /// <summary>Amount in đồng.</summary>
    [JsonPropertyName("transferAmount")] public long TransferAmount { get; init; }

    /// <summary>Account balance after the transaction.</summary>
    [JsonPropertyName("accumulated")] public long Accumulated { get; init; }

    /// <summary>Virtual sub-account, or null.</summary>
    [JsonPropertyName("subAccount")] public string? SubAccount { get; init; }

    /// <summary>The bank's reference code.</summary>
    [JsonPropertyName("referenceCode")] public string ReferenceCode { get; init; } = "";

    /// <summary>The full bank message.</summary>
    [JsonPropertyName("description")] public string Description { get; init; } = "";

    /// <summary>True for money received.</summary>
    [JsonIgnore] public bool IsIncoming => TransferType == "in";
}
