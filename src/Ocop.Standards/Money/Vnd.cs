using System.Globalization;

namespace Ocop.Standards.Money;

/// <summary>Vietnamese đồng: whole numbers only, shown as "470.000 ₫" (to a reader of English "470,000 ₫").</summary>
public static class Vnd
{
    private static readonly NumberFormatInfo Format = new() { NumberGroupSeparator = ".", NumberDecimalDigits = 0 };
    private static readonly NumberFormatInfo EnglishFormat = new() { NumberGroupSeparator = ",", NumberDecimalDigits = 0 };

    /// <summary>
    /// Formats an amount with "." as the thousands separator and a trailing " ₫"; when the current UI
    /// language is English the separator is "," as English readers expect.
    /// </summary>
    public static string Display(long amount) =>
        amount.ToString("N0", CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? EnglishFormat : Format) + " ₫";
}
