using System.Net.Http.Headers;
using System.Text.Json;
using Ocop.Features.Certification;
using Ocop.Features.Identity;

namespace Ocop.Tests.Security;

/// <summary>
/// Issue 17 §7 (rounds and councils readable by any account), §6 (an officer of another province
/// importing certificates got 200 with nothing said) and §16 (central revoking a province's 3★/4★).
/// </summary>
public abstract class CertificationScopeTests(OcopApp app)
{
    private const string SonLa = "14", HaTinh = "42";

    private async Task<(int Round, int Council, AppUser Chair, AppUser Member)> RoundWithCouncilAsync(HttpClient province)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var round = (await (await province.PostAsJsonAsync("/api/v1/rounds", new
        {
            name = app.Unique("Đợt phạm vi "), level = "Province", provinceCode = SonLa, year = today.Year, opensOn = today.AddDays(-1), closesOn = today.AddDays(30),
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var chair = await app.CreateUserAsync(Roles.Council, SonLa);
        var secretary = await app.CreateUserAsync(Roles.Council, SonLa);
        var member = await app.CreateUserAsync(Roles.Council, SonLa);
        var council = (await (await province.PostAsJsonAsync("/api/v1/councils", new
        {
            roundId = round, name = app.Unique("Hội đồng phạm vi "), chairUserId = chair.Id, secretaryUserId = secretary.Id, memberUserIds = new[] { member.Id },
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        return (round, council, chair, member);
    }

    private static List<int> Ids(JsonElement list) => list.EnumerateArray().Select(r => r.GetProperty("id").GetInt32()).ToList();

    [Fact]
    public async Task Rounds_AreListedOnlyForThoseWhoRunSitInOrSubmitToThem()
    {
        var province = await app.LoginAsNewAsync(Roles.Province, SonLa);
        var (round, _, chair, _) = await RoundWithCouncilAsync(province);

        foreach (var role in new[] { Roles.Buyer, Roles.Livestream, Roles.B2bBuyer })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.LoginAsNewAsync(role)).GetAsync("/api/v1/rounds")).StatusCode);
        var (_, unverified) = await app.VerifiedProducerAsync(verified: false);
        Assert.Equal(HttpStatusCode.Forbidden, (await unverified.GetAsync("/api/v1/rounds")).StatusCode);
        var otherCouncil = await app.LoginAsNewAsync(Roles.Council, SonLa);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCouncil.GetAsync("/api/v1/rounds")).StatusCode);

        // Another province sees neither the round nor, by asking, Sơn La's list.
        var haTinh = await app.LoginAsNewAsync(Roles.Province, HaTinh);
        Assert.DoesNotContain(round, Ids(await (await haTinh.GetAsync("/api/v1/rounds")).JsonAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, (await haTinh.GetAsync($"/api/v1/rounds?province={SonLa}")).StatusCode);
        var (_, haTinhProducer) = await app.VerifiedProducerAsync("18073", HaTinh);
        Assert.DoesNotContain(round, Ids(await (await haTinhProducer.GetAsync("/api/v1/rounds")).JsonAsync()));
        Assert.DoesNotContain(round, Ids(await (await haTinhProducer.GetAsync($"/api/v1/rounds?province={SonLa}")).JsonAsync()));

        var (_, sonLaProducer) = await app.VerifiedProducerAsync();
        foreach (var reader in new[] { province, await app.LoginAsync(chair), sonLaProducer, await app.LoginAsNewAsync(Roles.Central), await app.LoginAsNewAsync(Roles.Commune, SonLa, "04168") })
            Assert.Contains(round, Ids(await (await reader.GetAsync("/api/v1/rounds")).JsonAsync()));
    }

    [Fact]
    public async Task Councils_AreReadByTheRoundsOfficersAndTheirOwnMembersOnly()
    {
        var province = await app.LoginAsNewAsync(Roles.Province, SonLa);
        var (round, council, chair, member) = await RoundWithCouncilAsync(province);
        var (_, _, _, elsewhere) = await RoundWithCouncilAsync(province);
        var url = $"/api/v1/rounds/{round}/councils";

        var (_, producer) = await app.VerifiedProducerAsync();
        var (_, unverified) = await app.VerifiedProducerAsync(verified: false);
        var refused = new[]
        {
            await app.LoginAsNewAsync(Roles.Buyer), unverified, producer, await app.LoginAsNewAsync(Roles.Province, HaTinh),
            await app.LoginAsNewAsync(Roles.Commune, SonLa, "04168"), await app.LoginAsync(elsewhere), app.Anonymous(),
        };
        foreach (var caller in refused)
        {
            var response = await caller.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"{response.StatusCode}");
            Assert.DoesNotContain(member.Id, await response.Content.ReadAsStringAsync());
        }
        foreach (var reader in new[] { province, await app.LoginAsync(chair), await app.LoginAsync(member), await app.LoginAsNewAsync(Roles.Central) })
        {
            var councils = await (await reader.GetAsync(url)).JsonAsync();
            var only = Assert.Single(councils.EnumerateArray());
            Assert.Equal(council, only.GetProperty("id").GetInt32());
            Assert.Contains(only.GetProperty("members").EnumerateArray(), m => m.GetProperty("userId").GetString() == member.Id);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await province.GetAsync("/api/v1/rounds/987654/councils")).StatusCode);
    }

    [Fact]
    public async Task Import_ByAnotherProvince_IsRefusedWithItsRowsNamed_AndWritesNothing()
    {
        var number = app.Unique("GCN-PV-");
        var csv = "number,product,producer,province_code,set,stars,score,decision_number,decision_date,issued_on\n" +
                  $"{number},Nhãn sấy Sông Mã,HTX Nhãn Sông Mã,{SonLa},1,4,78,QĐ 12/2026,02/03/2026,02/03/2026\n";
        var haTinh = await app.LoginAsNewAsync(Roles.Province, HaTinh);
        var response = await haTinh.PostAsync("/api/v1/certificates/import", new StringContent(csv, new MediaTypeHeaderValue("text/csv")));
        var problem = await response.JsonAsync(HttpStatusCode.Forbidden);
        var rows = problem.GetProperty("errors").GetProperty("rows").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(rows, r => r.StartsWith("Dòng 2:", StringComparison.Ordinal) && r.Contains(number, StringComparison.Ordinal) && r.Contains("ngoài tỉnh", StringComparison.Ordinal));
        Assert.False(await app.WithDb(db => db.Set<Certificate>().AnyAsync(c => c.Number == number)));

        // A 5★ row is the centre's even in the officer's own province.
        var five = app.Unique("GCN-5S-");
        var sonLa = await app.LoginAsNewAsync(Roles.Province, SonLa);
        var fiveStar = $"number,product,producer,province_code,set,stars,score,decision_number,decision_date,issued_on\n{five},Chè Shan tuyết,HTX Chè,{SonLa},1,5,92,QĐ 1/2026,02/03/2026,02/03/2026\n";
        Assert.Equal(HttpStatusCode.Forbidden, (await sonLa.PostAsync("/api/v1/certificates/import", new StringContent(fiveStar, new MediaTypeHeaderValue("text/csv")))).StatusCode);
        Assert.False(await app.WithDb(db => db.Set<Certificate>().AnyAsync(c => c.Number == five)));

        var own = await sonLa.PostAsync("/api/v1/certificates/import", new StringContent(csv, new MediaTypeHeaderValue("text/csv")));
        Assert.Equal(1, (await own.JsonAsync()).GetProperty("imported").GetInt32());
    }

    [Fact]
    public async Task ProvincialCertificate_IsRevokedByItsProvinceOnly_NotByTheCentre()
    {
        var number = await app.WithDb(async db =>
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var n = app.Unique("OCOP-TH-");
            db.Set<Certificate>().Add(new Certificate
            {
                Number = n, ProductName = "Mận hậu", ProducerName = "HTX Mận", ProvinceCode = SonLa, SetCode = 1, Stars = 4, Score = 75,
                Level = RecognitionLevel.Province, DecisionNumber = "QĐ-2", DecisionDate = today.AddMonths(-1), IssuedOn = today.AddMonths(-1),
                ExpiresOn = Certificate.ExpiryFor(today.AddMonths(-1)), Status = CertificateStatus.Valid, CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            return n;
        });
        var body = new { reason = "Vi phạm an toàn thực phẩm", decisionNumber = "7/QĐ-BNNMT" };
        var central = await app.LoginAsNewAsync(Roles.Central);
        Assert.Equal(HttpStatusCode.Forbidden, (await central.PostAsJsonAsync($"/api/v1/certificates/{number}/revoke", body)).StatusCode);
        Assert.Equal(CertificateStatus.Valid, await app.WithDb(db => db.Set<Certificate>().Where(c => c.Number == number).Select(c => c.Status).FirstAsync()));
        // The officer's page offers the form only to the recognising level.
        var page = await (await central.GetAsync($"/quan-ly/chung-nhan/{number}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("handler=Revoke", page);
        var province = await app.LoginAsNewAsync(Roles.Province, SonLa);
        Assert.Contains("handler=Revoke", await (await province.GetAsync($"/quan-ly/chung-nhan/{number}")).Content.ReadAsStringAsync());
        (await province.PostAsJsonAsync($"/api/v1/certificates/{number}/revoke", body)).EnsureSuccessStatusCode();
    }
}

[Collection(SqliteCollection.Name)] public sealed class CertificationScopeSqliteTests(SqliteApp app) : CertificationScopeTests(app);
[Collection(PostgresCollection.Name)] public sealed class CertificationScopePostgresTests(PostgresApp app) : CertificationScopeTests(app);
