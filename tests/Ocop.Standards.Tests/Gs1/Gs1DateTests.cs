using Ocop.Standards.Gs1;

namespace Ocop.Standards.Tests.Gs1;

public class Gs1DateTests
{
    [Theory]
    [InlineData("261231", 2026, 12, 31)]
    [InlineData("760101", 1976, 1, 1)] // 76 - 25 = 51 → previous century
    [InlineData("750101", 2075, 1, 1)] // 75 - 25 = 50 → this century
    [InlineData("740101", 2074, 1, 1)] // 74 - 25 = 49 → this century
    [InlineData("240229", 2024, 2, 29)]
    public void TryParse_UsesTheGs1CenturyWindow(string yymmdd, int year, int month, int day)
    {
        Assert.True(Gs1Date.TryParse(yymmdd, out var date, referenceYear: 2025));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Fact]
    public void TryParse_DayZero_IsEndOfMonthWhenAllowed()
    {
        Assert.True(Gs1Date.TryParse("260200", out var date, allowDayZero: true, referenceYear: 2025));
        Assert.Equal(new DateOnly(2026, 2, 28), date);
        Assert.False(Gs1Date.TryParse("260200", out _, referenceYear: 2025));
    }

    [Theory]
    [InlineData("261340")]
    [InlineData("250230")]
    [InlineData("250001")]
    [InlineData("25123")]
    [InlineData("25123A")]
    [InlineData(null)]
    public void TryParse_NotADate_ReturnsFalse(string? yymmdd)
    {
        Assert.False(Gs1Date.TryParse(yymmdd, out _, allowDayZero: true, referenceYear: 2025));
    }
}
