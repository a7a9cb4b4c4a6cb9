using Ocop.Standards.Gs1;

namespace Ocop.Standards.Tests.Gs1;

public class GtinTests
{
    [Theory]
    [InlineData("08934567890120")] // GTIN-14 of GTIN-13 8934567890120
    [InlineData("8934567890120")]
    [InlineData("08931234123451")] // prefix 8931234, item ref 12345, indicator 0
    [InlineData("18931234123458")] // same item, indicator 1
    [InlineData("09506000134352")] // GS1 example GTIN
    [InlineData("00860003130308")]
    [InlineData("96385074")] // GTIN-8
    [InlineData("40170725")]
    [InlineData("012345678905")] // GTIN-12
    public void IsValid_StandardVectors_AreValid(string gtin)
    {
        Assert.True(Gtin.IsValid(gtin));
        Assert.True(Gtin.TryValidate(gtin, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("8934567890128", "check-digit")] // expected 0
    [InlineData("08931234123450", "check-digit")] // expected 1
    [InlineData("12345678", "check-digit")]
    [InlineData("893123412345", "check-digit")]
    [InlineData("1234567", "length")]
    [InlineData("123456789012345", "length")]
    [InlineData("89312341234", "length")]
    [InlineData("0893123412345A", "digits")]
    [InlineData("08931234 123451", "digits")]
    [InlineData("０８９３１２３４１２３４５１", "digits")] // full-width digits are not ASCII digits
    [InlineData("", "empty")]
    [InlineData("  ", "empty")]
    [InlineData(null, "empty")]
    public void TryValidate_InvalidValues_NameTheFailure(string? gtin, string expected)
    {
        Assert.False(Gtin.TryValidate(gtin, out var error));
        Assert.Equal(expected, error);
        Assert.False(Gtin.IsValid(gtin));
    }

    [Theory]
    [InlineData("96385074", "00000096385074")]
    [InlineData("40170725", "00000040170725")]
    [InlineData("012345678905", "00012345678905")]
    [InlineData("8934567890120", "08934567890120")]
    [InlineData("08931234123451", "08931234123451")]
    public void ToGtin14_PadsWithLeadingZeros_AndKeepsTheCheckDigit(string gtin, string expected)
    {
        var gtin14 = Gtin.ToGtin14(gtin);
        Assert.Equal(expected, gtin14);
        Assert.True(Gtin.IsValid(gtin14));
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("08931234123450")]
    [InlineData("abc")]
    public void ToGtin14_InvalidGtin_Throws(string gtin)
    {
        Assert.Throws<FormatException>(() => Gtin.ToGtin14(gtin));
    }
}
