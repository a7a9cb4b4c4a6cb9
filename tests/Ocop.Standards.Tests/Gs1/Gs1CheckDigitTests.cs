using Ocop.Standards.Gs1;

namespace Ocop.Standards.Tests.Gs1;

public class Gs1CheckDigitTests
{
    [Theory]
    [InlineData("629104150021", 3)] // gs1.org calculator page
    [InlineData("890400021003", 7)] // GS1 India
    [InlineData("730001100001", 7)] // GS1 Sweden
    [InlineData("893456789012", 0)]
    [InlineData("0893123412345", 1)]
    [InlineData("1893123412345", 8)] // indicator digit 1 changes the check digit
    [InlineData("9638507", 4)]
    [InlineData("10614141123456789", 7)]
    [InlineData("", 0)]
    public void Compute_KnownBodies_GiveTheirCheckDigit(string body, int expected)
    {
        Assert.Equal(expected, Gs1CheckDigit.Compute(body));
    }

    [Fact]
    public void Compute_NonDigit_Throws()
    {
        Assert.Throws<FormatException>(() => Gs1CheckDigit.Compute("89312A4"));
    }

    [Theory]
    [InlineData("6291041500213", true)]
    [InlineData("6291041500214", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData("629104150021X", false)]
    public void IsValid_ChecksTheLastDigit(string digits, bool expected)
    {
        Assert.Equal(expected, Gs1CheckDigit.IsValid(digits));
    }
}
