using System.Text.Json;
using Ocop.Standards.BankWebhooks;

namespace Ocop.Standards.Tests.BankWebhooks;

public class CassoWebhookSignatureTests
{
    // Casso's sandbox sample ("giao dich thu nghiem", VPBank); signature verified in standards.md §4.8.
    private const string ChecksumKey = "mgExMrjj4i7a1p8Cs6LmFbpCd8lbw4sSX4LZXPag7TKazeIogtR90tvWYTkwQbvs";
    private const long Timestamp = 1727948258788;
    private const string V1 =
        "ed0a4bd2e826d5cb69988cdb141e6c1a080e21f3b57eb72cd78192220042b9e7dde0868fc667faea8e224900fa7904e7c88dfa098032fb2d6b6996856e8b7ff3";
    private const string Header = $"t=1727948258788,v1={V1}";

    private const string SampleBody = """
        {
          "error": 0,
          "data": {
            "id": 0,
            "reference": "MA_GIAO_DICH_THU_NGHIEM",
            "description": "giao dich thu nghiem",
            "amount": 599000,
            "runningBalance": 25000000,
            "transactionDateTime": "2024-10-03 15:06:37",
            "accountNumber": "88888888",
            "bankName": "VPBank",
            "bankAbbreviation": "VPB",
            "virtualAccountNumber": "",
            "virtualAccountName": "",
            "counterAccountName": "NGUYEN VAN A",
            "counterAccountNumber": "8888888888",
            "counterAccountBankId": "970415",
            "counterAccountBankName": "VietinBank"
          }
        }
        """;

    [Fact]
    public void Compute_CassoSample_MatchesTheVerifiedSignature()
    {
        Assert.Equal(V1, CassoWebhookSignature.Compute(SampleBody, Timestamp, ChecksumKey));
    }

    [Fact]
    public void Verify_CassoSample_IsValid()
    {
        var result = CassoWebhookSignature.Verify(Header, SampleBody, ChecksumKey);
        Assert.True(result.IsValid, result.Error?.ToString());
    }

    [Fact]
    public void Verify_KeysInAnotherOrderAndCompact_IsStillValid()
    {
        const string reordered =
            """{"data":{"counterAccountBankName":"VietinBank","amount":599000,"id":0,"reference":"MA_GIAO_DICH_THU_NGHIEM","description":"giao dich thu nghiem","runningBalance":25000000,"transactionDateTime":"2024-10-03 15:06:37","accountNumber":"88888888","bankName":"VPBank","bankAbbreviation":"VPB","virtualAccountNumber":"","virtualAccountName":"","counterAccountName":"NGUYEN VAN A","counterAccountNumber":"8888888888","counterAccountBankId":"970415"},"error":0}""";
        Assert.True(CassoWebhookSignature.Verify(Header, reordered, ChecksumKey).IsValid);
    }

    [Fact]
    public void Verify_OnlyDataSigned_WouldNotMatch_TheWholeBodyIsSigned()
    {
        var dataOnly = JsonDocument.Parse(SampleBody).RootElement.GetProperty("data").GetRawText();
        Assert.False(CassoWebhookSignature.Verify(Header, dataOnly, ChecksumKey).IsValid);
    }

    [Fact]
    public void Verify_TamperedAmount_IsRejected()
    {
        var result = CassoWebhookSignature.Verify(Header, SampleBody.Replace("599000", "5990000"), ChecksumKey);
        Assert.Equal("signature-mismatch", result.Error?.Code);
    }

    [Fact]
    public void Verify_OtherTimestamp_IsRejected()
    {
        var result = CassoWebhookSignature.Verify($"t=1727948258789,v1={V1}", SampleBody, ChecksumKey);
        Assert.Equal("signature-mismatch", result.Error?.Code);
    }

    [Fact]
    public void Verify_WrongKey_IsRejected()
    {
        Assert.False(CassoWebhookSignature.Verify(Header, SampleBody, ChecksumKey + "x").IsValid);
    }

    [Fact]
    public void Verify_UpperCaseHexAndReversedParts_AreAccepted()
    {
        Assert.True(CassoWebhookSignature.Verify($"v1={V1.ToUpperInvariant()}, t={Timestamp}", SampleBody, ChecksumKey).IsValid);
    }

    [Theory]
    [InlineData(null, "missing-header")]
    [InlineData("", "missing-header")]
    [InlineData("t=1727948258788", "header-format")]
    [InlineData("v1=abc,t=1727948258788", "header-format")]
    [InlineData("t=abc,v1=" + V1, "header-format")]
    public void Verify_BadHeader_NamesTheProblem(string? header, string code)
    {
        Assert.Equal(code, CassoWebhookSignature.Verify(header, SampleBody, ChecksumKey).Error?.Code);
    }

    [Fact]
    public void Verify_BodyNotJson_IsRejected()
    {
        Assert.Equal("body", CassoWebhookSignature.Verify(Header, "{not json", ChecksumKey).Error?.Code);
    }

    [Fact]
    public void Verify_WithTolerance_RejectsOldTimestamps()
    {
        var signedAt = DateTimeOffset.FromUnixTimeMilliseconds(Timestamp);
        Assert.True(CassoWebhookSignature.Verify(Header, SampleBody, ChecksumKey, signedAt.AddMinutes(4), TimeSpan.FromMinutes(5)).IsValid);
        Assert.Equal("timestamp",
            CassoWebhookSignature.Verify(Header, SampleBody, ChecksumKey, signedAt.AddMinutes(6), TimeSpan.FromMinutes(5)).Error?.Code);
        Assert.Equal("timestamp",
            CassoWebhookSignature.Verify(Header, SampleBody, ChecksumKey, signedAt.AddMinutes(-6), TimeSpan.FromMinutes(5)).Error?.Code);
    }

    // Expected signatures computed independently (Python json.dumps with sort_keys, then HMAC-SHA512).
    private const string EscapingBody = """{"error":0,"data":{"id":42,"description":"Thanh toán DH20240615 / OCOP","amount":470000,"tags":["a/b","ư"]}}""";

    [Fact]
    public void Verify_JavaScriptEscaping_IsAccepted()
    {
        const string v1 = "06f17d3b9f550f2f1a7f09d469913c8ad4c67e001c00381182ab4896cb6db511ab5d943493b1a277dd8345e08d436bab1ab9cfde490ed6a6937822da1dae78eb";
        Assert.Equal(v1, CassoWebhookSignature.Compute(EscapingBody, 1750000000000, "test-checksum-key"));
        Assert.True(CassoWebhookSignature.Verify($"t=1750000000000,v1={v1}", EscapingBody, "test-checksum-key").IsValid);
    }

    [Fact]
    public void Verify_PhpEscaping_IsAccepted()
    {
        const string v1 = "15bb933c25f8ffe5788dd473eb7fcde7f1cfefcdcd75d2a18c95aa750cb8dbc5d615ebab0407d75aee0b0e9d7aa4050bc032f30dcdacf75e65e78c1685280d69";
        Assert.True(CassoWebhookSignature.Verify($"t=1750000000000,v1={v1}", EscapingBody, "test-checksum-key").IsValid);
    }

    [Fact]
    public void Body_DeserialisesIntoTheDto()
    {
        var webhook = JsonSerializer.Deserialize<CassoWebhook>(SampleBody)!;
        Assert.Equal(0, webhook.Error);
        var data = webhook.Data!;
        Assert.Equal(("MA_GIAO_DICH_THU_NGHIEM", "giao dich thu nghiem", 599000L, 25000000L),
            (data.Reference, data.Description, data.Amount, data.RunningBalance));
        Assert.Equal(("88888888", "VPBank", "VPB", "970415", "VietinBank", "NGUYEN VAN A"),
            (data.AccountNumber, data.BankName, data.BankAbbreviation, data.CounterAccountBankId, data.CounterAccountBankName, data.CounterAccountName));
        Assert.Equal("2024-10-03 15:06:37", data.TransactionDateTime);
    }
}
