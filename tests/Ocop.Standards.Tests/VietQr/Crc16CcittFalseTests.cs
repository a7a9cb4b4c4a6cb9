using Ocop.Standards.VietQr;

namespace Ocop.Standards.Tests.VietQr;

public class Crc16CcittFalseTests
{
    [Fact]
    public void ComputeHex_CheckValue_Is29B1()
    {
        Assert.Equal("29B1", Crc16CcittFalse.ComputeHex("123456789"));
    }

    [Fact]
    public void ComputeHex_EmptyInput_IsTheInitialValue()
    {
        Assert.Equal("FFFF", Crc16CcittFalse.ComputeHex(""));
    }

    [Fact]
    public void ComputeHex_PadsToFourUpperCaseDigits()
    {
        var payload = VietQrVectors.TechcombankLeadingZeroCrc;
        Assert.Equal("0283", Crc16CcittFalse.ComputeHex(payload[..^4]));
    }

    [Fact]
    public void ComputeHex_TamperedAmount_Gives975D()
    {
        var tampered = VietQrVectors.VietcombankDynamic.Replace("5406150000", "5406150001");
        Assert.Equal("975D", Crc16CcittFalse.ComputeHex(tampered[..^4]));
    }
}
