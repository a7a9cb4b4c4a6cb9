using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Data;
using Ocop.Features.Commerce;
using Ocop.Infrastructure;
using Ocop.Tests.Commerce;
using Ocop.Tests.Matching;
using Xunit.Abstractions;
using static Ocop.Tests.Security.Who;

namespace Ocop.Tests.Security;

/// <summary>
/// Bad input on every write route, generated from the authorisation matrix (its URLs, a caller allowed
/// there and a valid body): each text of the body in turn with a NUL, a bidirectional override, only
/// zero-width characters or far too long; each number as text; malformed JSON; the valid body padded to 3 MB. Every one
/// gets a 4xx problem with a Vietnamese detail, and no table gains or loses a row. Then the rules one by
/// one: query strings, the write guard's column lengths, bank notices, phones, names, enums.
/// </summary>
public abstract partial class BadInputSuiteTests(OcopApp app, ITestOutputHelper output)
{
    private static readonly Who[] Preferred = [ProducerOwn, ProvinceOwn, CommuneOwn, B2bBuyer, LivestreamHost, Buyer, Council, Central, Admin, Anonymous];

    [GeneratedRegex("[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", RegexOptions.IgnoreCase)]
    private static partial Regex Vietnamese();

    [Fact]
    public async Task EveryWriteRoute_RefusesBadInput_WithAVietnameseProblem_AndWritesNothing()
    {
        var world = await AccessWorld.ForAsync(app);
        var failures = new List<string>();
        var routes = 0;
        var calls = 0;
        foreach (var entry in AuthorizationMatrixTests.Matrix)
        {
            var method = entry.Route[..entry.Route.IndexOf(' ', StringComparison.Ordinal)];
            if (method is not ("POST" or "PUT") || entry.Body is null || entry.Allowed == None || entry.Pending is not null) continue;
            var who = Preferred.First(w => entry.Allowed.HasFlag(w));
            var valid = JsonSerializer.SerializeToNode(entry.Body(world), HttpAssertions.Json)!;
            routes++;
            var before = await RowCountsAsync();
            foreach (var (why, body) in Variants(valid))
            {
                calls++;
                using var request = new HttpRequestMessage(new HttpMethod(method), world.Url(entry.Url))
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
                using var response = await world.Callers[who].SendAsync(request);
                var status = (int)response.StatusCode;
                var text = await response.Content.ReadAsStringAsync();
                var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                    && JsonDocument.Parse(text).RootElement.TryGetProperty("detail", out var d) && d.GetString() is { } detail && Vietnamese().IsMatch(detail);
                if (status is < 400 or >= 500 or 401 or 403 || !problem)
                    failures.Add($"{entry.Route} ({who}) {why}: {status} {text[..Math.Min(text.Length, 200)]}");
            }
            var after = await RowCountsAsync();
            var changed = before.Where(kv => after[kv.Key] != kv.Value).Select(kv => $"{kv.Key} {kv.Value}→{after[kv.Key]}").ToList();
            if (changed.Count > 0) failures.Add($"{entry.Route}: bad input wrote rows: {string.Join(", ", changed)}");
        }
        output.WriteLine($"{calls} bad calls over {routes} write routes.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The bad bodies made from a valid one: per text field, per number field, and the body as a whole.</summary>
    private static IEnumerable<(string Why, string Body)> Variants(JsonNode valid)
    {
        var leaves = Leaves(valid, "").ToList();
        foreach (var (path, value) in leaves)
        {
            if (value.GetValueKind() == JsonValueKind.String)
            {
                var s = value.GetValue<string>();
                yield return ($"NUL in {path}", With(valid, path, s + "\u0000x"));
                yield return ($"bidi override in {path}", With(valid, path, "\u202Egnp.exe" + s));
                yield return ($"only zero-width in {path}", With(valid, path, "\u200B\u200B\u2060"));
                yield return ($"over-long {path}", With(valid, path, new string('a', InputEdgeFilter.MaxTextLength + 1)));
            }
            else if (value.GetValueKind() == JsonValueKind.Number)
                yield return ($"text for the number {path}", With(valid, path, "mười"));
        }
        var json = valid.ToJsonString();
        yield return ("malformed JSON", json[..^1]);
        yield return ("3 MB body", json + new string(' ', 3_000_000));
    }

    private static IEnumerable<(string Path, JsonValue Value)> Leaves(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o) foreach (var leaf in Leaves(v, path.Length == 0 ? k : path + "." + k)) yield return leaf;
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) foreach (var leaf in Leaves(a[i], $"{path}[{i}]")) yield return leaf;
                break;
            case JsonValue v:
                yield return (path, v);
                break;
        }
    }

    private static string With(JsonNode valid, string path, string value)
    {
        var copy = valid.DeepClone();
        JsonNode? parent = copy;
        var segments = Regex.Split(path, @"\.|(?=\[)");
        for (var i = 0; i < segments.Length; i++)
        {
            var s = segments[i];
            var last = i == segments.Length - 1;
            if (s.StartsWith('['))
            {
                var index = int.Parse(s[1..^1]);
                if (last) parent![index] = value; else parent = parent![index];
            }
            else if (parent is JsonObject o)
            {
                if (last) o[s] = value; else parent = o[s];
            }
        }
        return copy.ToJsonString();
    }

    /// <summary>Rows of every table, except those the background jobs write on their own (events, outbox, snapshots, funnel).</summary>
    private async Task<Dictionary<string, long>> RowCountsAsync() => await app.WithDb(async db =>
    {
        var counts = new Dictionary<string, long>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order())
            {
                if (Regex.IsMatch(table, "event|outbox|snapshot|funnel|stage|lease|leader|keys|idempotency", RegexOptions.IgnoreCase)) continue;
                await using var cmd = connection.CreateCommand();
                cmd.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                counts[table] = Convert.ToInt64(await cmd.ExecuteScalarAsync());
            }
        }
        finally { await db.Database.CloseConnectionAsync(); }
        return counts;
    });

    // The rules one by one.

    [Theory]
    [InlineData("/api/v1/epcis/events?EQ_bizStep=%00", "EQ_bizStep")]
    [InlineData("/api/v1/products?q=%E2%80%AEabc", "q")]
    [InlineData("/api/v1/orders/DH%01", "path")]
    public async Task ControlCharactersInTheAddress_AreA400Problem(string url, string field) =>
        await (await app.Anonymous().GetAsync(url)).AssertProblemAsync(HttpStatusCode.BadRequest, field);

    [Fact]
    public async Task OrderWithNulInTheName_OrAnOverLongAddress_IsRefused_AndNoOrderIsWritten()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app);
        var shipping = JsonSerializer.SerializeToNode(Shop.Shipping())!.AsObject();
        shipping["name"] = "Nguyễn\u0000 Thị Mua";
        var refused = await app.Anonymous().PlaceAsync(new { items = new[] { Shop.Item(product) }, shipping, paymentMethod = "cod" });
        await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "shipping.name");
        shipping["name"] = "Nguyễn Thị Mua";
        shipping["address"] = new string('x', 5000);
        await (await app.Anonymous().PlaceAsync(new { items = new[] { Shop.Item(product) }, shipping, paymentMethod = "cod" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(await app.WithDb(db => db.Orders.AnyAsync(o => o.ProducerId == producer.Id)));
    }

    [Fact]
    public async Task TheWriteGuard_RefusesOverLongAndNulTexts_OnBothEngines_BeforeAnythingIsSent()
    {
        PaymentNotification Notice(string account, string content) => new()
        {
            Provider = "sepay", TransactionId = app.Unique("guard"), Amount = 1, Content = content, AccountNumber = account,
            ReceivedAt = DateTime.UtcNow, State = PaymentNotificationState.Unmatched,
        };
        var tooLong = await Assert.ThrowsAsync<InputRejectedException>(() => app.WithDb(db =>
        {
            db.PaymentNotifications.Add(Notice(new string('1', 41), "ok"));
            return db.SaveChangesAsync();
        }));
        Assert.Equal("accountNumber", tooLong.Field);
        var nul = await Assert.ThrowsAsync<InputRejectedException>(() => app.WithDb(db =>
        {
            db.PaymentNotifications.Add(Notice("0123456789", "DH1\u0000"));
            return db.SaveChangesAsync();
        }));
        Assert.Equal("content", nul.Field);
        Assert.False(await app.WithDb(db => db.PaymentNotifications.AnyAsync(n => n.TransactionId.StartsWith("guard"))));
    }

    [Fact]
    public async Task SePayNotice_WithANulInItsMemo_AndAFortyFiveDigitAccount_IsRecordedSanitised_InTheUnmatchedQueue()
    {
        var id = Random.Shared.NextInt64(1_000_000_000, 9_000_000_000);
        var body = new
        {
            id, gateway = "Vietcombank", transactionDate = "2026-06-15 10:00:00", accountNumber = new string('9', 45), code = (string?)null,
            content = "chuyen\u0000 tien\u202E hang", transferType = "in", transferAmount = 150_000, accumulated = 9_000_000, referenceCode = "FT" + id,
        };
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/sepay") { Content = JsonContent.Create(body) };
            request.Headers.TryAddWithoutValidation("Authorization", "Apikey " + CommerceTestSettings.SePayKey);
            Assert.True((await (await app.Anonymous().SendAsync(request)).JsonAsync()).GetProperty("success").GetBoolean());
        }
        var stored = await app.WithDb(db => db.PaymentNotifications.AsNoTracking().SingleAsync(n => n.Provider == "sepay" && n.TransactionId == id.ToString()));
        Assert.Equal(PaymentNotificationState.Unmatched, stored.State);
        Assert.Equal("chuyen  tien  hang", stored.Content);
        Assert.Equal(40, stored.AccountNumber!.Length);
    }

    [Theory]
    [InlineData("\u200B\u200C\u200D")]
    [InlineData("Gạo \u202Etẻ")]
    [InlineData("Gạo\u0000 ST25")]
    public async Task ProductNamedInvisiblyOrWithBidiOrNul_IsRefused(string name)
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        await (await owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(name))).AssertProblemAsync(HttpStatusCode.BadRequest, "name");
        Assert.False(await app.WithDb(db => db.Products.AnyAsync(p => p.ProducerId == producer.Id)));
    }

    [Fact]
    public async Task StoryWithANul_IsRefused_NotCutShort()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var body = JsonSerializer.SerializeToNode(OcopApp.ProductBody(app.Unique("Chè Tà Xùa ")), HttpAssertions.Json)!.AsObject();
        body["story"] = "Phần đầu\u0000phần sau bị mất";
        await (await owner.PostAsJsonAsync("/api/v1/products", body)).AssertProblemAsync(HttpStatusCode.BadRequest, "story");
        Assert.False(await app.WithDb(db => db.Products.AnyAsync(p => p.ProducerId == producer.Id)));
    }

    [Theory]
    [InlineData("０９１２３４５６７８")]
    [InlineData("0912345678\n")]
    [InlineData("٠٩١٢٣٤٥٦٧٨")]
    public async Task PhoneWithOtherDigitsOrATrailingNewline_IsStoredAsAsciiDigits(string phone)
    {
        var name = app.Unique("HTX Số Lạ ");
        await (await app.Anonymous().PostAsJsonAsync("/api/v1/producers/register", new
        {
            producer = new { name, legalForm = "Cooperative", representativeName = "Lò Văn Số", representativeGender = "Male", phone, communeCode = "04168" },
            accountEmail = app.Unique("so") + "@test.example", accountPassword = OcopApp.Password,
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("0912345678", await app.WithDb(db => db.Producers.Where(p => p.Name == name).Select(p => p.Phone).SingleAsync()));
    }

    [Fact]
    public async Task UnknownEnumValue_IsAProblemNamingTheFieldAndItsValues()
    {
        var (buyer, _) = await app.VerifiedBuyerAsync();
        var problem = await (await buyer.PostAsJsonAsync("/api/v1/matching/demands", Trade.Demand().With("unit", "hộp"))).AssertProblemAsync(HttpStatusCode.BadRequest, "unit");
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("Tonne", detail);
        Assert.DoesNotContain("JSON value could not be converted", detail);
    }

    [Fact]
    public void TextRules_KeepLineBreaksAndEmoji_RefuseControlsBidiAndInvisibleOnly()
    {
        Assert.Null(TextRules.Problem("Dòng 1\r\nDòng 2\tcó tab 🍵 và dấu\u200Dnối"));
        Assert.NotNull(TextRules.Problem("a\u0000"));
        Assert.NotNull(TextRules.Problem("a\u0007"));
        Assert.NotNull(TextRules.Problem("a\u0085"));
        Assert.NotNull(TextRules.Problem("abc\u2066"));
        Assert.NotNull(TextRules.Problem("\u200B \u2060"));
        Assert.NotNull(TextRules.Problem("a\uD800b"));
        Assert.Equal("chuyen  tien", TextRules.Sanitize("chuyen\u0000 tien\u202E", 500));
        Assert.Equal("abc", TextRules.Sanitize("abcdef", 3));
    }
}

[Collection(SqliteCollection.Name)] public sealed class BadInputSuiteSqliteTests(SqliteApp app, ITestOutputHelper output) : BadInputSuiteTests(app, output);
[Collection(PostgresCollection.Name)] public sealed class BadInputSuitePostgresTests(PostgresApp app, ITestOutputHelper output) : BadInputSuiteTests(app, output);
