using Ocop.Standards.Money;

namespace Ocop.Standards.Tests.Money;

public class VndTests
{
    [Theory]
    [InlineData(470000, "470.000 ₫")]
    [InlineData(0, "0 ₫")]
    [InlineData(999, "999 ₫")]
    [InlineData(1000, "1.000 ₫")]
    [InlineData(1250000000, "1.250.000.000 ₫")]
    [InlineData(-15000, "-15.000 ₫")]
    public void Display_GroupsThousandsWithDots(long amount, string expected)
    {
        Assert.Equal(expected, Vnd.Display(amount));
    }
}
