namespace Ocop.Standards.BankWebhooks;

/// <summary>Checks SePay's "API Key" webhook authentication: the header <c>Authorization: Apikey &lt;key&gt;</c>.</summary>
public static class SePayApiKey
{
    /// <summary>The authentication scheme SePay writes before the key.</summary>
    public const string Scheme = "Apikey";

    /// <summary>
    /// Verifies the Authorization header against the configured key in constant time.
    /// The scheme name is matched without regard to case; the key exactly.
    /// </summary>
    public static WebhookVerificationResult Verify(string? authorizationHeader, string expectedApiKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(expectedApiKey);
        if (string.IsNullOrWhiteSpace(authorizationHeader))
            return WebhookVerificationResult.Invalid("missing-header", "The Authorization header is missing.");
        var header = authorizationHeader.Trim();
        var space = header.IndexOf(' ');
        if (space < 0 || !header[..space].Equals(Scheme, StringComparison.OrdinalIgnoreCase))
            return WebhookVerificationResult.Invalid("scheme", $"The Authorization header must be \"{Scheme} <key>\".");
        var key = header[(space + 1)..].Trim();
        return SecretComparison.FixedTimeEquals(key, expectedApiKey)
            ? WebhookVerificationResult.Valid
            : WebhookVerificationResult.Invalid("key-mismatch", "The API key does not match.");
    }
}
