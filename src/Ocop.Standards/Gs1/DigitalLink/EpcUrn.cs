namespace Ocop.Standards.Gs1.DigitalLink;

/// <summary>
/// Converts between EPC pure-identity URNs (sgtin, lgtin class, sgln, pgln, sscc) and Digital Link URIs.
/// A URN splits the key after the company prefix, so going from a Digital Link needs the prefix length
/// (7 to 10 digits for Vietnamese 893 prefixes, 6 to 12 in general).
/// </summary>
public static class EpcUrn
{
    private const string Sgtin = "urn:epc:id:sgtin:";
    private const string Lgtin = "urn:epc:class:lgtin:";
    private const string SgtinPattern = "urn:epc:idpat:sgtin:";
    private const string Sgln = "urn:epc:id:sgln:";
    private const string Pgln = "urn:epc:id:pgln:";
    private const string SsccUrn = "urn:epc:id:sscc:";

    /// <summary>
    /// The Digital Link equivalent of an EPC URN, e.g. urn:epc:id:sgtin:8931234.012345.SN001 →
    /// https://id.gs1.org/01/08931234123451/21/SN001. An SGLN extension of "0" means no extension.
    /// </summary>
    public static ParseResult<DigitalLinkUri> ToDigitalLink(string? urn, string stem = DigitalLinkUri.GS1ResolverStem)
    {
        if (string.IsNullOrWhiteSpace(urn)) return Fail<DigitalLinkUri>("empty", "The EPC URN is empty.");
        urn = urn.Trim();
        string? path = null;
        string? error = null;
        if (StartsWith(urn, Sgtin)) path = GtinPath(urn[Sgtin.Length..], ApplicationIdentifiers.SerialNumber, out error);
        else if (StartsWith(urn, Lgtin)) path = GtinPath(urn[Lgtin.Length..], ApplicationIdentifiers.BatchLot, out error);
        else if (StartsWith(urn, Sgln)) path = GlnPath(urn[Sgln.Length..], withExtension: true, out error);
        else if (StartsWith(urn, Pgln)) path = GlnPath(urn[Pgln.Length..], withExtension: false, out error);
        else if (StartsWith(urn, SsccUrn)) path = SsccPath(urn[SsccUrn.Length..], out error);
        else error = "Only urn:epc:id:sgtin, urn:epc:class:lgtin, urn:epc:id:sgln, urn:epc:id:pgln and urn:epc:id:sscc are supported.";

        if (path is null) return Fail<DigitalLinkUri>("epc-urn", error!);
        return DigitalLinkParser.Parse(stem.TrimEnd('/') + path);
    }

    /// <summary>
    /// The EPC URN of a Digital Link: GTIN + serial → sgtin (a lot, if any, is not part of the instance URN),
    /// GTIN + lot → lgtin class, GTIN alone → idpat sgtin pattern, 414 → sgln, 417 → pgln, 00 → sscc.
    /// Variant (22) and TPX (235) have no EPC form and are reported.
    /// </summary>
    public static ParseResult<string> FromDigitalLink(DigitalLinkUri link, int companyPrefixLength)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (companyPrefixLength is < 6 or > 12)
            return Fail<string>("company-prefix-length", $"A GS1 company prefix has 6 to 12 digits, got {companyPrefixLength}.");
        var key = link.PrimaryKey.Value;
        var cp = companyPrefixLength;
        switch (link.PrimaryKey.Ai)
        {
            case ApplicationIdentifiers.Gtin:
                if (link.Qualifiers.FirstOrDefault(q => q.Ai is ApplicationIdentifiers.ConsumerProductVariant
                        or ApplicationIdentifiers.ThirdPartySerialExtension) is { } extra)
                    return Fail<string>("not-representable", $"AI {extra.Ai} has no equivalent in an EPC URN.");
                var companyPrefix = key.Substring(1, cp);
                var itemReference = key[0] + key[(1 + cp)..13];
                var prefix = $"{companyPrefix}.{itemReference}.";
                if (link.Serial is { } serial) return ParseResult<string>.Success(Sgtin + prefix + Escape(serial));
                if (link.Lot is { } lot) return ParseResult<string>.Success(Lgtin + prefix + Escape(lot));
                return ParseResult<string>.Success(SgtinPattern + prefix + "*");
            case ApplicationIdentifiers.LocationGln:
                var extension = link.GlnExtension is { } ext ? Escape(ext) : "0";
                return ParseResult<string>.Success($"{Sgln}{key[..cp]}.{key[cp..12]}.{extension}");
            case ApplicationIdentifiers.PartyGln:
                return ParseResult<string>.Success($"{Pgln}{key[..cp]}.{key[cp..12]}");
            default:
                return ParseResult<string>.Success($"{SsccUrn}{key.Substring(1, cp)}.{key[0]}{key[(1 + cp)..17]}");
        }
    }

    private static string? GtinPath(string body, string qualifierAi, out string? error)
    {
        var parts = body.Split('.', 3);
        if (parts.Length != 3 || !AreDigits(parts[0], parts[1]) || parts[0].Length + parts[1].Length != 13 || parts[1].Length == 0)
        {
            error = "An SGTIN/LGTIN needs company prefix and indicator + item reference (13 digits together), then a serial or lot.";
            return null;
        }
        var body13 = parts[1][0] + parts[0] + parts[1][1..];
        var gtin = body13 + Gs1CheckDigit.Compute(body13);
        var value = Unescape(parts[2], out error);
        return value is null ? null : $"/01/{gtin}/{qualifierAi}/{UriComponentEncoding.Encode(value)}";
    }

    private static string? GlnPath(string body, bool withExtension, out string? error)
    {
        var parts = body.Split('.', withExtension ? 3 : 2);
        if (parts.Length != (withExtension ? 3 : 2) || !AreDigits(parts[0], parts[1]) || parts[0].Length + parts[1].Length != 12)
        {
            error = withExtension
                ? "An SGLN needs company prefix and location reference (12 digits together), then an extension."
                : "A PGLN needs company prefix and party reference (12 digits together).";
            return null;
        }
        var body12 = parts[0] + parts[1];
        var gln = body12 + Gs1CheckDigit.Compute(body12);
        if (!withExtension) { error = null; return $"/417/{gln}"; }
        var extension = Unescape(parts[2], out error);
        if (extension is null) return null;
        return extension == "0" ? $"/414/{gln}" : $"/414/{gln}/254/{UriComponentEncoding.Encode(extension)}";
    }

    private static string? SsccPath(string body, out string? error)
    {
        var parts = body.Split('.');
        if (parts.Length != 2 || !AreDigits(parts[0], parts[1]) || parts[0].Length + parts[1].Length != 17 || parts[1].Length == 0)
        {
            error = "An SSCC URN needs company prefix and extension digit + serial reference (17 digits together).";
            return null;
        }
        var body17 = parts[1][0] + parts[0] + parts[1][1..];
        error = null;
        return $"/00/{body17}{Gs1CheckDigit.Compute(body17)}";
    }

    // EPC URNs escape the characters " % & / < > ? of GS1 values (and anything outside ASCII).
    private static string Escape(string value) => UriComponentEncoding.Encode(value, "!'()*+,:;=");

    private static string? Unescape(string value, out string? error)
    {
        var decoded = UriComponentEncoding.Decode(value);
        error = decoded is null ? $"\"{value}\" has a malformed percent-escape." : null;
        return decoded;
    }

    private static bool AreDigits(params string[] parts) => parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));

    private static bool StartsWith(string urn, string prefix) => urn.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static ParseResult<T> Fail<T>(string code, string message) where T : class =>
        ParseResult<T>.Failure([new ValidationError(code, message)]);
}
