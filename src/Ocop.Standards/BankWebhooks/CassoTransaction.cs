using System.Text.Json.Serialization;

namespace Ocop.Standards.BankWebhooks;

/// <summary>One bank transaction in a Casso webhook v2 body.</summary>
public sealed record CassoTransaction
{
    /// <summary>Casso's transaction id: the key for de-duplication.</summary>
    [JsonPropertyName("id")] public long Id { get; init; }

    /// <summary>The bank's reference.</summary>
    [JsonPropertyName("reference")] public string Reference { get; init; } = "";

    /// <summary>The transfer memo.</summary>
    [JsonPropertyName("description")] public string Description { get; init; } = "";

    /// <summary>Amount in đồng; negative for money sent.</summary>
    [JsonPropertyName("amount")] public long Amount { get; init; }

    /// <summary>Account balance after the transaction.</summary>
    [JsonPropertyName("runningBalance")] public long RunningBalance { get; init; }

    /// <summary>Bank time as sent, "YYYY-MM-DD HH:mm:ss" (Vietnam local time).</summary>
    [JsonPropertyName("transactionDateTime")] public string TransactionDateTime { get; init; } = "";

    /// <summary>The receiving account number.</summary>
    [JsonPropertyName("accountNumber")] public string AccountNumber { get; init; } = "";

    /// <summary>Bank name, e.g. "VPBank".</summary>
    [JsonPropertyName("bankName")] public string BankName { get; init; } = "";

    /// <summary>Bank abbreviation, e.g. "VPB".</summary>
    [JsonPropertyName("bankAbbreviation")] public string BankAbbreviation { get; init; } = "";

    /// <summary>Virtual account number, empty when none.</summary>
    [JsonPropertyName("virtualAccountNumber")] public string VirtualAccountNumber { get; init; } = "";

    /// <summary>Virtual account name, empty when none.</summary>
    [JsonPropertyName("virtualAccountName")] public string VirtualAccountName { get; init; } = "";

    /// <summary>The payer's account name.</summary>
    [JsonPropertyName("counterAccountName")] public string CounterAccountName { get; init; } = "";

    /// <summary>The payer's account number.</summary>
    [JsonPropertyName("counterAccountNumber")] public string CounterAccountNumber { get; init; } = "";

    /// <summary>The payer's bank BIN.</summary>
    [JsonPropertyName("counterAccountBankId")] public string CounterAccountBankId { get; init; } = "";

    /// <summary>The payer's bank name.</summary>
    [JsonPropertyName("counterAccountBankName")] public string CounterAccountBankName { get; init; } = "";
}
