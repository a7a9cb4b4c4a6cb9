namespace Ocop.Standards.Epcis;

/// <summary>Core Business Vocabulary 2.0 values that EPCIS JSON writes as bare words.</summary>
public static class Cbv
{
    /// <summary>The closed list of CBV 2.0 business steps (there is no "harvesting": use a custom URI).</summary>
    public static IReadOnlySet<string> BizSteps { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "accepting", "arriving", "assembling", "collecting", "commissioning", "consigning", "creating_class_instance",
        "cycle_counting", "decommissioning", "departing", "destroying", "disassembling", "dispensing", "encoding",
        "entering_exiting", "holding", "inspecting", "installing", "killing", "loading", "other", "packing", "picking",
        "receiving", "removing", "repackaging", "repairing", "replacing", "reserving", "retail_selling", "shipping",
        "staging_outbound", "stock_taking", "stocking", "storing", "transporting", "unloading", "unpacking",
        "void_shipping", "sensor_reporting", "sampling",
    };

    /// <summary>The closed list of CBV 2.0 dispositions.</summary>
    public static IReadOnlySet<string> Dispositions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "active", "available", "completeness_inferred", "completeness_verified", "conformant", "container_closed",
        "container_open", "damaged", "destroyed", "dispensed", "disposed", "encoded", "expired", "in_progress",
        "in_transit", "inactive", "mismatch_class", "mismatch_instance", "mismatch_quantity", "needs_replacement",
        "no_pedigree_match", "non_conformant", "non_sellable_other", "partially_dispensed", "recalled", "reserved",
        "retail_sold", "returned", "sellable_accessible", "sellable_not_accessible", "stolen", "unavailable", "unknown",
    };

    /// <summary>Business transaction types.</summary>
    public static IReadOnlySet<string> BizTransactionTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "po", "desadv", "inv", "bol", "prodorder", "recadv", "rma", "cert", "testprd", "testres", "upevt", "pedigree", "poc",
    };

    /// <summary>Source and destination types.</summary>
    public static IReadOnlySet<string> SourceDestinationTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "owning_party", "possessing_party", "location",
    };

    /// <summary>URI prefixes of the standard vocabulary, which must be written as bare words instead.</summary>
    public static IReadOnlyList<string> StandardUriPrefixes { get; } = ["urn:epcglobal:cbv", "https://ns.gs1.org/cbv/"];
}
