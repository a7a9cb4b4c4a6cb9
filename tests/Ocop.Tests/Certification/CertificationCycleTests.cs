using System.Text.Json;
using Ocop.Features.Identity;

namespace Ocop.Tests.Certification;

/// <summary>
/// The evaluation cycle over the API with bearer tokens of every role: dossier → commune → province
/// → council → decision → certificate → public verification, and the refusals along the way.
/// </summary>
public abstract partial class CertificationCycleTests(OcopApp app)
{
    private sealed record Setup(HttpClient Owner, HttpClient Commune, HttpClient Province, int RoundId, int CouncilId, HttpClient[] Members, int ProducerId);

    private async Task<Setup> PrepareAsync()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var commune = await app.LoginAsNewAsync(Roles.Commune, "14", "04168");
        var province = await app.LoginAsNewAsync(Roles.Province, "14");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var round = await (await province.PostAsJsonAsync("/api/v1/rounds", new
        {
            name = app.Unique("Đợt đánh giá OCOP Sơn La "), level = "Province", provinceCode = "14", year = today.Year,
            opensOn = today.AddDays(-1), closesOn = today.AddDays(30),
        })).JsonAsync(HttpStatusCode.Created);
        var memberUsers = new List<AppUser>();
        for (var i = 0; i < 3; i++) memberUsers.Add(await app.CreateUserAsync(Roles.Council, "14"));
        var council = await (await province.PostAsJsonAsync("/api/v1/councils", new
        {
            roundId = round.GetProperty("id").GetInt32(), name = app.Unique("Hội đồng "), chairUserId = memberUsers[0].Id,
            secretaryUserId = memberUsers[1].Id, memberUserIds = new[] { memberUsers[2].Id },
        })).JsonAsync(HttpStatusCode.Created);
        var members = new HttpClient[3];
        for (var i = 0; i < 3; i++) members[i] = await app.LoginAsync(memberUsers[i]);
        return new Setup(owner, commune, province, round.GetProperty("id").GetInt32(), council.GetProperty("id").GetInt32(), members, producer.Id);
    }

    /// <summary>A dossier for a new set-1 product, self-assessed, submitted, forwarded by the commune, accepted by the province.</summary>
    private async Task<JsonElement> AcceptedDossierAsync(Setup s)
    {
        var product = await (await s.Owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(app.Unique("Nhãn Sông Mã ")))).JsonAsync(HttpStatusCode.Created);
        var dossier = await (await s.Owner.PostAsJsonAsync("/api/v1/dossiers", new
        {
            productId = product.GetProperty("id").GetInt32(), roundId = s.RoundId, type = "FirstTime", samplesDeclared = "5 hộp 1 kg",
        })).JsonAsync(HttpStatusCode.Created);
        var id = dossier.GetProperty("summary").GetProperty("id").GetInt32();
        var items = Criteria(dossier).Select(c => new { criterionId = c.GetProperty("id").GetInt32(), optionId = Best(c), note = "Có minh chứng" }).ToList();
        await (await s.Owner.PutAsJsonAsync($"/api/v1/dossiers/{id}/self-assessment", items)).JsonAsync();
        await AttachPapersAsync(s, id);
        await (await s.Owner.PostAsync($"/api/v1/dossiers/{id}/submit", null)).JsonAsync();
        await CommuneForwardsAsync(s, id);
        return await (await s.Province.PostAsJsonAsync($"/api/v1/dossiers/{id}/accept", new { councilId = s.CouncilId })).JsonAsync();
    }

    /// <summary>A draft dossier for a new product of the setup's producer in its round.</summary>
    private async Task<(JsonElement Dossier, int Id)> DraftDossierAsync(Setup s, string productName, string samples)
    {
        var product = await (await s.Owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(app.Unique(productName)))).JsonAsync(HttpStatusCode.Created);
        var dossier = await (await s.Owner.PostAsJsonAsync("/api/v1/dossiers", new { productId = product.GetProperty("id").GetInt32(), roundId = s.RoundId, type = "FirstTime", samplesDeclared = samples }))
            .JsonAsync(HttpStatusCode.Created);
        return (dossier, dossier.GetProperty("summary").GetProperty("id").GetInt32());
    }

    /// <summary>The commune confirms the producer's choice on every criterion it assesses, then forwards the dossier.</summary>
    private static async Task CommuneForwardsAsync(Setup s, int id)
    {
        var seen = await (await s.Commune.GetAsync($"/api/v1/dossiers/{id}")).JsonAsync();
        var items = Criteria(seen).Where(c => c.GetProperty("communeAssessed").GetBoolean())
            .Select(c => new { criterionId = c.GetProperty("id").GetInt32(), optionId = c.GetProperty("selfOptionId").ValueKind == JsonValueKind.Number ? c.GetProperty("selfOptionId").GetInt32() : (int?)null })
            .ToList();
        await (await s.Commune.PostAsJsonAsync($"/api/v1/dossiers/{id}/commune-check", items)).JsonAsync();
        await (await s.Commune.PostAsync($"/api/v1/dossiers/{id}/forward", null)).JsonAsync();
    }

    /// <summary>A paper bundle for the whole dossier (attached to no criterion): it covers every option that names a document.</summary>
    private static async Task AttachPapersAsync(Setup s, int id) =>
        await (await s.Owner.PostAsync($"/api/v1/dossiers/{id}/evidence", new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% ho so " + Guid.NewGuid() + "\n%%EOF")), "file", "ho-so-giay-to.pdf" },
        })).JsonAsync(HttpStatusCode.Created);

    private static IEnumerable<JsonElement> Criteria(JsonElement dossier) => dossier.GetProperty("criteria").EnumerateArray();
    private static IEnumerable<JsonElement> Options(JsonElement c) => c.GetProperty("options").EnumerateArray();
    private static int Best(JsonElement c) => Options(c).MaxBy(o => o.GetProperty("points").GetDecimal()).GetProperty("id").GetInt32();
    private static int Worst(JsonElement c) => Options(c).MinBy(o => o.GetProperty("points").GetDecimal()).GetProperty("id").GetInt32();
    private static bool Gated(JsonElement c) => Options(c).Any(o => o.GetProperty("starGate").ValueKind == JsonValueKind.Number);

    /// <summary>Best option on every gated criterion (so every gate is met), worst on ungated ones until the total falls to about 75–85.</summary>
    private static (List<object> Items, decimal Total) FourStarSelection(JsonElement dossier)
    {
        var choice = Criteria(dossier).ToDictionary(c => c.GetProperty("id").GetInt32(), Best);
        var points = Criteria(dossier).SelectMany(Options).ToDictionary(o => o.GetProperty("id").GetInt32(), o => o.GetProperty("points").GetDecimal());
        var total = choice.Values.Sum(o => points[o]);
        foreach (var c in Criteria(dossier).Where(c => !Gated(c)))
        {
            var id = c.GetProperty("id").GetInt32();
            var drop = points[choice[id]] - points[Worst(c)];
            if (total - drop < 75) continue;
            choice[id] = Worst(c);
            total -= drop;
        }
        return (choice.Select(kv => (object)new { criterionId = kv.Key, optionId = kv.Value }).ToList(), total);
    }

    [Fact]
    public async Task FullCycle_DossierToCertificate_ShowsStarsAndVerifies_ThenRevocationRemovesThem()
    {
        var s = await PrepareAsync();
        var dossier = await AcceptedDossierAsync(s);
        var id = dossier.GetProperty("summary").GetProperty("id").GetInt32();
        Assert.Equal("Accepted", dossier.GetProperty("summary").GetProperty("status").GetString());
        var (items, total) = FourStarSelection(dossier);
        Assert.InRange(total, 70m, 89.99m);

        // Member 1 scores and sees only their own sheet until the others have scored.
        var first = await (await s.Members[0].PostAsJsonAsync($"/api/v1/dossiers/{id}/scores", new { items })).JsonAsync(HttpStatusCode.Created);
        Assert.True(first.GetProperty("scoredByMe").GetBoolean());
        var second = await (await s.Members[1].GetAsync($"/api/v1/dossiers/{id}")).JsonAsync();
        Assert.False(second.GetProperty("scoresVisible").GetBoolean());
        Assert.Equal(0, second.GetProperty("memberTotals").GetArrayLength());

        // Scoring twice, closing early, closing by a non-chair: refused.
        await (await s.Members[0].PostAsJsonAsync($"/api/v1/dossiers/{id}/scores", new { items })).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await s.Members[0].PostAsync($"/api/v1/councils/{s.CouncilId}/close", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await s.Members[1].PostAsJsonAsync($"/api/v1/dossiers/{id}/scores", new { items })).JsonAsync(HttpStatusCode.Created);
        await (await s.Members[2].PostAsJsonAsync($"/api/v1/dossiers/{id}/scores", new { items })).JsonAsync(HttpStatusCode.Created);
        await (await s.Members[1].PostAsync($"/api/v1/councils/{s.CouncilId}/close", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var afterAll = await (await s.Members[1].GetAsync($"/api/v1/dossiers/{id}")).JsonAsync();
        Assert.True(afterAll.GetProperty("scoresVisible").GetBoolean());
        Assert.Equal(3, afterAll.GetProperty("memberTotals").GetArrayLength());
        await (await s.Members[0].PostAsync($"/api/v1/councils/{s.CouncilId}/close", null)).JsonAsync();

        var scored = await (await s.Province.GetAsync($"/api/v1/dossiers/{id}")).JsonAsync();
        Assert.Equal("Scored", scored.GetProperty("summary").GetProperty("status").GetString());
        Assert.Equal(total, scored.GetProperty("summary").GetProperty("averageScore").GetDecimal());
        Assert.Equal(4, scored.GetProperty("summary").GetProperty("stars").GetInt32());

        // Another province cannot decide; Sơn La records the decision and a certificate is issued.
        var haTinh = await app.LoginAsNewAsync(Roles.Province, "42");
        var decision = new { number = app.Unique("QĐ-UBND "), date = DateOnly.FromDateTime(DateTime.UtcNow), signer = "Phó Chủ tịch UBND tỉnh", dossierIds = new[] { id } };
        await (await haTinh.PostAsJsonAsync("/api/v1/decisions", decision)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var issued = await (await s.Province.PostAsJsonAsync("/api/v1/decisions", decision)).JsonAsync(HttpStatusCode.Created);
        var number = issued[0].GetProperty("number").GetString()!;
        Assert.StartsWith($"OCOP-14-{DateTime.UtcNow.Year}-", number);

        var verified = await (await app.Anonymous().GetAsync($"/api/v1/certificates/{number}")).JsonAsync();
        Assert.Equal("Valid", verified.GetProperty("status").GetString());
        Assert.Equal(4, verified.GetProperty("stars").GetInt32());
        Assert.Equal("14", verified.GetProperty("province").GetProperty("code").GetString());
        Assert.Equal(decision.number, verified.GetProperty("decision").GetProperty("number").GetString());
        var issuedOn = DateOnly.Parse(verified.GetProperty("issuedOn").GetString()!);
        Assert.Equal(issuedOn.AddMonths(36).AddDays(-1), DateOnly.Parse(verified.GetProperty("expiresOn").GetString()!));
        var productId = verified.GetProperty("product").GetProperty("id").GetInt32();
        var product = await (await app.Anonymous().GetAsync($"/api/v1/products/{productId}")).JsonAsync();
        Assert.Equal(number, product.GetProperty("certificate").GetProperty("number").GetString());
        Assert.Equal(4, product.GetProperty("certificate").GetProperty("stars").GetInt32());
        var qr = await app.Anonymous().GetAsync($"/api/v1/certificates/{number}/qr.svg");
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType!.MediaType);
        await (await app.Anonymous().GetAsync("/api/v1/certificates/OCOP-00-0000-9999")).AssertProblemAsync(HttpStatusCode.NotFound);

        // Revocation needs a reason and a decision; afterwards the mark is gone.
        await (await s.Province.PostAsJsonAsync($"/api/v1/certificates/{number}/revoke", new { reason = "" })).AssertProblemAsync(HttpStatusCode.BadRequest, "reason");
        await (await haTinh.PostAsJsonAsync($"/api/v1/certificates/{number}/revoke", new { reason = "Vi phạm", decisionNumber = "9/QĐ" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var revoked = await (await s.Province.PostAsJsonAsync($"/api/v1/certificates/{number}/revoke", new { reason = "Vi phạm an toàn thực phẩm", decisionNumber = "99/QĐ-UBND" })).JsonAsync();
        Assert.Equal("Revoked", revoked.GetProperty("status").GetString());
        product = await (await app.Anonymous().GetAsync($"/api/v1/products/{productId}")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, product.GetProperty("certificate").ValueKind);
        var history = await (await s.Province.GetAsync($"/api/v1/certificates/{number}/history")).JsonAsync();
        Assert.Equal(["certificate.issued", "certificate.revoked"], history.EnumerateArray().Select(h => h.GetProperty("action").GetString()!).ToArray());
    }

    /// <summary>Sơn La's "potential 5★" figures (scored, potential, awaiting the centre) from a fresh snapshot, as the central office reads them.</summary>
    private async Task<(long Scored, long Potential, long Awaiting)> PotentialFiveAsync(HttpClient central)
    {
        await (await central.PostAsync("/api/v1/stats/snapshots", null)).JsonAsync();
        var d = await (await central.GetAsync("/api/v1/stats/dashboard")).JsonAsync();
        var row = d.GetProperty("potentialFiveByProvince").EnumerateArray().FirstOrDefault(r => r.GetProperty("provinceCode").GetString() == "14");
        if (row.ValueKind == JsonValueKind.Undefined) return (0, 0, 0);
        var national = d.GetProperty("potentialFive");
        Assert.True(national.GetProperty("potential").GetInt64() >= row.GetProperty("potential").GetInt64());
        return (row.GetProperty("scored").GetInt64(), row.GetProperty("potential").GetInt64(), row.GetProperty("awaitingCentral").GetInt64());
    }

    [Fact]
    public async Task TopScore_IsPotentialFiveStar_RefusedAtProvince_RecognisedByTheCentre()
    {
        var central = await app.LoginAsNewAsync(Roles.Central);
        var before = await PotentialFiveAsync(central);
        var s = await PrepareAsync();
        var dossier = await AcceptedDossierAsync(s);
        var id = dossier.GetProperty("summary").GetProperty("id").GetInt32();
        var best = Criteria(dossier).Select(c => new { criterionId = c.GetProperty("id").GetInt32(), optionId = Best(c) }).ToList();
        foreach (var m in s.Members) await (await m.PostAsJsonAsync($"/api/v1/dossiers/{id}/scores", new { items = best })).JsonAsync(HttpStatusCode.Created);
        await (await s.Members[0].PostAsync($"/api/v1/councils/{s.CouncilId}/close", null)).JsonAsync();
        var result = await (await s.Province.GetAsync($"/api/v1/dossiers/{id}")).JsonAsync();
        Assert.Equal("ForwardedToCentral", result.GetProperty("summary").GetProperty("status").GetString());
        Assert.Equal(100m, result.GetProperty("summary").GetProperty("averageScore").GetDecimal());

        var refused = await s.Province.PostAsJsonAsync("/api/v1/decisions", new { number = app.Unique("QĐ "), date = DateOnly.FromDateTime(DateTime.UtcNow), signer = "A", dossierIds = new[] { id } });
        Assert.Contains("5 sao", (await refused.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        Assert.Equal((before.Scored + 1, before.Potential + 1, before.Awaiting + 1), await PotentialFiveAsync(central));
        var local = DateTime.UtcNow.AddHours(7);
        var report = await central.GetAsync($"/quan-ly/thong-ke/bao-cao?quarter={local.Year}-{(local.Month - 1) / 3 + 1}"); // the national report of this quarter
        var reportHtml = await report.Content.ReadAsStringAsync();
        Assert.True(report.StatusCode == HttpStatusCode.OK, reportHtml);
        Assert.Contains("Toàn quốc", reportHtml);
        Assert.Contains("id=\"potential-by-province\"", reportHtml);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var round = await (await central.PostAsJsonAsync("/api/v1/rounds", new { name = app.Unique("Đợt trung ương "), level = "Central", year = today.Year, opensOn = today.AddDays(-1), closesOn = today.AddDays(60) })).JsonAsync(HttpStatusCode.Created);
        var users = new List<AppUser>();
        for (var i = 0; i < 3; i++) users.Add(await app.CreateUserAsync(Roles.Council));
        var council = await (await central.PostAsJsonAsync("/api/v1/councils", new { roundId = round.GetProperty("id").GetInt32(), name = "Hội đồng Trung ương", chairUserId = users[0].Id, memberUserIds = new[] { users[1].Id, users[2].Id } })).JsonAsync(HttpStatusCode.Created);
        var councilId = council.GetProperty("id").GetInt32();
        await (await central.PostAsJsonAsync($"/api/v1/dossiers/{id}/assign-central", new { councilId })).JsonAsync();
        foreach (var u in users) await (await (await app.LoginAsync(u)).PostAsJsonAsync($"/api/v1/dossiers/{id}/scores", new { items = best })).JsonAsync(HttpStatusCode.Created);
        await (await (await app.LoginAsync(users[0])).PostAsync($"/api/v1/councils/{councilId}/close", null)).JsonAsync();
        var certs = await (await central.PostAsJsonAsync("/api/v1/decisions/central", new { number = app.Unique("QĐ-BNNMT "), date = today, signer = "Bộ trưởng", dossierIds = new[] { id } })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(5, certs[0].GetProperty("stars").GetInt32());
        Assert.StartsWith("OCOP-TW-", certs[0].GetProperty("number").GetString());
        Assert.Equal("Central", certs[0].GetProperty("level").GetString());
        // Recognised by the centre: still counted as having been potential 5★, no longer waiting.
        Assert.Equal((before.Scored + 1, before.Potential + 1, before.Awaiting), await PotentialFiveAsync(central));
    }

    [Fact]
    public async Task Refusals_AlongTheWay_ChangeNothing()
    {
        var s = await PrepareAsync();
        var dossier = await AcceptedDossierAsync(s);
        var id = dossier.GetProperty("summary").GetProperty("id").GetInt32();
        var criteria = Criteria(dossier).ToList();
        var c0 = criteria[0].GetProperty("id").GetInt32();
        var foreignOption = Best(criteria[1]);
        var all = criteria.Select(c => new { criterionId = c.GetProperty("id").GetInt32(), optionId = (int?)Worst(c) }).ToList();

        // An option of another criterion; a criterion twice; a missing criterion.
        var wrong = all.Select(i => i.criterionId == c0 ? new { criterionId = c0, optionId = (int?)foreignOption } : i).ToList();
        await (await s.Members[0].PostAsJsonAsync($"/api/v1/dossiers/{id}/scores", new { items = wrong })).AssertProblemAsync(HttpStatusCode.BadRequest, $"criterion:{c0}");
        await (await s.Members[0].PostAsJsonAsync($"/api/v1/dossiers/{id}/scores", new { items = all.Append(all[0]).ToList() })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await s.Members[0].PostAsJsonAsync($"/api/v1/dossiers/{id}/scores", new { items = all.Skip(1).ToList() })).AssertProblemAsync(HttpStatusCode.BadRequest, "items");
        // Someone outside the council.
        var outsider = await app.LoginAsNewAsync(Roles.Council, "14");
        await (await outsider.PostAsJsonAsync($"/api/v1/dossiers/{id}/scores", new { items = all })).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await app.WithDb(db => db.Set<Ocop.Features.Certification.MemberScore>().CountAsync(m => m.DossierId == id)));

        // The producer cannot edit a submitted dossier; another producer cannot read it.
        await (await s.Owner.PutAsJsonAsync($"/api/v1/dossiers/{id}/self-assessment", new[] { new { criterionId = c0, optionId = (int?)null } })).AssertProblemAsync(HttpStatusCode.Conflict);
        var (_, stranger) = await app.VerifiedProducerAsync();
        await (await stranger.GetAsync($"/api/v1/dossiers/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);

        // Low scores: a result without a certificate, and no decision can certify it.
        foreach (var m in s.Members) await (await m.PostAsJsonAsync($"/api/v1/dossiers/{id}/scores", new { items = all })).JsonAsync(HttpStatusCode.Created);
        await (await s.Members[0].PostAsync($"/api/v1/councils/{s.CouncilId}/close", null)).JsonAsync();
        var low = await (await s.Province.GetAsync($"/api/v1/dossiers/{id}")).JsonAsync();
        Assert.Equal("NotRecognised", low.GetProperty("summary").GetProperty("status").GetString());
        Assert.True(low.GetProperty("summary").GetProperty("stars").GetInt32() < 3);
        var refused = await s.Province.PostAsJsonAsync("/api/v1/decisions", new { number = app.Unique("QĐ "), date = DateOnly.FromDateTime(DateTime.UtcNow), signer = "A", dossierIds = new[] { id } });
        Assert.Contains("dưới 50", (await refused.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        Assert.False(await app.WithDb(db => db.Set<Ocop.Features.Certification.Certificate>().AnyAsync(c => c.DossierId == id)));
    }

    [Fact]
    public async Task Dossier_CommuneReturnsWithReason_AndEvidenceIsCheckedByContent()
    {
        var s = await PrepareAsync();
        var product = await (await s.Owner.PostAsJsonAsync("/api/v1/products", OcopApp.ProductBody(app.Unique("Mận hậu ")))).JsonAsync(HttpStatusCode.Created);
        var dossier = await (await s.Owner.PostAsJsonAsync("/api/v1/dossiers", new { productId = product.GetProperty("id").GetInt32(), roundId = s.RoundId, type = "FirstTime", samplesDeclared = "3 túi" })).JsonAsync(HttpStatusCode.Created);
        var id = dossier.GetProperty("summary").GetProperty("id").GetInt32();
        await (await s.Owner.PostAsync($"/api/v1/dossiers/{id}/submit", null)).AssertProblemAsync(HttpStatusCode.BadRequest, "criteria");

        var fake = new MultipartFormDataContent { { new ByteArrayContent("MZ not a pdf"u8.ToArray()), "file", "giay-phep.pdf" } };
        await (await s.Owner.PostAsync($"/api/v1/dossiers/{id}/evidence", fake)).AssertProblemAsync(HttpStatusCode.BadRequest, "file");
        var pdf = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n%%EOF"u8.ToArray()), "file", "giay-phep.pdf" } };
        var evidence = await (await s.Owner.PostAsync($"/api/v1/dossiers/{id}/evidence", pdf)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("application/pdf", evidence.GetProperty("contentType").GetString());

        var items = Criteria(dossier).Select(c => new { criterionId = c.GetProperty("id").GetInt32(), optionId = Best(c) }).ToList();
        await (await s.Owner.PutAsJsonAsync($"/api/v1/dossiers/{id}/self-assessment", items)).JsonAsync();
        await (await s.Owner.PostAsync($"/api/v1/dossiers/{id}/submit", null)).JsonAsync();
        var otherCommune = await app.LoginAsNewAsync(Roles.Commune, "42", "18073");
        await (await otherCommune.PostAsync($"/api/v1/dossiers/{id}/forward", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await s.Commune.PostAsJsonAsync($"/api/v1/dossiers/{id}/return", new { reason = " " })).AssertProblemAsync(HttpStatusCode.BadRequest, "reason");
        var returned = await (await s.Commune.PostAsJsonAsync($"/api/v1/dossiers/{id}/return", new { reason = "Thiếu xác nhận nguồn gốc nguyên liệu" })).JsonAsync();
        Assert.Equal("ReturnedByCommune", returned.GetProperty("summary").GetProperty("status").GetString());
        var seen = await (await s.Owner.GetAsync($"/api/v1/dossiers/{id}")).JsonAsync();
        Assert.Equal("Thiếu xác nhận nguồn gốc nguyên liệu", seen.GetProperty("returnReason").GetString());
        var queue = await (await s.Owner.GetAsync("/api/v1/dossiers")).JsonAsync();
        Assert.Contains(queue.EnumerateArray(), d => d.GetProperty("id").GetInt32() == id);
    }
}

public abstract partial class CertificationCycleTests
{
    /// <summary>Issue 17 §14: evidence is read by those who may read the dossier, through the dossier, never cached by shared caches.</summary>
    [Fact]
    public async Task Evidence_IsServedOnlyToThoseWhoMayReadTheDossier_NeverFromPublicMedia()
    {
        var s = await PrepareAsync();
        var (dossier, id) = await DraftDossierAsync(s, "Chè Shan tuyết ", "3 gói");
        var bytes = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% giấy chứng nhận an toàn thực phẩm " + Guid.NewGuid() + "\n%%EOF");
        var evidence = await (await s.Owner.PostAsync($"/api/v1/dossiers/{id}/evidence",
            new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "Giấy chứng nhận ATTP.pdf" } })).JsonAsync(HttpStatusCode.Created);
        var url = evidence.GetProperty("url").GetString()!;
        Assert.Equal($"/api/v1/dossiers/{id}/evidence/{evidence.GetProperty("id").GetInt32()}", url);

        // The content address is no way in, not even for the owner.
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/media/{hash}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Owner.GetAsync($"/media/{hash}")).StatusCode);

        async Task Readable(HttpClient who)
        {
            using var response = await who.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, $"Cache-Control: {response.Headers.CacheControl}");
            Assert.Contains("inline", response.Content.Headers.ContentDisposition?.ToString());
        }
        await Readable(s.Owner);
        await Readable(s.Commune);
        await Readable(s.Province);

        var (_, otherOwner) = await app.VerifiedProducerAsync();
        var haTinh = await app.LoginAsNewAsync(Roles.Province, "42");
        var buyer = await app.LoginAsNewAsync(Roles.Buyer);
        foreach (var stranger in new[] { otherOwner, haTinh, buyer, s.Members[0] })
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Owner.GetAsync($"/api/v1/dossiers/{id}/evidence/999999")).StatusCode);

        // Once the council has it, its members read the evidence too.
        var items = Criteria(dossier).Select(c => new { criterionId = c.GetProperty("id").GetInt32(), optionId = Best(c) }).ToList();
        await (await s.Owner.PutAsJsonAsync($"/api/v1/dossiers/{id}/self-assessment", items)).JsonAsync();
        await (await s.Owner.PostAsync($"/api/v1/dossiers/{id}/submit", null)).JsonAsync();
        await CommuneForwardsAsync(s, id);
        await (await s.Province.PostAsJsonAsync($"/api/v1/dossiers/{id}/accept", new { councilId = s.CouncilId })).JsonAsync();
        await Readable(s.Members[0]);
        // The officer's page links the evidence by the dossier's route.
        Assert.Contains($"href=\"{url}\"", await s.Province.GetStringAsync($"/quan-ly/ho-so/{id}"));
    }
}

public abstract partial class CertificationCycleTests
{
    /// <summary>
    /// Issue 17: an option that names a document (a contract, papers, a certificate) is claimed only with evidence,
    /// and the commune forwards a dossier only after checking every criterion it assesses. Refusals change nothing.
    /// </summary>
    [Fact]
    public async Task Submission_NeedsEvidenceForDocumentedOptions_AndForwarding_TheCommunesCheck()
    {
        var s = await PrepareAsync();
        var (dossier, id) = await DraftDossierAsync(s, "Miến dong ", "5 gói");
        var items = Criteria(dossier).Select(c => new { criterionId = c.GetProperty("id").GetInt32(), optionId = Best(c) }).ToList();
        await (await s.Owner.PutAsJsonAsync($"/api/v1/dossiers/{id}/self-assessment", items)).JsonAsync();
        var documented = Criteria(dossier).Where(c => Options(c).Single(o => o.GetProperty("id").GetInt32() == Best(c)).GetProperty("title").GetString() is { } t
            && Ocop.Features.Certification.EvidenceRule.NeedsEvidence(t)).ToList();
        Assert.True(documented.Count >= 2, $"the best options of set 1 name {documented.Count} documents");

        var refused = await (await s.Owner.PostAsync($"/api/v1/dossiers/{id}/submit", null)).AssertProblemAsync(HttpStatusCode.BadRequest, "evidence");
        foreach (var c in documented) Assert.Contains(c.GetProperty("code").GetString()!, refused.GetRawText());
        // A file for one criterion covers that one only.
        var first = documented[0];
        await (await s.Owner.PostAsync($"/api/v1/dossiers/{id}/evidence", new MultipartFormDataContent
        {
            { new ByteArrayContent("%PDF-1.4\n% hop dong lien ket\n%%EOF"u8.ToArray()), "file", "hop-dong.pdf" },
            { new StringContent(first.GetProperty("id").GetInt32().ToString()), "criterionId" },
        })).JsonAsync(HttpStatusCode.Created);
        var still = await (await s.Owner.PostAsync($"/api/v1/dossiers/{id}/submit", null)).AssertProblemAsync(HttpStatusCode.BadRequest, "evidence");
        Assert.DoesNotContain(first.GetProperty("code").GetString()! + ",", still.GetRawText());
        Assert.Contains(documented[1].GetProperty("code").GetString()!, still.GetRawText());
        Assert.Equal("Draft", (await (await s.Owner.GetAsync($"/api/v1/dossiers/{id}")).JsonAsync()).GetProperty("summary").GetProperty("status").GetString());

        await AttachPapersAsync(s, id);
        await (await s.Owner.PostAsync($"/api/v1/dossiers/{id}/submit", null)).JsonAsync();

        // The commune forwards only what it has checked.
        await (await s.Commune.PostAsync($"/api/v1/dossiers/{id}/forward", null)).AssertProblemAsync(HttpStatusCode.BadRequest, "criteria");
        Assert.Equal("Submitted", (await (await s.Owner.GetAsync($"/api/v1/dossiers/{id}")).JsonAsync()).GetProperty("summary").GetProperty("status").GetString());
        await CommuneForwardsAsync(s, id);
        Assert.Equal("Forwarded", (await (await s.Owner.GetAsync($"/api/v1/dossiers/{id}")).JsonAsync()).GetProperty("summary").GetProperty("status").GetString());
    }
}

[Collection(SqliteCollection.Name)] public sealed class CertificationCycleSqliteTests(SqliteApp app) : CertificationCycleTests(app);
[Collection(PostgresCollection.Name)] public sealed class CertificationCyclePostgresTests(PostgresApp app) : CertificationCycleTests(app);
