namespace Ocop.Standards.VietQr;

/// <summary>
/// Common receiving banks and their BINs. Not the authoritative NAPAS/SBV list; BINs reused after a
/// rebranding (970414, 970406) are left out because one BIN names two banks over time.
/// </summary>
public static class Banks
{
    /// <summary>Vietcombank (Joint Stock Commercial Bank for Foreign Trade of Vietnam).</summary>
    public static readonly Bank Vietcombank = new("970436", "Vietcombank");

    /// <summary>VietinBank.</summary>
    public static readonly Bank VietinBank = new("970415", "VietinBank");

    /// <summary>BIDV.</summary>
    public static readonly Bank Bidv = new("970418", "BIDV");

    /// <summary>Agribank, the largest bank in rural areas.</summary>
    public static readonly Bank Agribank = new("970405", "Agribank");

    /// <summary>Techcombank.</summary>
    public static readonly Bank Techcombank = new("970407", "Techcombank");

    /// <summary>MB Bank (Military Commercial Joint Stock Bank).</summary>
    public static readonly Bank MbBank = new("970422", "MB Bank");

    /// <summary>ACB (Asia Commercial Bank).</summary>
    public static readonly Bank Acb = new("970416", "ACB");

    /// <summary>VPBank.</summary>
    public static readonly Bank VpBank = new("970432", "VPBank");

    /// <summary>TPBank.</summary>
    public static readonly Bank TpBank = new("970423", "TPBank");

    /// <summary>Sacombank.</summary>
    public static readonly Bank Sacombank = new("970403", "Sacombank");

    /// <summary>The full list, ordered roughly by how often customers use them.</summary>
    public static IReadOnlyList<Bank> All { get; } =
    [
        Vietcombank, VietinBank, Bidv, Agribank, Techcombank, MbBank, Acb, VpBank, TpBank, Sacombank,
        new("970441", "VIB"),
        new("970443", "SHB"),
        new("970437", "HDBank"),
        new("970440", "SeABank"),
        new("970449", "LPBank"),
        new("970448", "OCB"),
        new("970426", "MSB"),
        new("970431", "Eximbank"),
        new("970428", "Nam A Bank"),
        new("970409", "Bac A Bank"),
        new("970454", "BVBank"),
        new("970429", "SCB"),
        new("970425", "ABBANK"),
        new("970412", "PVcomBank"),
        new("970424", "Shinhan Bank"),
        new("970457", "Woori Bank"),
        new("970446", "Co-opBank"),
        new("970452", "Kienlongbank"),
        new("546034", "CAKE by VPBank"),
        new("546035", "Ubank by VPBank"),
        new("963388", "Timo"),
        new("971025", "MoMo"),
    ];

    private static readonly Dictionary<string, Bank> ByBin = All.ToDictionary(b => b.Bin);

    /// <summary>Finds a bank by its BIN; null when the BIN is not in <see cref="All"/>.</summary>
    public static Bank? FindByBin(string? bin) => bin is not null && ByBin.TryGetValue(bin, out var bank) ? bank : null;
}
