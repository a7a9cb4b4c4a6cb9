using Ocop.Standards.Gs1.DigitalLink;

namespace Ocop.Standards.Tests.Gs1.DigitalLink;

public class EpcUrnTests
{
    [Theory]
    [InlineData("urn:epc:id:sgtin:8931234.012345.SN001", "https://id.gs1.org/01/08931234123451/21/SN001")]
    [InlineData("urn:epc:class:lgtin:8931234.012345.L2024A", "https://id.gs1.org/01/08931234123451/10/L2024A")]
    [InlineData("urn:epc:id:sgln:8931234.00001.0", "https://id.gs1.org/414/8931234000011")]
    [InlineData("urn:epc:id:sgln:8931234.00001.WH1", "https://id.gs1.org/414/8931234000011/254/WH1")]
    public void Vectors_ConvertBothWays(string urn, string digitalLink)
    {
        var link = EpcUrn.ToDigitalLink(urn);
        Assert.True(link.IsValid, string.Join("; ", link.Errors));
        Assert.Equal(digitalLink, link.Value!.ToString());

        var back = EpcUrn.FromDigitalLink(DigitalLinkParser.Parse(digitalLink).Value!, companyPrefixLength: 7);
        Assert.True(back.IsValid, string.Join("; ", back.Errors));
        Assert.Equal(urn, back.Value);
    }

    [Fact]
    public void Sgtin_IndicatorDigit_MovesToTheFrontOfTheGtin()
    {
        var link = EpcUrn.ToDigitalLink("urn:epc:id:sgtin:8931234.112345.S1").Value!;
        Assert.Equal("18931234123458", link.Gtin);
    }

    [Fact]
    public void GtinOnly_BecomesAnIdPattern()
    {
        var link = DigitalLinkParser.Parse("https://id.gs1.org/01/00860003130308").Value!;
        Assert.Equal("urn:epc:idpat:sgtin:08600031303.00.*", EpcUrn.FromDigitalLink(link, 11).Value);
    }

    [Fact]
    public void SerialWithLot_UsesTheSerialInstance()
    {
        var link = DigitalLinkParser.Parse("https://id.gs1.org/01/08931234123451/10/L1/21/S1").Value!;
        Assert.Equal("urn:epc:id:sgtin:8931234.012345.S1", EpcUrn.FromDigitalLink(link, 7).Value);
    }

    [Theory]
    [InlineData(8, "urn:epc:id:sgtin:89312341.02345.SN001")]
    [InlineData(10, "urn:epc:id:sgtin:8931234123.045.SN001")]
    public void CompanyPrefixLength_MovesTheDot(int length, string expected)
    {
        var link = DigitalLinkParser.Parse("https://id.gs1.org/01/08931234123451/21/SN001").Value!;
        Assert.Equal(expected, EpcUrn.FromDigitalLink(link, length).Value);
        Assert.Equal(link.ToString(), EpcUrn.ToDigitalLink(expected).Value!.ToString());
    }

    [Fact]
    public void SerialWithReservedCharacters_IsEscapedInBothForms()
    {
        var link = DigitalLinkUri.ForGtin("08931234123451", serial: "A/B%1");
        var urn = EpcUrn.FromDigitalLink(link, 7).Value;
        Assert.Equal("urn:epc:id:sgtin:8931234.012345.A%2FB%251", urn);
        Assert.Equal("A/B%1", EpcUrn.ToDigitalLink(urn).Value!.Serial);
    }

    [Fact]
    public void PartyAndSscc_ConvertBothWays()
    {
        var party = EpcUrn.ToDigitalLink("urn:epc:id:pgln:8931234.00001").Value!;
        Assert.Equal("https://id.gs1.org/417/8931234000011", party.ToString());
        Assert.Equal("urn:epc:id:pgln:8931234.00001", EpcUrn.FromDigitalLink(party, 7).Value);

        var sscc = EpcUrn.ToDigitalLink("urn:epc:id:sscc:0614141.1123456789").Value!;
        Assert.Equal("https://id.gs1.org/00/106141411234567897", sscc.ToString());
        Assert.Equal("urn:epc:id:sscc:0614141.1123456789", EpcUrn.FromDigitalLink(sscc, 7).Value);
    }

    [Fact]
    public void ToDigitalLink_UsesTheGivenStem()
    {
        var link = EpcUrn.ToDigitalLink("urn:epc:class:lgtin:8931234.012345.L1", "https://truyxuat.example.vn/");
        Assert.Equal("https://truyxuat.example.vn/01/08931234123451/10/L1", link.Value!.ToString());
    }

    [Theory]
    [InlineData("urn:epc:id:sgtin:8931234.01234.S1", "epc-urn")] // 12 digits
    [InlineData("urn:epc:id:sgtin:8931234.012345", "epc-urn")] // no serial
    [InlineData("urn:epc:id:sgtin:893123A.012345.S1", "epc-urn")]
    [InlineData("urn:epc:id:sgln:8931234.0001.0", "epc-urn")]
    [InlineData("urn:epc:id:giai:8931234.X1", "epc-urn")]
    [InlineData("urn:epc:id:sgtin:8931234.012345.S%Z1", "epc-urn")]
    [InlineData("urn:epc:id:sgtin:8931234.012345.ABCDEFGHIJKLMNOPQRSTU", "value-length")] // serial > 20
    [InlineData("", "empty")]
    public void ToDigitalLink_BadUrns_AreReported(string urn, string code)
    {
        var result = EpcUrn.ToDigitalLink(urn);
        Assert.True(result.HasError(code), string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(13)]
    public void FromDigitalLink_ImpossiblePrefixLength_IsReported(int length)
    {
        var link = DigitalLinkUri.ForGtin("08931234123451", serial: "S1");
        Assert.True(EpcUrn.FromDigitalLink(link, length).HasError("company-prefix-length"));
    }

    [Fact]
    public void FromDigitalLink_ConsumerProductVariant_HasNoEpcForm()
    {
        var link = DigitalLinkUri.ForGtin("08931234123451", serial: "S1", consumerProductVariant: "V1");
        Assert.True(EpcUrn.FromDigitalLink(link, 7).HasError("not-representable"));
    }
}
