using Ocop.Standards.Gs1;
using Ocop.Standards.Gs1.DigitalLink;

namespace Ocop.Features.Traceability;

/// <summary>
/// The identifiers the module writes and reads. Events name objects and places by Digital Link on
/// id.gs1.org (the constrained form CBV 2.0 asks for); the same identifier written on another host or
/// as an EPC URN has the same <see cref="KeyOf"/> (the path from the primary key), which is what the
/// database indexes and queries compare.
/// </summary>
public static class TraceIds
{
    /// <summary>The stem of identifiers inside events.</summary>
    public const string EventStem = DigitalLinkUri.GS1ResolverStem;

    /// <summary>
    /// The key of an identifier: the Digital Link path (<c>/01/{gtin14}/10/{lot}</c>) of a Digital Link on any host or of
    /// an EPC URN (sgtin, lgtin, sgln, pgln, sscc); any other URI as written. Null for a Digital Link or EPC URN that is not valid.
    /// </summary>
    public static string? KeyOf(string identifier)
    {
        identifier = identifier.Trim();
        if (identifier.StartsWith("urn:epc:", StringComparison.OrdinalIgnoreCase))
            return EpcUrn.ToDigitalLink(identifier).Value?.ToPath();
        if (identifier.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || identifier.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var parsed = DigitalLinkParser.Parse(identifier);
            if (parsed.Value is { } link) return link.ToPath();
            // An http URI that is not meant as a Digital Link (no GS1 primary key) is kept as written.
            return parsed.Errors.Any(e => e.Code == "no-primary-key") ? identifier : null;
        }
        return identifier;
    }

    /// <summary>The Digital Link of a lot on <paramref name="stem"/>.</summary>
    public static string LotLink(string gtin14, string lotNumber, string stem = EventStem) =>
        DigitalLinkUri.ForGtin(gtin14, lotNumber, stem: stem).ToUri();

    /// <summary>The key of a lot.</summary>
    public static string LotKey(string gtin14, string lotNumber) => DigitalLinkUri.ForGtin(gtin14, lotNumber).ToPath();

    /// <summary>The base of the platform's own identifiers (parties, orders) in events; a placeholder domain until one is assigned.</summary>
    public const string IdentifierBase = "https://ocop.example.vn";

    /// <summary>The party identifier of a producer: a platform-local URI (producers rarely have a party GLN).</summary>
    public static string PartyOf(int producerId) => $"{IdentifierBase}/chu-the/{producerId}";

    /// <summary>The business transaction of an order.</summary>
    public static string OrderOf(string orderCode) => $"{IdentifierBase}/don-hang/{orderCode}";

    /// <summary>A commune as a destination (where a buyer's parcel went), without any personal data.</summary>
    public static string CommuneOf(string communeCode) => $"{IdentifierBase}/xa/{communeCode}";

    /// <summary>A carton (logistic unit) packed on the platform: an SSCC under the platform's prefix (its GLN without the check digit).</summary>
    public static string CartonOf(string platformGln, int lotId, int carton)
    {
        var body = "0" + platformGln[..10] + ((lotId % 10_000) * 100 + carton % 100).ToString("D6");
        return DigitalLinkUri.ForSscc(body + Gs1CheckDigit.Compute(body), EventStem).ToUri();
    }

    /// <summary>
    /// Checks a lot number against GS1 AI 10 (1–20 characters of the 82-character set) with the parser's own messages;
    /// null when valid.
    /// </summary>
    public static IReadOnlyList<string>? LotNumberErrors(string gtin14, string lotNumber)
    {
        var parsed = DigitalLinkParser.Parse($"/01/{gtin14}/10/{Uri.EscapeDataString(lotNumber)}");
        return parsed.Value is not null ? null : parsed.Errors.Select(e => e.Message).ToList();
    }

    /// <summary>The 14-digit GTIN of a product's stored GTIN (8, 12, 13 or 14 digits), or null.</summary>
    public static string? Gtin14(string? gtin) => gtin is not null && Gtin.IsValid(gtin) ? Gtin.ToGtin14(gtin) : null;

    /// <summary>The stored forms a GTIN-14 may have in the product table (8, 12, 13 or 14 digits).</summary>
    public static IReadOnlyList<string> StoredForms(string gtin14)
    {
        var forms = new List<string> { gtin14 };
        if (gtin14.StartsWith('0')) forms.Add(gtin14[1..]);
        if (gtin14.StartsWith("00", StringComparison.Ordinal)) forms.Add(gtin14[2..]);
        if (gtin14.StartsWith("000000", StringComparison.Ordinal)) forms.Add(gtin14[6..]);
        return forms;
    }

    /// <summary>A location's identifier: its own GLN, or an extension under the platform's GLN.</summary>
    public static DigitalLinkUri LocationLink(string? gln, string platformGln, int producerId, int sequence) =>
        gln is not null
            ? DigitalLinkUri.ForLocation(gln)
            : DigitalLinkUri.ForLocation(platformGln, $"P{producerId}-L{sequence}");
}
