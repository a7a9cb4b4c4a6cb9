using Ocop.Standards.VietQr;

namespace Ocop.Standards.Tests.VietQr;

public class VietQrBuilderTests
{
    [Fact]
    public void Build_VietcombankOrder_MatchesTheWorkedExample()
    {
        var request = new VietQrRequest("970436", "0011001234567", 150000, "Thanh toan DH20240615", "DH20240615");
        Assert.Equal(VietQrVectors.VietcombankDynamic, VietQrBuilder.Build(request));
    }

    [Fact]
    public void Build_StaticWithoutAmount_UsesInitiation11()
    {
        var payload = VietQrBuilder.Build(new VietQrRequest(Banks.Acb.Bin, "257678859"));
        Assert.Equal(VietQrVectors.AcbStatic, payload);
    }

    [Fact]
    public void Build_WithAmountAndPurpose_IsDynamic()
    {
        var payload = VietQrBuilder.Build(new VietQrRequest("970416", "257678859", 10000, "Chuyen tien"));
        Assert.Equal(VietQrVectors.AcbDynamic, payload);
    }

    [Fact]
    public void Build_DynamicWithThousand_MatchesDecodeVector()
    {
        var payload = VietQrBuilder.Build(new VietQrRequest("970416", "257678859", 1000, "Chuyen tien"));
        Assert.Equal(VietQrVectors.AcbAmount1000, payload);
    }

    [Fact]
    public void Build_CrcWithLeadingZero_IsPadded()
    {
        var payload = VietQrBuilder.Build(new VietQrRequest(Banks.Techcombank.Bin, "19030413601018"));
        Assert.Equal(VietQrVectors.TechcombankLeadingZeroCrc, payload);
    }

    [Fact]
    public void Build_WritesCrcInUpperCase()
    {
        var payload = VietQrBuilder.Build(new VietQrRequest(Banks.MbBank.Bin, "0352350917"));
        Assert.Equal(VietQrVectors.MbBankLowerCaseCrc[..^4] + "79DB", payload);
    }

    [Fact]
    public void Build_VietnamesePurpose_IsStrippedOfDiacritics()
    {
        var payload = VietQrBuilder.Build(new VietQrRequest(Banks.VietinBank.Bin, "0011001932418", 120000, "ủng hộ lũ lụt"));
        Assert.Equal(VietQrVectors.VietinBankFlood, payload);
    }

    [Fact]
    public void Build_CardTransfer_UsesQribfttc()
    {
        var request = new VietQrRequest("970415", "9704151234567890") { Service = VietQrService.CardTransfer };
        Assert.Equal(VietQrVectors.VietinBankCardStatic, VietQrBuilder.Build(request));
    }

    [Fact]
    public void Build_ExplicitInitiation_OverridesTheDefault()
    {
        var payload = VietQrBuilder.Build(new VietQrRequest("970416", "257678859") { Initiation = VietQrInitiation.Dynamic });
        Assert.StartsWith("000201010212", payload);
        Assert.True(VietQrDecoder.Decode(payload).IsValid);
    }

    [Fact]
    public void Build_LongPurpose_IsCutTo25Characters()
    {
        var payload = VietQrBuilder.Build(new VietQrRequest("970436", "0011001234567", 50000,
            "Thanh toán đơn hàng số DH20240615 của Hợp tác xã"));
        var decoded = VietQrDecoder.Decode(payload);
        Assert.True(decoded.IsValid);
        Assert.Equal("Thanh toan don hang so DH", decoded.Value!.Purpose);
    }

    [Theory]
    [InlineData("Đặc sản  Sơn La", "Dac san Son La")]
    [InlineData("  DH-001 ✓ ", "DH-001")]
    [InlineData("Trà\tTân Cương", "Tra Tan Cuong")]
    [InlineData("茶", "")]
    [InlineData(null, "")]
    [InlineData("Thanh toan don hang so DH 20240615", "Thanh toan don hang so DH")]
    public void SanitizePurpose_KeepsPrintableAsciiOnly(string? input, string expected)
    {
        Assert.Equal(expected, VietQrBuilder.SanitizePurpose(input));
    }

    [Theory]
    [InlineData("97043", "0011001234567", 1000L)]
    [InlineData("97043A", "0011001234567", 1000L)]
    [InlineData("970436", "", 1000L)]
    [InlineData("970436", "00110012345678901234", 1000L)]
    [InlineData("970436", "0011-001234", 1000L)]
    [InlineData("970436", "0011001234567", 0L)]
    [InlineData("970436", "0011001234567", -5L)]
    [InlineData("970436", "0011001234567", 10_000_000_000_000L)]
    public void Build_InvalidAccountData_Throws(string bin, string account, long amount)
    {
        Assert.Throws<ArgumentException>(() => VietQrBuilder.Build(new VietQrRequest(bin, account, amount)));
    }

    [Fact]
    public void Build_BillNumberTooLong_Throws()
    {
        var request = new VietQrRequest("970436", "0011001234567", 1000, BillNumber: new string('A', 26));
        Assert.Throws<ArgumentException>(() => VietQrBuilder.Build(request));
    }

    [Fact]
    public void Build_ThenDecode_RoundTrips()
    {
        var request = new VietQrRequest(Banks.Agribank.Bin, "1234567890123", 470000, "Mật ong bạc hà", "OCOP-42");
        var decoded = VietQrDecoder.Decode(VietQrBuilder.Build(request));
        Assert.True(decoded.IsValid, string.Join("; ", decoded.Errors));
        var value = decoded.Value!;
        Assert.Equal(("970405", "1234567890123", 470000L, "Mat ong bac ha", "OCOP-42"),
            (value.BankBin, value.AccountNumber, value.Amount!.Value, value.Purpose, value.BillNumber));
        Assert.Equal(VietQrInitiation.Dynamic, value.Initiation);
    }
}
