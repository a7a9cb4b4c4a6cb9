using Ocop.Standards.Gs1.DigitalLink;

namespace Ocop.Standards.Tests.Gs1.DigitalLink;

public class DigitalLinkParserTests
{
    private static DigitalLinkUri ParseValid(string uri)
    {
        var result = DigitalLinkParser.Parse(uri);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Value!;
    }

    private static ValidationError SingleError(string uri)
    {
        var result = DigitalLinkParser.Parse(uri);
        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        return Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData("https://id.gs1.org/01/08931234123451")]
    [InlineData("https://id.gs1.org/01/08931234123451/10/LOT2024A")]
    [InlineData("https://id.gs1.org/01/08931234123451/10/LOT2024A?17=261231")]
    [InlineData("https://id.gs1.org/01/08931234123451/22/V1/10/LOT-01/21/SN001")]
    [InlineData("https://id.gs1.org/01/08931234123451/21/SN001")]
    [InlineData("https://id.gs1.org/01/08931234123451/10/LOT2024A?linkType=gs1:traceability")]
    [InlineData("https://id.gs1.org/414/8931234000011/254/WH1")]
    [InlineData("https://id.gs1.org/417/8931234000011")]
    [InlineData("https://truyxuat.example.vn/p/01/08931234123451/10/L1")]
    public void Parse_ValidVectors_RoundTripToTheSameUri(string uri)
    {
        Assert.Equal(uri, ParseValid(uri).ToString());
    }

    [Fact]
    public void Parse_FullGtinLink_ExposesEveryPart()
    {
        var link = ParseValid("https://id.gs1.org/01/08931234123451/22/V1/10/LOT-01/21/SN001?17=261231&7007=250601&linkType=gs1:pip");

        Assert.Equal("https://id.gs1.org", link.Stem);
        Assert.Equal(new DigitalLinkElement("01", "08931234123451"), link.PrimaryKey);
        Assert.Equal("08931234123451", link.Gtin);
        Assert.Equal(["22", "10", "21"], link.Qualifiers.Select(q => q.Ai));
        Assert.Equal("V1", link.Qualifier(ApplicationIdentifiers.ConsumerProductVariant));
        Assert.Equal("LOT-01", link.Lot);
        Assert.Equal("SN001", link.Serial);
        Assert.Equal("261231", link.Attribute(ApplicationIdentifiers.ExpiryDate));
        Assert.Equal("250601", link.Attribute(ApplicationIdentifiers.HarvestDate));
        Assert.Equal("gs1:pip", link.LinkType);
        Assert.Null(link.LocationGln);
        Assert.Null(link.Sscc);
    }

    [Fact]
    public void Parse_GlnWithExtension_ReadsBoth()
    {
        var link = ParseValid("https://id.gs1.org/414/8931234000011/254/WH1");
        Assert.Equal(("8931234000011", "WH1"), (link.LocationGln, link.GlnExtension));
        Assert.Null(link.Gtin);
    }

    [Fact]
    public void Parse_PartyGln_HasNoQualifiers()
    {
        var link = ParseValid("https://id.gs1.org/417/8931234000011");
        Assert.Equal("8931234000011", link.PartyGln);
        Assert.Empty(link.Qualifiers);
    }

    [Fact]
    public void Parse_Sscc_IsAPrimaryKey()
    {
        var link = ParseValid("https://id.gs1.org/00/106141411234567897");
        Assert.Equal("106141411234567897", link.Sscc);
    }

    [Fact]
    public void Parse_CustomStemWithPathPrefix_KeepsThePrefixInTheStem()
    {
        var link = ParseValid("https://truyxuat.example.vn/p/01/08931234123451/10/L1");
        Assert.Equal("https://truyxuat.example.vn/p", link.Stem);
        Assert.Equal("/01/08931234123451/10/L1", link.ToPath());
    }

    [Fact]
    public void Parse_RelativePath_HasEmptyStem()
    {
        var link = ParseValid("/01/08931234123451/10/L1");
        Assert.Equal(string.Empty, link.Stem);
        Assert.Equal("/01/08931234123451/10/L1", link.ToString());
    }

    [Fact]
    public void Parse_TrailingSlash_IsTolerated()
    {
        Assert.Equal("https://id.gs1.org/01/08931234123451", ParseValid("https://id.gs1.org/01/08931234123451/").ToString());
    }

    [Fact]
    public void Parse_SchemeAndHost_AreLowerCased_FragmentDropped()
    {
        var link = ParseValid("HTTPS://ID.GS1.ORG/01/08931234123451#top");
        Assert.Equal("https://id.gs1.org/01/08931234123451", link.ToString());
    }

    [Fact]
    public void Parse_HttpAndPort_AreKept()
    {
        Assert.Equal("http://localhost:5080", ParseValid("http://localhost:5080/01/08931234123451").Stem);
    }

    [Theory]
    [InlineData("https://id.gs1.org/01/08931234123451/10/AB%2F12", "AB/12", "https://id.gs1.org/01/08931234123451/10/AB%2F12")]
    [InlineData("https://id.gs1.org/01/08931234123451/10/A%25B", "A%B", "https://id.gs1.org/01/08931234123451/10/A%25B")]
    [InlineData("https://id.gs1.org/01/08931234123451/10/A%26B", "A&B", "https://id.gs1.org/01/08931234123451/10/A%26B")]
    [InlineData("https://id.gs1.org/01/08931234123451/10/%4c%4F%54", "LOT", "https://id.gs1.org/01/08931234123451/10/LOT")]
    public void Parse_PercentEncodedValues_AreDecoded_AndReEncodedCanonically(string uri, string lot, string canonical)
    {
        var link = ParseValid(uri);
        Assert.Equal(lot, link.Lot);
        Assert.Equal(canonical, link.ToString());
    }

    [Fact]
    public void Parse_CheckDigit_IsReportedWithTheExpectedDigit()
    {
        var error = SingleError("https://id.gs1.org/01/08931234123450");
        Assert.Equal("check-digit", error.Code);
        Assert.Contains("expected 1", error.Message);
    }

    [Fact]
    public void Parse_QualifiersOutOfOrder_AreRejected()
    {
        var error = SingleError("https://id.gs1.org/01/08931234123451/21/SN001/10/LOT1");
        Assert.Equal("qualifier-order", error.Code);
        Assert.Contains("AI 10 (batch/lot) must come before AI 21", error.Message);
    }

    [Fact]
    public void Parse_VariantAfterLot_IsOutOfOrder()
    {
        Assert.Equal("qualifier-order", SingleError("https://id.gs1.org/01/08931234123451/10/L1/22/V1").Code);
    }

    [Fact]
    public void Parse_GlnExtensionOnGtin_IsNotAllowed()
    {
        var error = SingleError("https://id.gs1.org/01/08931234123451/254/X");
        Assert.Equal("qualifier-not-allowed", error.Code);
        Assert.Contains("does not qualify AI 01 (GTIN)", error.Message);
    }

    [Theory]
    [InlineData("https://id.gs1.org/417/8931234000011/254/WH1")]
    [InlineData("https://id.gs1.org/00/106141411234567897/21/S1")]
    [InlineData("https://id.gs1.org/414/8931234000011/10/L1")]
    [InlineData("https://id.gs1.org/01/08931234123451/17/261231")]
    [InlineData("https://id.gs1.org/01/08931234123451/10/L1/235/TPX1")]
    public void Parse_QualifierOnTheWrongKey_IsNotAllowed(string uri)
    {
        Assert.Equal("qualifier-not-allowed", SingleError(uri).Code);
    }

    [Fact]
    public void Parse_TpxPath_IsAccepted()
    {
        var link = ParseValid("https://id.gs1.org/01/08931234123451/235/TPX-0001");
        Assert.Equal("TPX-0001", link.Qualifier(ApplicationIdentifiers.ThirdPartySerialExtension));
    }

    [Fact]
    public void Parse_DuplicateQualifier_IsRejected()
    {
        Assert.Equal("qualifier-duplicate", SingleError("https://id.gs1.org/01/08931234123451/10/A/10/B").Code);
    }

    [Fact]
    public void Parse_NoPrimaryKey_IsRejected()
    {
        Assert.Equal("no-primary-key", SingleError("https://id.gs1.org/10/LOT1").Code);
    }

    [Theory]
    [InlineData("https://id.gs1.org/gtin/08931234123451")]
    [InlineData("https://id.gs1.org/01/08931234123451/lot/L1")]
    public void Parse_LetterAliases_AreRejected(string uri)
    {
        var result = DigitalLinkParser.Parse(uri);
        Assert.True(result.HasError("letter-alias"), string.Join("; ", result.Errors));
    }

    [Fact]
    public void Parse_ThirteenDigitGtin_IsRejectedWithThePaddedForm()
    {
        var error = SingleError("https://id.gs1.org/01/8931234123451");
        Assert.Equal("gtin-not-14", error.Code);
        Assert.Contains("08931234123451", error.Message);
    }

    [Theory]
    [InlineData("https://id.gs1.org/01/8931234123451", "https://id.gs1.org/01/08931234123451")]
    [InlineData("https://id.gs1.org/01/96385074/10/L1", "https://id.gs1.org/01/00000096385074/10/L1")]
    [InlineData("https://id.gs1.org/01/012345678905", "https://id.gs1.org/01/00012345678905")]
    public void Parse_ShortGtinWithPadding_IsNormalisedTo14(string uri, string canonical)
    {
        var result = DigitalLinkParser.Parse(uri, padShortGtin: true);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(canonical, result.Value!.ToString());
    }

    [Fact]
    public void Parse_ShortInvalidGtinWithPadding_IsStillRejected()
    {
        var result = DigitalLinkParser.Parse("https://id.gs1.org/01/12345678", padShortGtin: true);
        Assert.True(result.HasError("value-length"), string.Join("; ", result.Errors));
    }

    [Fact]
    public void Parse_LotOf21Characters_IsTooLong()
    {
        var error = SingleError("https://id.gs1.org/01/08931234123451/10/ABCDEFGHIJKLMNOPQRSTU");
        Assert.Equal("value-length", error.Code);
        Assert.Equal("AI 10 (batch/lot) must be 1–20 characters, found 21.", error.Message);
    }

    [Fact]
    public void Parse_LotOf20Characters_IsAccepted()
    {
        Assert.Equal("ABCDEFGHIJKLMNOPQRST", ParseValid("https://id.gs1.org/01/08931234123451/10/ABCDEFGHIJKLMNOPQRST").Lot);
    }

    [Fact]
    public void Parse_ExpiryMonth13_PassesSyntaxButIsNotADate()
    {
        var error = SingleError("https://id.gs1.org/01/08931234123451?17=261340");
        Assert.Equal("date-invalid", error.Code);
        Assert.Contains("AI 17 (expiry date)", error.Message);
    }

    [Theory]
    [InlineData("261200")] // day 00 = whole month
    [InlineData("240229")] // leap day
    public void Parse_ExpiryEdgeDates_AreAccepted(string yymmdd)
    {
        ParseValid($"https://id.gs1.org/01/08931234123451?17={yymmdd}");
    }

    [Theory]
    [InlineData("?15=250230", "date-invalid")] // 30 February
    [InlineData("?11=250600", "date-invalid")] // day 00 only for 15/16/17
    [InlineData("?17=2612", "date-format")]
    [InlineData("?17=26123A", "date-format")]
    [InlineData("?7007=2506", "date-format")]
    [InlineData("?7007=250610250601", "date-invalid")] // range ends before it starts
    [InlineData("?7007=251301", "date-invalid")]
    public void Parse_BadDateAttributes_AreReported(string query, string code)
    {
        Assert.Equal(code, SingleError("https://id.gs1.org/01/08931234123451" + query).Code);
    }

    [Theory]
    [InlineData("?7007=250601")]
    [InlineData("?7007=250601250615")]
    public void Parse_HarvestDateOrRange_IsAccepted(string query)
    {
        ParseValid("https://id.gs1.org/01/08931234123451" + query);
    }

    [Fact]
    public void Parse_UnknownAiInPath_IsRejected()
    {
        var error = SingleError("https://id.gs1.org/01/08931234123451/99/X");
        Assert.Equal("unknown-ai", error.Code);
        Assert.Contains("\"99\"", error.Message);
    }

    [Fact]
    public void Parse_UnknownAiInQuery_IsRejected()
    {
        Assert.Equal("unknown-ai", SingleError("https://id.gs1.org/01/08931234123451?3103=000500").Code);
    }

    [Fact]
    public void Parse_QualifierInQuery_BelongsInThePath()
    {
        Assert.Equal("attribute-not-allowed", SingleError("https://id.gs1.org/01/08931234123451?10=L1").Code);
    }

    [Fact]
    public void Parse_DuplicateAttribute_IsRejected()
    {
        Assert.Equal("duplicate-parameter", SingleError("https://id.gs1.org/01/08931234123451?17=261231&17=261230").Code);
    }

    [Fact]
    public void Parse_EmptyLinkType_IsRejected()
    {
        Assert.Equal("link-type", SingleError("https://id.gs1.org/01/08931234123451?linkType=").Code);
    }

    [Fact]
    public void Parse_NonGs1QueryParameters_AreKept()
    {
        var link = ParseValid("https://id.gs1.org/01/08931234123451?utm_source=qr&17=261231");
        Assert.Equal([new KeyValuePair<string, string>("utm_source", "qr")], link.OtherParameters);
        Assert.Equal("https://id.gs1.org/01/08931234123451?17=261231&utm_source=qr", link.ToString());
    }

    [Fact]
    public void Parse_AttributesAreOrderedByAi_LinkTypeLast()
    {
        var link = ParseValid("https://id.gs1.org/01/08931234123451?linkType=gs1:pip&7007=250601&17=261231&11=250601");
        Assert.Equal("https://id.gs1.org/01/08931234123451?11=250601&17=261231&7007=250601&linkType=gs1:pip", link.ToString());
    }

    [Theory]
    [InlineData("https://id.gs1.org/01/08931234123451/10/LOT~1", "character")]
    [InlineData("https://id.gs1.org/01/08931234123451/10/LÔ1", "character")]
    [InlineData("https://id.gs1.org/01/08931234123451/10/L%2", "percent-encoding")]
    [InlineData("https://id.gs1.org/01/08931234123451/10/L%ZZ", "percent-encoding")]
    [InlineData("https://id.gs1.org/01/08931234123451/10/L%20O", "character-set")] // space is not in set 82
    [InlineData("https://id.gs1.org/01/08931234123451/10/L%C3%94", "character-set")] // Ô
    [InlineData("https://id.gs1.org/01/0893123412345A", "value-digits")]
    [InlineData("https://id.gs1.org/414/893123400001", "value-length")]
    [InlineData("https://id.gs1.org/00/10614141123456789", "value-length")]
    [InlineData("https://id.gs1.org/00/106141411234567890", "check-digit")]
    [InlineData("https://id.gs1.org/01/08931234123451//10/L1", "empty-segment")]
    [InlineData("https://id.gs1.org/01/08931234123451/10", "missing-value")]
    [InlineData("ftp://id.gs1.org/01/08931234123451", "scheme")]
    [InlineData("id.gs1.org/01/08931234123451", "scheme")]
    [InlineData("https:///01/08931234123451", "host")]
    [InlineData("", "empty")]
    [InlineData(null, "empty")]
    public void Parse_MalformedInput_NamesTheProblem(string? uri, string code)
    {
        var result = DigitalLinkParser.Parse(uri);
        Assert.False(result.IsValid);
        Assert.True(result.HasError(code), string.Join("; ", result.Errors));
    }

    [Fact]
    public void Parse_SeveralProblems_AreAllReported()
    {
        var result = DigitalLinkParser.Parse("https://id.gs1.org/01/08931234123450/10/ABCDEFGHIJKLMNOPQRSTU?17=261340&99=1");
        Assert.Equal(["check-digit", "value-length", "date-invalid", "unknown-ai"], result.Errors.Select(e => e.Code));
    }
}
