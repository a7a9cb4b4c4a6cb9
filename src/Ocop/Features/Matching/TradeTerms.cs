namespace Ocop.Features.Matching;

/// <summary>How often a buyer needs the quantity, or the period a seller's capacity is given for.</summary>
public enum Frequency { OneOff = 0, Weekly = 1, Monthly = 2 }

/// <summary>Units of B2B trade. Mass and volume convert to kg and litres; packaged units compare only with themselves.</summary>
public enum TradeUnit { Kg = 0, Tonne = 1, Litre = 2, Box = 3, Bottle = 4, Pack = 5, Piece = 6 }

/// <summary>Quality and food-safety standards a buyer may require and a seller may hold.</summary>
[Flags]
public enum StandardMark { None = 0, VietGap = 1, Organic = 2, GlobalGap = 4, Haccp = 8, Iso22000 = 16, Halal = 32 }

/// <summary>The standard labels, unit conversions and per-month arithmetic of B2B terms.</summary>
public static class TradeTerms
{
    public const int MaxQuantity = 1_000_000;
    public const long MaxUnitPrice = 1_000_000_000;
    public const double WeeksPerMonth = 52.0 / 12;

    public static readonly StandardMark[] AllStandards =
        [StandardMark.VietGap, StandardMark.Organic, StandardMark.GlobalGap, StandardMark.Haccp, StandardMark.Iso22000, StandardMark.Halal];

    public static string Label(StandardMark s) => s switch
    {
        StandardMark.VietGap => "VietGAP",
        StandardMark.Organic => "Hữu cơ",
        StandardMark.GlobalGap => "GlobalGAP",
        StandardMark.Haccp => "HACCP",
        StandardMark.Iso22000 => "ISO 22000",
        StandardMark.Halal => "Halal",
        _ => s.ToString(),
    };

    public static string Labels(StandardMark marks) =>
        string.Join(", ", AllStandards.Where(s => marks.HasFlag(s)).Select(Label));

    public static StandardMark Combine(IEnumerable<StandardMark>? marks) =>
        (marks ?? []).Aggregate(StandardMark.None, (all, m) => all | m);

    public static IReadOnlyList<StandardMark> Split(StandardMark marks) => AllStandards.Where(s => marks.HasFlag(s)).ToList();

    public static int Count(StandardMark marks) => System.Numerics.BitOperations.PopCount((uint)marks);

    public static string Label(TradeUnit u) => u switch
    {
        TradeUnit.Kg => "kg",
        TradeUnit.Tonne => "tấn",
        TradeUnit.Litre => "lít",
        TradeUnit.Box => "hộp",
        TradeUnit.Bottle => "chai",
        TradeUnit.Pack => "gói",
        _ => "cái",
    };

    public static string Label(Frequency f) => f switch
    {
        Frequency.Weekly => "hằng tuần",
        Frequency.Monthly => "hằng tháng",
        _ => "một lần",
    };

    /// <summary>The unit that amounts convert into, and how many of it one unit is: tấn → (kg, 1000).</summary>
    public static (TradeUnit Base, int Factor) BaseOf(TradeUnit u) => u == TradeUnit.Tonne ? (TradeUnit.Kg, 1000) : (u, 1);

    public static bool Comparable(TradeUnit a, TradeUnit b) => BaseOf(a).Base == BaseOf(b).Base;

    /// <summary>An amount in base units (kg, litres or the packaged unit itself).</summary>
    public static double ToBase(double amount, TradeUnit u) => amount * BaseOf(u).Factor;

    /// <summary>A price per unit as a price per base unit (25.000.000 ₫/tấn → 25.000 ₫/kg).</summary>
    public static double PricePerBase(long price, TradeUnit u) => (double)price / BaseOf(u).Factor;

    /// <summary>A quantity given per period as a quantity per month; a one-off amount counts once.</summary>
    public static double PerMonth(double amount, Frequency f) => f == Frequency.Weekly ? amount * WeeksPerMonth : amount;
}
