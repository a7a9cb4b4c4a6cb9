using System.Text.Json;
using Ocop.Standards.BankWebhooks;

namespace Ocop.Standards.Tests.BankWebhooks;

public class SePayTests
{
    private const string Key = "sk_live_3f9a1c";

    [Theory]
    [InlineData("Apikey sk_live_3f9a1c")]
    [InlineData("apikey sk_live_3f9a1c")]
    [InlineData("  Apikey   sk_live_3f9a1c ")]
    public void Verify_MatchingKey_IsValid(string header)
    {
        Assert.True(SePayApiKey.Verify(header, Key).IsValid);
    }

    [Theory]
    [InlineData(null, "missing-header")]
    [InlineData("", "missing-header")]
    [InlineData("sk_live_3f9a1c", "scheme")]
    [InlineData("Bearer sk_live_3f9a1c", "scheme")]
    [InlineData("Apikey sk_live_3f9a1", "key-mismatch")]
    [InlineData("Apikey SK_LIVE_3F9A1C", "key-mismatch")]
    [InlineData("Apikey sk_live_3f9a1c0", "key-mismatch")]
    public void Verify_Mismatch_NamesTheProblem(string? header, string code)
    {
        Assert.Equal(code, SePayApiKey.Verify(header, Key).Error?.Code);
    }

    [Fact]
    public void Verify_EmptyConfiguredKey_IsAProgrammingError()
    {
        Assert.Throws<ArgumentException>(() => SePayApiKey.Verify("Apikey x", ""));
    }

    [Fact]
    public void Body_DeserialisesIntoTheDto()
    {
        const string body = """
            {"id":92704,"gateway":"Vietcombank","transactionDate":"2024-06-15 14:02:37","accountNumber":"0011001234567",
             "code":"DH20240615","content":"Thanh toan DH20240615","transferType":"in","transferAmount":150000,
             "accumulated":19077000,"subAccount":null,"referenceCode":"MBVCB.3278907687","description":"MBVCB.3278907687.Thanh toan DH20240615"}
            """;
        var tx = JsonSerializer.Deserialize<SePayTransaction>(body)!;
        Assert.Equal(92704, tx.Id);
        Assert.Equal(("Vietcombank", "0011001234567", "DH20240615", "Thanh toan DH20240615"), (tx.Gateway, tx.AccountNumber, tx.Code, tx.Content));
        Assert.Equal((150000L, 19077000L), (tx.TransferAmount, tx.Accumulated));
        Assert.True(tx.IsIncoming);
        Assert.Null(tx.SubAccount);
        Assert.Equal("2024-06-15 14:02:37", tx.TransactionDate);
        Assert.Equal("MBVCB.3278907687", tx.ReferenceCode);
    }

    [Fact]
    public void Body_NullCodeAndOutgoing_AreRead()
    {
        var tx = JsonSerializer.Deserialize<SePayTransaction>("""{"id":1,"code":null,"transferType":"out","transferAmount":5000}""")!;
        Assert.Null(tx.Code);
        Assert.False(tx.IsIncoming);
    }
}
