namespace Ocop.Standards.Gs1;

/// <summary>GS1 six-digit dates (YYMMDD) as used by AIs 11, 13, 15, 16, 17 and 7007.</summary>
public static class Gs1Date
{
    /// <summary>
    /// Reads YYMMDD. The century follows the GS1 General Specifications rule: the year lands within
    /// 49 years before and 50 years after <paramref name="referenceYear"/> (the current UTC year when null).
    /// Day "00" is read as the last day of the month when <paramref name="allowDayZero"/> is true.
    /// </summary>
    public static bool TryParse(string? yymmdd, out DateOnly date, bool allowDayZero = false, int? referenceYear = null)
    {
        date = default;
        if (yymmdd is not { Length: 6 } || !yymmdd.All(char.IsAsciiDigit)) return false;
        var yy = int.Parse(yymmdd[..2]);
        var month = int.Parse(yymmdd[2..4]);
        var day = int.Parse(yymmdd[4..]);
        if (month is < 1 or > 12) return false;

        var reference = referenceYear ?? DateTime.UtcNow.Year;
        var century = reference / 100 * 100;
        var difference = yy - reference % 100;
        if (difference >= 51) century -= 100;
        else if (difference <= -50) century += 100;
        var year = century + yy;
        if (year is < 1 or > 9999) return false;

        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day == 0 && allowDayZero) day = daysInMonth;
        if (day < 1 || day > daysInMonth) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
