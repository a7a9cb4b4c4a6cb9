using Ocop.Standards.VietQr;

namespace Ocop.Standards.Tests.VietQr;

public class VietQrDecoderTests
{
    [Fact]
    public void Decode_VietcombankExample_ReturnsEveryField()
    {
        var result = VietQrDecoder.Decode(VietQrVectors.VietcombankDynamic);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var qr = result.Value!;
        Assert.Equal(VietQrInitiation.Dynamic, qr.Initiation);
        Assert.Equal("970436", qr.BankBin);
        Assert.Equal("0011001234567", qr.AccountNumber);
        Assert.Equal(VietQrService.AccountTransfer, qr.Service);
        Assert.Equal(150000, qr.Amount);
        Assert.Equal("704", qr.Currency);
        Assert.Equal("VN", qr.Country);
        Assert.Equal("DH20240615", qr.BillNumber);
        Assert.Equal("Thanh toan DH20240615", qr.Purpose);
        Assert.Equal("0B3A", qr.Crc);
        Assert.Equal(["00", "01", "38", "53", "54", "58", "62", "63"], qr.Fields.Select(f => f.Id));
        Assert.Equal(["01", "08"], qr.AdditionalData.Select(f => f.Id));
    }

    [Fact]
    public void Decode_TamperedAmount_IsRejectedWithTheRecomputedCrc()
    {
        var tampered = VietQrVectors.VietcombankDynamic.Replace("5406150000", "5406150001");

        var result = VietQrDecoder.Decode(tampered);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        var error = Assert.Single(result.Errors);
        Assert.Equal("crc-mismatch", error.Code);
        Assert.Contains("975D", error.Message);
        Assert.Contains("0B3A", error.Message);
    }

    [Fact]
    public void Decode_StaticAcb_HasNoAmount()
    {
        var qr = VietQrDecoder.Decode(VietQrVectors.AcbStatic).Value!;
        Assert.Equal(VietQrInitiation.Static, qr.Initiation);
        Assert.Equal(("970416", "257678859"), (qr.BankBin, qr.AccountNumber));
        Assert.Null(qr.Amount);
        Assert.Null(qr.Purpose);
        Assert.Empty(qr.AdditionalData);
    }

    [Fact]
    public void Decode_DynamicAcb_ReadsAmountAndPurpose()
    {
        var qr = VietQrDecoder.Decode(VietQrVectors.AcbDynamic).Value!;
        Assert.Equal(10000, qr.Amount);
        Assert.Equal("Chuyen tien", qr.Purpose);
    }

    [Fact]
    public void Decode_AmountField_IsOneThousand()
    {
        var qr = VietQrDecoder.Decode(VietQrVectors.AcbAmount1000).Value!;
        Assert.Equal(1000, qr.Amount);
    }

    [Fact]
    public void Decode_LastCrcDigitChanged_IsInvalid()
    {
        var result = VietQrDecoder.Decode(VietQrVectors.AcbAmount1000BadCrc);
        Assert.False(result.IsValid);
        Assert.True(result.HasError("crc-mismatch"));
    }

    [Fact]
    public void Decode_CrcWithLeadingZero_IsValid()
    {
        var qr = VietQrDecoder.Decode(VietQrVectors.TechcombankLeadingZeroCrc).Value!;
        Assert.Equal(("970407", "19030413601018", "0283"), (qr.BankBin, qr.AccountNumber, qr.Crc));
    }

    [Fact]
    public void Decode_LowerCaseCrc_IsAccepted()
    {
        var result = VietQrDecoder.Decode(VietQrVectors.MbBankLowerCaseCrc);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("79db", result.Value!.Crc);
        Assert.Equal("MB Bank", Banks.FindByBin(result.Value.BankBin)!.ShortName);
    }

    [Fact]
    public void Decode_VietinBankFlood_ReadsPurpose()
    {
        var qr = VietQrDecoder.Decode(VietQrVectors.VietinBankFlood).Value!;
        Assert.Equal(("970415", "0011001932418", 120000L, "ung ho lu lut"),
            (qr.BankBin, qr.AccountNumber, qr.Amount!.Value, qr.Purpose));
    }

    [Fact]
    public void Decode_CardTransfer_ReportsCardService()
    {
        var qr = VietQrDecoder.Decode(VietQrVectors.VietinBankCardStatic).Value!;
        Assert.Equal(VietQrService.CardTransfer, qr.Service);
        Assert.Equal("9704151234567890", qr.AccountNumber);
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("000201010211", "crc-missing")]
    [InlineData("0002010102", "tlv-structure")]
    [InlineData("00020101X211", "tlv-structure")]
    [InlineData("00050101", "tlv-structure")]
    public void Decode_BrokenStructure_ReportsTheCode(string? payload, string code)
    {
        var result = VietQrDecoder.Decode(payload);
        Assert.False(result.IsValid);
        Assert.True(result.HasError(code), string.Join("; ", result.Errors));
    }

    [Fact]
    public void Decode_VnPayTag26Only_IsNotVietQr()
    {
        var body = "000201010211" + "26140010A000000775" + "5303704" + "5802VN" + "6304";
        var result = VietQrDecoder.Decode(body + Crc16CcittFalse.ComputeHex(body));
        Assert.True(result.HasError("not-vietqr"));
        Assert.False(result.HasError("crc-mismatch"));
    }

    [Fact]
    public void Decode_WrongCurrencyCountryAndAmount_ReportsEveryError()
    {
        var body = "000201010212" + "38530010A0000007270123000697041601092576788590208QRIBFTTA"
                   + "5303840" + "54051.500" + "5802US" + "6304";
        var result = VietQrDecoder.Decode(body + Crc16CcittFalse.ComputeHex(body));
        Assert.Equal(new[] { "amount", "country", "currency" }, result.Errors.Select(e => e.Code).Order());
    }

    [Fact]
    public void Decode_UnknownServiceAndBadBin_AreReported()
    {
        var body = "000201010211" + "38480010A0000007270120000497040108123456780206123456" + "5303704" + "5802VN" + "6304";
        var result = VietQrDecoder.Decode(body + Crc16CcittFalse.ComputeHex(body));
        Assert.True(result.HasError("bin"), string.Join("; ", result.Errors));
        Assert.True(result.HasError("service"), string.Join("; ", result.Errors));
    }
}
