using Ocop.Standards.Gs1.DigitalLink;

namespace Ocop.Standards.Tests.Gs1.DigitalLink;

public class DigitalLinkUriTests
{
    [Fact]
    public void ForGtin_WritesQualifiersInGrammarOrder()
    {
        var link = DigitalLinkUri.ForGtin("08931234123451", lot: "LOT-01", serial: "SN001", consumerProductVariant: "V1");
        Assert.Equal("https://id.gs1.org/01/08931234123451/22/V1/10/LOT-01/21/SN001", link.ToString());
    }

    [Fact]
    public void ForGtin_PadsShortGtins()
    {
        Assert.Equal("https://id.gs1.org/01/08931234123451", DigitalLinkUri.ForGtin("8931234123451").ToString());
    }

    [Fact]
    public void ForGtin_EncodesReservedCharacters()
    {
        var link = DigitalLinkUri.ForGtin("08931234123451", lot: "AB/12&3");
        Assert.Equal("https://id.gs1.org/01/08931234123451/10/AB%2F12%263", link.ToString());
        Assert.Equal("AB/12&3", DigitalLinkParser.Parse(link.ToString()).Value!.Lot);
    }

    [Fact]
    public void ForGtin_InvalidValues_ThrowWithEveryMessage()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            DigitalLinkUri.ForGtin("08931234123450", lot: new string('L', 21)));
        Assert.Contains("expected 1", ex.Message);
        Assert.Contains("1–20 characters", ex.Message);
    }

    [Fact]
    public void ForLocation_ForParty_ForSscc_BuildTheirPaths()
    {
        Assert.Equal("https://id.gs1.org/414/8931234000011/254/WH1", DigitalLinkUri.ForLocation("8931234000011", "WH1").ToString());
        Assert.Equal("https://id.gs1.org/414/8931234000011", DigitalLinkUri.ForLocation("8931234000011").ToString());
        Assert.Equal("https://id.gs1.org/417/8931234000011", DigitalLinkUri.ForParty("8931234000011").ToString());
        Assert.Equal("https://id.gs1.org/00/106141411234567897", DigitalLinkUri.ForSscc("106141411234567897").ToString());
        Assert.Throws<ArgumentException>(() => DigitalLinkUri.ForParty("8931234000012"));
    }

    [Fact]
    public void ToUri_OnAnotherStem_KeepsPathAndQuery()
    {
        var link = DigitalLinkParser.Parse("https://id.gs1.org/01/08931234123451/10/LOT2024A?17=261231&linkType=gs1:traceability").Value!;
        Assert.Equal("https://truyxuat.example.vn/01/08931234123451/10/LOT2024A?17=261231&linkType=gs1:traceability",
            link.ToUri("https://truyxuat.example.vn/"));
    }

    [Fact]
    public void ToUri_FromPlatformHost_MovesToTheGs1Resolver()
    {
        var link = DigitalLinkParser.Parse("https://truyxuat.example.vn/p/01/08931234123451/10/L1").Value!;
        Assert.Equal("https://id.gs1.org/01/08931234123451/10/L1", link.ToUri(DigitalLinkUri.GS1ResolverStem));
    }

    [Fact]
    public void With_LinkType_IsWrittenUnencoded()
    {
        var link = DigitalLinkUri.ForGtin("08931234123451", lot: "L1") with { LinkType = "gs1:epcis" };
        Assert.Equal("https://id.gs1.org/01/08931234123451/10/L1?linkType=gs1:epcis", link.ToString());
    }
}
