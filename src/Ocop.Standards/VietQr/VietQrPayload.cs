namespace Ocop.Standards.VietQr;

/// <summary>The fields of a decoded, CRC-checked VietQR payload.</summary>
public sealed record VietQrPayload
{
    /// <summary>Static ("11") or dynamic ("12").</summary>
    public required VietQrInitiation Initiation { get; init; }

    /// <summary>The receiving bank's BIN (tag 38/01/00).</summary>
    public required string BankBin { get; init; }

    /// <summary>The receiving account or card number (tag 38/01/01).</summary>
    public required string AccountNumber { get; init; }

    /// <summary>Account or card transfer (tag 38/02).</summary>
    public required VietQrService Service { get; init; }

    /// <summary>Amount in đồng (tag 54), when present.</summary>
    public long? Amount { get; init; }

    /// <summary>Currency code (tag 53), "704" for VietQR.</summary>
    public required string Currency { get; init; }

    /// <summary>Country code (tag 58), "VN" for VietQR.</summary>
    public required string Country { get; init; }

    /// <summary>Bill number (tag 62/01), when present.</summary>
    public string? BillNumber { get; init; }

    /// <summary>Purpose of transaction, the transfer memo (tag 62/08), when present.</summary>
    public string? Purpose { get; init; }

    /// <summary>The CRC exactly as it appeared in tag 63 (upper or lower case).</summary>
    public required string Crc { get; init; }

    /// <summary>Every top-level data object in payload order, including tags this type has no property for.</summary>
    public required IReadOnlyList<TlvField> Fields { get; init; }

    /// <summary>The sub-fields of tag 62 in payload order; empty when the tag is absent.</summary>
    public required IReadOnlyList<TlvField> AdditionalData { get; init; }
}
