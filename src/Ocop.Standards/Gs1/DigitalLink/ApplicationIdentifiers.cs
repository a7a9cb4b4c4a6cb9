namespace Ocop.Standards.Gs1.DigitalLink;

/// <summary>The GS1 Application Identifiers this library reads and writes in Digital Link URIs.</summary>
public static class ApplicationIdentifiers
{
    /// <summary>SSCC, a logistic unit (primary key, N18).</summary>
    public const string Sscc = "00";

    /// <summary>GTIN, a trade item (primary key, N14 in a Digital Link).</summary>
    public const string Gtin = "01";

    /// <summary>Batch or lot number (GTIN qualifier, X..20).</summary>
    public const string BatchLot = "10";

    /// <summary>Production date (attribute, N6 YYMMDD).</summary>
    public const string ProductionDate = "11";

    /// <summary>Packaging date (attribute, N6 YYMMDD).</summary>
    public const string PackagingDate = "13";

    /// <summary>Best-before date (attribute, N6 YYMMDD).</summary>
    public const string BestBeforeDate = "15";

    /// <summary>Sell-by date (attribute, N6 YYMMDD).</summary>
    public const string SellByDate = "16";

    /// <summary>Expiry date (attribute, N6 YYMMDD; day 00 means the whole month).</summary>
    public const string ExpiryDate = "17";

    /// <summary>Serial number (GTIN qualifier, X..20).</summary>
    public const string SerialNumber = "21";

    /// <summary>Consumer product variant (GTIN qualifier, X..20).</summary>
    public const string ConsumerProductVariant = "22";

    /// <summary>Third-party controlled serialised extension, TPX (GTIN qualifier on its own, X..28).</summary>
    public const string ThirdPartySerialExtension = "235";

    /// <summary>GLN extension component (qualifier of 414, X..20).</summary>
    public const string GlnExtension = "254";

    /// <summary>GLN of a physical location (primary key, N13).</summary>
    public const string LocationGln = "414";

    /// <summary>GLN of a party, e.g. the product owner (primary key, N13).</summary>
    public const string PartyGln = "417";

    /// <summary>Harvest date, one date or a from–to range (attribute, N6 or N12).</summary>
    public const string HarvestDate = "7007";
}
