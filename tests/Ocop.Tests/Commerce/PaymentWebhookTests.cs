using System.Text;
using System.Text.Json;
using Ocop.Standards.BankWebhooks;

namespace Ocop.Tests.Commerce;

/// <summary>SePay and Casso notifications on each engine: authentication, matching by code and amount, replays, the unmatched queue.</summary>
public abstract class PaymentWebhookTests(OcopApp app)
{
    private static long _txId = DateTime.UtcNow.Ticks % 1_000_000_000;

    private async Task<(string Code, long Total, HttpClient Owner, HttpClient Buyer, int ProductId)> AwaitingOrderAsync(int stock = 10, string? account = null)
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        if (account is not null)
            await app.WithDb(db => db.Producers.Where(p => p.Id == producer.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.BankAccountNumber, account)));
        var product = await owner.ListProductAsync(app, price: 150_000, stock: stock);
        var buyer = app.Anonymous();
        var order = await buyer.OrderAsync(Shop.Checkout([Shop.Item(product)]));
        return (order.GetProperty("code").GetString()!, order.GetProperty("total").GetInt64(), owner, buyer, product);
    }

    private static object SePayBody(long id, string content, long amount, string? account = "0123456789") => new
    {
        id, gateway = "Vietcombank", transactionDate = "2026-06-15 10:00:00", accountNumber = account, code = (string?)null, content,
        transferType = "in", transferAmount = amount, accumulated = 9_000_000, subAccount = (string?)null, referenceCode = "FT" + id, description = content,
    };

    private Task<HttpResponseMessage> SePayAsync(object body, string? key = CommerceTestSettings.SePayKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/sepay") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.TryAddWithoutValidation("Authorization", "Apikey " + key);
        return app.Anonymous().SendAsync(request);
    }

    private Task<HttpResponseMessage> CassoAsync(long id, string description, long amount, string key = CommerceTestSettings.CassoKey, string? account = "0123456789") =>
        CassoRawAsync(JsonSerializer.Serialize(new
        {
            error = 0,
            data = new
            {
                id, reference = "FT" + id, description, amount, runningBalance = 5_000_000, transactionDateTime = "2026-06-15 10:00:00",
                accountNumber = account, bankName = "Vietcombank", bankAbbreviation = "VCB", virtualAccountNumber = "", virtualAccountName = "",
                counterAccountName = "NGUYEN THI MUA", counterAccountNumber = "0999", counterAccountBankId = "970415", counterAccountBankName = "VietinBank",
            },
        }), key);

    private Task<HttpResponseMessage> CassoRawAsync(string raw, string key = CommerceTestSettings.CassoKey)
    {
        var t = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/casso") { Content = new StringContent(raw, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Casso-Signature", $"t={t},v1={CassoWebhookSignature.Compute(raw, t, key)}");
        return app.Anonymous().SendAsync(request);
    }

    [Fact]
    public async Task ExactTransfer_MarksThePaid_AndAReplayHasNoSecondEffect()
    {
        var (code, total, owner, _, _) = await AwaitingOrderAsync();
        var id = Interlocked.Increment(ref _txId);
        var ack = await (await SePayAsync(SePayBody(id, $"MBVCB.1234 {code.ToLowerInvariant()} thanh toan", total))).JsonAsync();
        Assert.True(ack.GetProperty("success").GetBoolean());
        var order = await owner.GetOrderAsync(code);
        Assert.Equal("Paid", order.GetProperty("status").GetString());
        Assert.Equal(total, order.GetProperty("amountPaid").GetInt64());

        await (await SePayAsync(SePayBody(id, code, total))).JsonAsync();
        Assert.Equal(total, (await owner.GetOrderAsync(code)).GetProperty("amountPaid").GetInt64());
        Assert.Equal(1, await app.WithDb(db => db.Set<Ocop.Features.Commerce.PaymentNotification>().CountAsync(n => n.Provider == "sepay" && n.TransactionId == id.ToString())));
        Assert.Equal("Packed", (await owner.ActAsync(code, "pack")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task LessIsPartiallyPaidWithTheRemainder_MoreIsPaidAndFlagged()
    {
        var (code, total, owner, _, _) = await AwaitingOrderAsync();
        var part = total - 50_000;
        await (await SePayAsync(SePayBody(Interlocked.Increment(ref _txId), $"DH {code[2..8]}-{code[8..]}", part))).JsonAsync();
        var order = await owner.GetOrderAsync(code);
        Assert.Equal("PartiallyPaid", order.GetProperty("status").GetString());
        Assert.Equal(50_000, order.GetProperty("remaining").GetInt64());
        await (await owner.PostAsJsonAsync($"/api/v1/orders/{code}/ship", new { carrier = "ghn", trackingNumber = "G1" })).AssertProblemAsync(HttpStatusCode.Conflict);

        var (code2, total2, owner2, _, _) = await AwaitingOrderAsync();
        await (await CassoAsync(Interlocked.Increment(ref _txId), $"CT DEN {code2}", total2 + 10_000)).JsonAsync();
        var over = await owner2.GetOrderAsync(code2);
        Assert.Equal("Paid", over.GetProperty("status").GetString());
        Assert.True(over.GetProperty("overpaid").GetBoolean());
    }

    [Fact]
    public async Task WrongOrMissingKeyOrSignature_Is401_AndNothingIsRecorded()
    {
        var (code, total, owner, _, _) = await AwaitingOrderAsync();
        await (await SePayAsync(SePayBody(Interlocked.Increment(ref _txId), code, total), "wrong")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await SePayAsync(SePayBody(Interlocked.Increment(ref _txId), code, total), null)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await CassoAsync(Interlocked.Increment(ref _txId), code, total, "not-the-key")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        // A timestamp past the last date a clock holds is a malformed header, not a crash.
        var late = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/casso") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        late.Headers.Add("X-Casso-Signature", $"t=99999999999999999,v1={new string('a', 128)}");
        await (await app.Anonymous().SendAsync(late)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var unsigned = await app.Anonymous().PostAsJsonAsync("/api/v1/payments/casso", new { error = 0, data = new { id = 1, amount = total, description = code } });
        await unsigned.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("AwaitingPayment", (await owner.GetOrderAsync(code)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task UnknownCode_IsAcknowledged_AndQueued_ThenTheProducerAssignsIt()
    {
        var account = "88" + Interlocked.Increment(ref _txId);
        var (code, total, owner, _, _) = await AwaitingOrderAsync(account: account);
        var ack = await (await SePayAsync(SePayBody(Interlocked.Increment(ref _txId), "chuyen tien hang che", total, account))).JsonAsync();
        Assert.True(ack.GetProperty("success").GetBoolean());
        var queue = await (await owner.GetAsync("/api/v1/payments/unmatched")).JsonAsync();
        var row = queue.EnumerateArray().Single(r => r.GetProperty("content").GetString() == "chuyen tien hang che");
        var id = row.GetProperty("id").GetInt64();

        var (_, stranger) = await app.VerifiedProducerAsync("01234", "08");
        await (await stranger.PostAsJsonAsync($"/api/v1/payments/unmatched/{id}/assign", new { orderCode = code })).AssertProblemAsync(HttpStatusCode.NotFound);
        var assigned = await (await owner.PostAsJsonAsync($"/api/v1/payments/unmatched/{id}/assign", new { orderCode = code })).JsonAsync();
        Assert.Equal("Assigned", assigned.GetProperty("state").GetString());
        Assert.Equal("Paid", (await owner.GetOrderAsync(code)).GetProperty("status").GetString());
        await (await owner.PostAsJsonAsync($"/api/v1/payments/unmatched/{id}/dismiss", new { reason = "x" })).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task TransferForAnExpiredOrder_GoesToTheQueue_AndAnAdministratorDismissesIt()
    {
        var (code, total, _, buyer, _) = await AwaitingOrderAsync();
        await buyer.ActAsync(code, "cancel", new { reason = "Đổi ý" });
        await (await SePayAsync(SePayBody(Interlocked.Increment(ref _txId), code, total))).JsonAsync();
        var admin = await app.LoginAsNewAsync(Ocop.Features.Identity.Roles.Admin);
        var row = (await (await admin.GetAsync("/api/v1/payments/unmatched")).JsonAsync()).EnumerateArray().Single(r => r.GetProperty("content").GetString() == code);
        Assert.Contains("Đã huỷ", row.GetProperty("note").GetString());
        var dismissed = await (await admin.PostAsJsonAsync($"/api/v1/payments/unmatched/{row.GetProperty("id").GetInt64()}/dismiss", new { reason = "Đã hoàn tiền cho khách" })).JsonAsync();
        Assert.Equal("Dismissed", dismissed.GetProperty("state").GetString());
    }

    [Fact]
    public async Task PartTransfersArrivingTogether_AllCount_AndTheOrderIsPaid_ManyRuns()
    {
        for (var run = 0; run < 8; run++)
        {
            var (code, total, owner, _, _) = await AwaitingOrderAsync();
            // Four parts, the last one carrying the rest; two through each provider, all released at once.
            var parts = Enumerable.Repeat(total / 4, 3).Append(total - 3 * (total / 4)).ToList();
            using var start = new SemaphoreSlim(0);
            var sends = parts.Select(async (amount, i) =>
            {
                var id = Interlocked.Increment(ref _txId);
                await start.WaitAsync();
                return i % 2 == 0 ? await SePayAsync(SePayBody(id, code, amount)) : await CassoAsync(id, code, amount);
            }).ToList();
            start.Release(parts.Count);
            foreach (var response in await Task.WhenAll(sends)) Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            var order = await owner.GetOrderAsync(code);
            Assert.Equal("Paid", order.GetProperty("status").GetString());
            Assert.Equal(total, order.GetProperty("amountPaid").GetInt64());
            Assert.False(order.GetProperty("overpaid").GetBoolean());
            var states = await app.WithDb(db => db.Set<Ocop.Features.Commerce.PaymentNotification>().Where(n => n.Content.Contains(code)).Select(n => n.State).ToListAsync());
            Assert.Equal(parts.Count, states.Count);
            Assert.All(states, s => Assert.Equal(Ocop.Features.Commerce.PaymentNotificationState.Applied, s));
        }
    }

    [Theory]
    [InlineData("sepay", null)]
    [InlineData("sepay", "")]
    [InlineData("casso", null)]
    [InlineData("casso", " ")]
    [InlineData("casso", "")]
    [InlineData("sepay", " ")]
    public async Task TransferWithoutAReceivingAccount_IsNotAppliedByItsMemo_ButQueuedForTheProducer(string provider, string? account)
    {
        var (code, total, owner, _, _) = await AwaitingOrderAsync();
        var id = Interlocked.Increment(ref _txId);
        var response = provider == "sepay" ? await SePayAsync(SePayBody(id, code, total, account)) : await CassoAsync(id, code, total, account: account);
        Assert.True((await response.JsonAsync()).GetProperty("success").GetBoolean());
        Assert.Equal("AwaitingPayment", (await owner.GetOrderAsync(code)).GetProperty("status").GetString());
        var row = (await (await owner.GetAsync("/api/v1/payments/unmatched")).JsonAsync()).EnumerateArray().Single(r => r.GetProperty("transactionId").GetString() == id.ToString());
        Assert.Contains("không ghi tài khoản nhận", row.GetProperty("note").GetString());
    }

    [Theory]
    [InlineData("""{"error":0,"data":[{"id":1,"amount":100000,"description":"DH1"}]}""")]
    [InlineData("""{"error":0,"data":{"id":"abc","amount":"nhieu"}}""")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("\"DH1\"")]
    [InlineData("""{"error":0}""")]
    [InlineData("""{"error":0,"data":null}""")]
    [InlineData("""{"error":0,"data":{"id":1,"amount":100000,"description":"DH1","accountNumber":123456}}""")]
    [InlineData("""{"error":0,"data":{"id":1,"amount":1e30,"description":"DH1"}}""")]
    public async Task SignedCassoBodyOfAnotherShape_Is400Problem_AndRecorded(string raw)
    {
        var before = await app.WithDb(db => db.AuditLog.CountAsync(a => a.Action == "payment.rejected" && a.EntityId == "casso"));
        var problem = await (await CassoRawAsync(raw)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("không đúng định dạng", problem.GetProperty("detail").GetString());
        Assert.Equal(before + 1, await app.WithDb(db => db.AuditLog.CountAsync(a => a.Action == "payment.rejected" && a.EntityId == "casso")));
    }

    [Fact]
    public async Task Producer_ConfirmsATransferByHand_Audited()
    {
        var (code, total, owner, buyer, _) = await AwaitingOrderAsync();
        await (await buyer.PostAsJsonAsync($"/api/v1/orders/{code}/confirm-payment", new { amount = total })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var order = await (await owner.PostAsJsonAsync($"/api/v1/orders/{code}/confirm-payment", new { amount = total, reference = "FT26166" })).JsonAsync();
        Assert.Equal("Paid", order.GetProperty("status").GetString());
        Assert.True(await app.WithDb(db => db.AuditLog.AnyAsync(a => a.EntityId == code && a.Action == "order.paymentConfirmedByHand")));
    }
}

[Collection(SqliteCollection.Name)] public sealed class PaymentWebhookSqliteTests(SqliteApp app) : PaymentWebhookTests(app);
[Collection(PostgresCollection.Name)] public sealed class PaymentWebhookPostgresTests(PostgresApp app) : PaymentWebhookTests(app);
