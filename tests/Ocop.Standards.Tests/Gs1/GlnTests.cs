using Ocop.Standards.Gs1;

namespace Ocop.Standards.Tests.Gs1;

public class GlnTests
{
    [Theory]
    [InlineData("8931234000011")] // prefix 8931234, location ref 00001
    [InlineData("6291041500213")]
    [InlineData("0614141007776")]
    public void IsValid_ThirteenDigitsWithCheckDigit_IsValid(string gln)
    {
        Assert.True(Gln.IsValid(gln));
    }

    [Theory]
    [InlineData("8931234000012", "check-digit")]
    [InlineData("08931234000011", "length")] // a GLN is never padded
    [InlineData("893123400001", "length")]
    [InlineData("893123400001X", "digits")]
    [InlineData("", "empty")]
    [InlineData(null, "empty")]
    public void TryValidate_InvalidValues_NameTheFailure(string? gln, string expected)
    {
        Assert.False(Gln.TryValidate(gln, out var error));
        Assert.Equal(expected, error);
    }
}
