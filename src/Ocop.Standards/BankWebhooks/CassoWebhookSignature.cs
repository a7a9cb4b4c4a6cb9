using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Ocop.Standards.BankWebhooks;

/// <summary>
/// Casso webhook v2 signatures: <c>v1 = HMAC-SHA512(checksumKey, t + "." + sortedJson(body))</c>, lower-case hex,
/// where sortedJson is the whole body re-serialised compactly with keys sorted at every depth.
/// </summary>
public static class CassoWebhookSignature
{
    /// <summary>
    /// The v1 signature for a body and timestamp. Strings are escaped the JavaScript way
    /// (no "\/", non-ASCII kept as UTF-8).
    /// </summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public static string Compute(string rawBody, long timestamp, string checksumKey)
    {
        using var document = JsonDocument.Parse(rawBody);
        return Sign(SortedJson.Serialize(document.RootElement, phpEscaping: false), timestamp, checksumKey);
    }

    /// <summary>
    /// Verifies the <c>X-Casso-Signature</c> header against the raw request body. Because Casso's samples disagree on
    /// escaping "/" and non-ASCII text (PHP json_encode versus JavaScript), a signature over either form is accepted.
    /// When <paramref name="tolerance"/> is given, a timestamp further than that from <paramref name="now"/> is rejected.
    /// </summary>
    public static WebhookVerificationResult Verify(string? signatureHeader, string rawBody, string checksumKey,
        DateTimeOffset? now = null, TimeSpan? tolerance = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(checksumKey);
        if (string.IsNullOrWhiteSpace(signatureHeader))
            return WebhookVerificationResult.Invalid("missing-header", $"The {CassoSignatureHeader.HeaderName} header is missing.");
        var header = CassoSignatureHeader.Parse(signatureHeader);
        if (header is null)
            return WebhookVerificationResult.Invalid("header-format",
                $"The {CassoSignatureHeader.HeaderName} header must look like \"t=<unix-ms>,v1=<128 hex digits>\".");
        if (tolerance is { } window)
        {
            var age = (now ?? DateTimeOffset.UtcNow) - header.SignedAt;
            if (age.Duration() > window)
                return WebhookVerificationResult.Invalid("timestamp",
                    $"The signature time {header.SignedAt:O} is more than {window.TotalMinutes:0.#} minutes from now.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(rawBody);
        }
        catch (JsonException)
        {
            return WebhookVerificationResult.Invalid("body", "The request body is not valid JSON.");
        }
        using (document)
        {
            foreach (var php in new[] { false, true })
            {
                var expected = Sign(SortedJson.Serialize(document.RootElement, php), header.Timestamp, checksumKey);
                if (SecretComparison.FixedTimeEquals(expected, header.V1)) return WebhookVerificationResult.Valid;
            }
        }
        return WebhookVerificationResult.Invalid("signature-mismatch", "The signature does not match the body.");
    }

    private static string Sign(string sortedJson, long timestamp, string checksumKey)
    {
        var message = timestamp.ToString(CultureInfo.InvariantCulture) + "." + sortedJson;
        var mac = HMACSHA512.HashData(Encoding.UTF8.GetBytes(checksumKey), Encoding.UTF8.GetBytes(message));
        return Convert.ToHexStringLower(mac);
    }
}
