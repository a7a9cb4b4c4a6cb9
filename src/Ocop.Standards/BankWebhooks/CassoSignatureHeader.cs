using System.Globalization;

namespace Ocop.Standards.BankWebhooks;

/// <summary>The parts of a Casso v2 <c>X-Casso-Signature</c> header: <c>t=&lt;unix-ms&gt;,v1=&lt;hex&gt;</c>.</summary>
/// <param name="Timestamp">Unix time in milliseconds, as sent.</param>
/// <param name="V1">The HMAC-SHA512 signature as lower-case hex.</param>
public sealed record CassoSignatureHeader(long Timestamp, string V1)
{
    /// <summary>The header name.</summary>
    public const string HeaderName = "X-Casso-Signature";

    /// <summary>The last millisecond a <see cref="DateTimeOffset"/> holds (31/12/9999): a later t is malformed, not a date.</summary>
    private const long MaxTimestamp = 253_402_300_799_999;

    /// <summary>The signing time as a date.</summary>
    public DateTimeOffset SignedAt => DateTimeOffset.FromUnixTimeMilliseconds(Timestamp);

    /// <summary>Reads "t=…,v1=…" in either order, ignoring spaces and unknown parts; null when t or v1 is missing or malformed.</summary>
    public static CassoSignatureHeader? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        long? timestamp = null;
        string? v1 = null;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0) continue;
            var name = part[..equals];
            var value = part[(equals + 1)..];
            if (name == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var t) && t <= MaxTimestamp) timestamp = t;
            else if (name == "v1" && value.Length == 128 && value.All(char.IsAsciiHexDigit)) v1 = value.ToLowerInvariant();
        }
        return timestamp is { } ts && v1 is not null ? new CassoSignatureHeader(ts, v1) : null;
    }

    /// <inheritdoc />
    public override string ToString() => $"t={Timestamp.ToString(CultureInfo.InvariantCulture)},v1={V1}";
}
