using Ocop.Standards.Gs1;

namespace Ocop.Standards.Tests.Gs1;

public class SsccTests
{
    [Theory]
    [InlineData("106141411234567897")] // SSCC example
    [InlineData("389312340000000012")]
    public void IsValid_EighteenDigitsWithCheckDigit_IsValid(string sscc)
    {
        Assert.True(Sscc.IsValid(sscc));
    }

    [Theory]
    [InlineData("106141411234567890", "check-digit")]
    [InlineData("10614141123456789", "length")]
    [InlineData("0106141411234567897", "length")]
    [InlineData("10614141123456789-", "digits")]
    [InlineData(" ", "empty")]
    public void TryValidate_InvalidValues_NameTheFailure(string? sscc, string expected)
    {
        Assert.False(Sscc.TryValidate(sscc, out var error));
        Assert.Equal(expected, error);
    }
}
