using Ocop.Standards.BankWebhooks;

namespace Ocop.Standards.Tests.BankWebhooks;

public class CassoSignatureHeaderTests
{
    private static readonly string Hex = new('a', 128);

    [Fact]
    public void Parse_ReadsTimestampAndSignature()
    {
        var header = CassoSignatureHeader.Parse($"t=1727948258788,v1={Hex}")!;
        Assert.Equal(1727948258788, header.Timestamp);
        Assert.Equal(Hex, header.V1);
        Assert.Equal(new DateTimeOffset(2024, 10, 3, 9, 37, 38, 788, TimeSpan.Zero), header.SignedAt);
        Assert.Equal($"t=1727948258788,v1={Hex}", header.ToString());
    }

    [Theory]
    [InlineData("t=-1,v1=")]
    [InlineData("t=1,v1=zz")]
    [InlineData("x=1")]
    [InlineData(" ")]
    public void Parse_Malformed_ReturnsNull(string header)
    {
        Assert.Null(CassoSignatureHeader.Parse(header));
    }
}
