using System.Text;

namespace Ocop.Standards.Gs1.DigitalLink;

/// <summary>
/// A parsed GS1 Digital Link URI: a stem (scheme, host and any path prefix), a primary key, its key qualifiers
/// in grammar order, GS1 data attributes from the query string, the reserved <c>linkType</c> and any other
/// query parameters. Obtain one from <see cref="DigitalLinkParser.Parse"/> or the <c>For…</c> factories,
/// which validate; values are held decoded.
/// </summary>
public sealed record DigitalLinkUri
{
    /// <summary>GS1's global resolver, the reference stem of the grammar.</summary>
    public const string GS1ResolverStem = "https://id.gs1.org";

    /// <summary>Scheme, host and optional path prefix without a trailing slash, e.g. "https://truyxuat.example.vn/p".</summary>
    public required string Stem { get; init; }

    /// <summary>The primary key: 01, 414, 417 or 00, with its value (a GTIN is always 14 digits).</summary>
    public required DigitalLinkElement PrimaryKey { get; init; }

    /// <summary>Key qualifiers in the order the grammar fixes (22 → 10 → 21 for a GTIN, 254 for a GLN).</summary>
    public IReadOnlyList<DigitalLinkElement> Qualifiers { get; init; } = [];

    /// <summary>GS1 data attributes from the query string (e.g. 17 expiry, 7007 harvest date), ordered by AI.</summary>
    public IReadOnlyList<DigitalLinkElement> Attributes { get; init; } = [];

    /// <summary>The requested link type, e.g. "gs1:traceability"; null when absent.</summary>
    public string? LinkType { get; init; }

    /// <summary>Query parameters that are neither GS1 AIs nor <c>linkType</c>, in input order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> OtherParameters { get; init; } = [];

    /// <summary>The 14-digit GTIN when the primary key is AI 01.</summary>
    public string? Gtin => PrimaryValue(ApplicationIdentifiers.Gtin);

    /// <summary>The location GLN when the primary key is AI 414.</summary>
    public string? LocationGln => PrimaryValue(ApplicationIdentifiers.LocationGln);

    /// <summary>The party GLN when the primary key is AI 417.</summary>
    public string? PartyGln => PrimaryValue(ApplicationIdentifiers.PartyGln);

    /// <summary>The SSCC when the primary key is AI 00.</summary>
    public string? Sscc => PrimaryValue(ApplicationIdentifiers.Sscc);

    /// <summary>Batch/lot (AI 10), when present.</summary>
    public string? Lot => Qualifier(ApplicationIdentifiers.BatchLot);

    /// <summary>Serial number (AI 21), when present.</summary>
    public string? Serial => Qualifier(ApplicationIdentifiers.SerialNumber);

    /// <summary>GLN extension (AI 254), when present.</summary>
    public string? GlnExtension => Qualifier(ApplicationIdentifiers.GlnExtension);

    /// <summary>The value of a key qualifier, or null.</summary>
    public string? Qualifier(string ai) => Qualifiers.FirstOrDefault(q => q.Ai == ai)?.Value;

    /// <summary>The value of a data attribute, or null.</summary>
    public string? Attribute(string ai) => Attributes.FirstOrDefault(a => a.Ai == ai)?.Value;

    /// <summary>The path from the primary key on, e.g. "/01/08931234123451/10/LOT2024A", values percent-encoded.</summary>
    public string ToPath()
    {
        var sb = new StringBuilder();
        foreach (var element in Qualifiers.Prepend(PrimaryKey))
            sb.Append('/').Append(element.Ai).Append('/').Append(UriComponentEncoding.Encode(element.Value));
        return sb.ToString();
    }

    /// <summary>
    /// The canonical URI on <paramref name="stem"/> (this link's own stem when null): path in grammar order,
    /// then GS1 attributes by AI, other parameters, and <c>linkType</c> last.
    /// </summary>
    public string ToUri(string? stem = null)
    {
        var sb = new StringBuilder((stem ?? Stem).TrimEnd('/')).Append(ToPath());
        var query = Attributes.Select(a => $"{a.Ai}={UriComponentEncoding.Encode(a.Value)}")
            .Concat(OtherParameters.Select(p => $"{UriComponentEncoding.Encode(p.Key)}={UriComponentEncoding.Encode(p.Value, ":/")}"))
            .Concat(LinkType is null ? [] : [$"linkType={UriComponentEncoding.Encode(LinkType, ":/")}"])
            .ToList();
        if (query.Count > 0) sb.Append('?').AppendJoin('&', query);
        return sb.ToString();
    }

    /// <summary>The canonical URI on this link's own stem.</summary>
    public override string ToString() => ToUri();

    /// <summary>A GTIN link with optional variant, lot and serial; a GTIN-8/12/13 is padded to 14 digits.</summary>
    /// <exception cref="ArgumentException">A value breaks the Digital Link rules; the message lists every problem.</exception>
    public static DigitalLinkUri ForGtin(string gtin, string? lot = null, string? serial = null,
        string? consumerProductVariant = null, string stem = GS1ResolverStem)
    {
        var padded = Ocop.Standards.Gs1.Gtin.IsValid(gtin) ? gtin.PadLeft(14, '0') : gtin;
        return Build(stem, new(ApplicationIdentifiers.Gtin, padded),
            (ApplicationIdentifiers.ConsumerProductVariant, consumerProductVariant),
            (ApplicationIdentifiers.BatchLot, lot),
            (ApplicationIdentifiers.SerialNumber, serial));
    }

    /// <summary>A physical-location link (AI 414) with an optional extension (AI 254).</summary>
    /// <exception cref="ArgumentException">A value breaks the Digital Link rules.</exception>
    public static DigitalLinkUri ForLocation(string gln, string? extension = null, string stem = GS1ResolverStem) =>
        Build(stem, new(ApplicationIdentifiers.LocationGln, gln), (ApplicationIdentifiers.GlnExtension, extension));

    /// <summary>A party link (AI 417).</summary>
    /// <exception cref="ArgumentException">The GLN is not valid.</exception>
    public static DigitalLinkUri ForParty(string gln, string stem = GS1ResolverStem) =>
        Build(stem, new(ApplicationIdentifiers.PartyGln, gln));

    /// <summary>A logistic-unit link (AI 00).</summary>
    /// <exception cref="ArgumentException">The SSCC is not valid.</exception>
    public static DigitalLinkUri ForSscc(string sscc, string stem = GS1ResolverStem) =>
        Build(stem, new(ApplicationIdentifiers.Sscc, sscc));

    private string? PrimaryValue(string ai) => PrimaryKey.Ai == ai ? PrimaryKey.Value : null;

    // Formats the candidate and runs it through the parser, so factories and parsing share one set of rules.
    private static DigitalLinkUri Build(string stem, DigitalLinkElement primary, params (string Ai, string? Value)[] qualifiers)
    {
        var candidate = new DigitalLinkUri
        {
            Stem = stem.TrimEnd('/'),
            PrimaryKey = primary,
            Qualifiers = qualifiers.Where(q => q.Value is not null).Select(q => new DigitalLinkElement(q.Ai, q.Value!)).ToList(),
        };
        var result = DigitalLinkParser.Parse(candidate.ToUri());
        return result.Value ?? throw new ArgumentException(string.Join(" ", result.Errors.Select(e => e.Message)));
    }
}
