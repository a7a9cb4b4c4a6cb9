namespace Ocop.Standards.Gs1.DigitalLink;

/// <summary>The AIs known to the parser and the key-qualifier order fixed by the Digital Link grammar.</summary>
internal static class AiTable
{
    private static readonly AiDefinition[] Definitions =
    [
        new(ApplicationIdentifiers.Sscc, "SSCC", AiRole.PrimaryKey, AiFormat.NumericKey, Sscc.Length),
        new(ApplicationIdentifiers.Gtin, "GTIN", AiRole.PrimaryKey, AiFormat.NumericKey, 14),
        new(ApplicationIdentifiers.LocationGln, "location GLN", AiRole.PrimaryKey, AiFormat.NumericKey, Gln.Length),
        new(ApplicationIdentifiers.PartyGln, "party GLN", AiRole.PrimaryKey, AiFormat.NumericKey, Gln.Length),
        new(ApplicationIdentifiers.ConsumerProductVariant, "consumer product variant", AiRole.Qualifier, AiFormat.Alphanumeric, 20),
        new(ApplicationIdentifiers.BatchLot, "batch/lot", AiRole.Qualifier, AiFormat.Alphanumeric, 20),
        new(ApplicationIdentifiers.SerialNumber, "serial number", AiRole.Qualifier, AiFormat.Alphanumeric, 20),
        new(ApplicationIdentifiers.ThirdPartySerialExtension, "TPX", AiRole.Qualifier, AiFormat.Alphanumeric, 28),
        new(ApplicationIdentifiers.GlnExtension, "GLN extension", AiRole.Qualifier, AiFormat.Alphanumeric, 20),
        new(ApplicationIdentifiers.ProductionDate, "production date", AiRole.Attribute, AiFormat.Date, 6),
        new(ApplicationIdentifiers.PackagingDate, "packaging date", AiRole.Attribute, AiFormat.Date, 6),
        new(ApplicationIdentifiers.BestBeforeDate, "best-before date", AiRole.Attribute, AiFormat.Date, 6),
        new(ApplicationIdentifiers.SellByDate, "sell-by date", AiRole.Attribute, AiFormat.Date, 6),
        new(ApplicationIdentifiers.ExpiryDate, "expiry date", AiRole.Attribute, AiFormat.Date, 6),
        new(ApplicationIdentifiers.HarvestDate, "harvest date", AiRole.Attribute, AiFormat.DateOrRange, 12),
    ];

    private static readonly Dictionary<string, AiDefinition> ByAi = Definitions.ToDictionary(d => d.Ai);

    /// <summary>Qualifiers allowed after each primary key, in the order they must appear.</summary>
    private static readonly Dictionary<string, string[]> QualifierOrder = new()
    {
        [ApplicationIdentifiers.Gtin] =
        [
            ApplicationIdentifiers.ConsumerProductVariant, ApplicationIdentifiers.BatchLot, ApplicationIdentifiers.SerialNumber,
        ],
        [ApplicationIdentifiers.LocationGln] = [ApplicationIdentifiers.GlnExtension],
        [ApplicationIdentifiers.PartyGln] = [],
        [ApplicationIdentifiers.Sscc] = [],
    };

    /// <summary>Letter aliases of Digital Link 1.2, removed in 1.3.</summary>
    private static readonly HashSet<string> LetterAliases =
        ["gtin", "cpv", "lot", "ser", "gln", "glnx", "party", "sscc", "exp", "bbd", "prodDate", "packDate", "sellBy"];

    public static AiDefinition? Find(string ai) => ByAi.GetValueOrDefault(ai);

    public static bool IsPrimaryKey(string segment) => Find(segment)?.Role == AiRole.PrimaryKey;

    public static bool IsLetterAlias(string segment) => LetterAliases.Contains(segment);

    /// <summary>The ordered qualifiers of a primary key; the TPX path of a GTIN is handled separately.</summary>
    public static IReadOnlyList<string> QualifiersOf(string primaryAi) => QualifierOrder[primaryAi];
}
