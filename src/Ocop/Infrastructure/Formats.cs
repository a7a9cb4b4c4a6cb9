using System.Globalization;

namespace Ocop.Infrastructure;

/// <summary>
/// Numbers, money and dates written one way per language, in one place (decision 0015).
/// Vietnamese: <c>81,67 điểm</c>, <c>24,5 °C</c>, <c>470.000 ₫</c>, <c>07/12/2026</c>.
/// English: <c>81.67 points</c>, <c>24.5 °C</c>, <c>470,000 ₫</c>, <c>07/12/2026</c> (day first, as in Viet Nam;
/// times are Viet Nam time in both).
/// </summary>
public static class Formats
{
    private static readonly CultureInfo Vietnamese = Make(",", ".");
    private static readonly CultureInfo EnglishCulture = Make(".", ",");

    private static CultureInfo Make(string decimals, string thousands)
    {
        var c = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        c.NumberFormat.NumberDecimalSeparator = decimals;
        c.NumberFormat.NumberGroupSeparator = thousands;
        c.NumberFormat.PercentDecimalSeparator = decimals;
        c.NumberFormat.PercentGroupSeparator = thousands;
        c.DateTimeFormat.DateSeparator = "/";
        c.DateTimeFormat.ShortDatePattern = "dd/MM/yyyy";
        return CultureInfo.ReadOnly(c);
    }

    /// <summary>The number and date format of the request's language.</summary>
    public static CultureInfo Culture => Lang.IsEnglish ? EnglishCulture : Vietnamese;

    /// <summary>A decimal with up to two places: 81,67 / 81.67; whole numbers without places: 70.</summary>
    public static string Number(decimal value) => value.ToString("#,0.##", Culture);

    /// <summary>A whole number with thousands separators: 2.350 / 2,350.</summary>
    public static string Count(long value) => value.ToString("#,0", Culture);

    /// <summary>A score: "81,67 điểm" / "81.67 points".</summary>
    public static string Points(decimal value) => Lang.Text("{0} điểm", Number(value));

    /// <summary>A temperature: "24,5 °C" / "24.5 °C".</summary>
    public static string Celsius(decimal value) => Number(value) + " °C";

    /// <summary>Đồng: "470.000 ₫" / "470,000 ₫".</summary>
    public static string Money(long amount) => amount.ToString("#,0", Culture) + " ₫";

    /// <summary>A day: 07/12/2026 in both languages.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A UTC instant as its day in Viet Nam.</summary>
    public static string Date(DateTime utc) => VietnamTime.ToLocal(utc).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A UTC instant in Viet Nam time: 07/12/2026 14:05.</summary>
    public static string DateTime(DateTime utc) => VietnamTime.ToLocal(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
