using Ocop.Standards.VietQr;

namespace Ocop.Standards.Tests.VietQr;

public class BanksTests
{
    [Theory]
    [InlineData("970436", "Vietcombank")]
    [InlineData("970415", "VietinBank")]
    [InlineData("970418", "BIDV")]
    [InlineData("970405", "Agribank")]
    [InlineData("970407", "Techcombank")]
    [InlineData("970422", "MB Bank")]
    [InlineData("970416", "ACB")]
    [InlineData("970454", "BVBank")]
    [InlineData("546034", "CAKE by VPBank")]
    [InlineData("971025", "MoMo")]
    public void FindByBin_KnownBins_ReturnTheBank(string bin, string shortName)
    {
        Assert.Equal(shortName, Banks.FindByBin(bin)?.ShortName);
    }

    [Theory]
    [InlineData("970414")] // reused by Ocean Bank and MBV
    [InlineData("970406")] // reused by DongA Bank and Vikki Bank
    [InlineData("000000")]
    [InlineData(null)]
    public void FindByBin_UnknownOrAmbiguousBins_ReturnNull(string? bin)
    {
        Assert.Null(Banks.FindByBin(bin));
    }

    [Fact]
    public void All_HasUniqueSixDigitBins()
    {
        Assert.Equal(32, Banks.All.Count);
        Assert.Equal(Banks.All.Count, Banks.All.Select(b => b.Bin).Distinct().Count());
        Assert.All(Banks.All, b => Assert.Matches("^[0-9]{6}$", b.Bin));
    }
}
