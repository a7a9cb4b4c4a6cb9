using Ocop.Features.Identity;
using Ocop.Tests.Commerce;

namespace Ocop.Tests.Producers;

/// <summary>Another sign-in for an existing producer: who may add one, what it can do, and what is refused.</summary>
public abstract class ProducerAccountsTests(OcopApp app)
{
    private object NewAccount(string? email = null, string password = OcopApp.Password) =>
        new { fullName = "Lò Thị Xã Viên", email = email ?? app.Unique("xavien") + "@htx.vn", password, phone = "0912345678" };

    [Fact]
    public async Task TheOwner_AddsAStaffAccount_ThatSellsForTheProducer_AndIsAudited()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var email = app.Unique("nhanvien") + "@htx.vn";

        var added = await (await owner.PostAsJsonAsync($"/api/v1/producers/{producer.Id}/accounts", NewAccount(email))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(producer.Id, added.GetProperty("producerId").GetInt32());

        var staff = await app.LoginAsync(email, OcopApp.Password);
        var product = await staff.ListProductAsync(app);
        Assert.Equal(producer.Id, await app.WithDb(db => db.Products.Where(p => p.Id == product).Select(p => p.ProducerId).SingleAsync()));
        Assert.Equal(1, await app.WithDb(db => db.AuditLog.CountAsync(a => a.Action == "producer.account_added" && a.EntityType == "producer" && a.EntityId == producer.Id.ToString())));
        var page = await owner.GetStringAsync("/ban-hang/gian-hang");
        Assert.Contains(email, page);
    }

    [Fact]
    public async Task AnOfficerOfTheProvince_MayAddOne_NoOneElseMay()
    {
        var (producer, _) = await app.VerifiedProducerAsync("04168", "14");
        var (_, otherOwner) = await app.VerifiedProducerAsync("04168", "14");
        var sonLa = await app.LoginAsNewAsync(Roles.Province, "14");
        var haTinh = await app.LoginAsNewAsync(Roles.Province, "42");
        var buyer = await app.LoginAsNewAsync(Roles.Buyer);
        var url = $"/api/v1/producers/{producer.Id}/accounts";

        await (await sonLa.PostAsJsonAsync(url, NewAccount())).JsonAsync(HttpStatusCode.Created);
        foreach (var refused in new[] { haTinh, buyer, otherOwner })
            await (await refused.PostAsJsonAsync(url, NewAccount())).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsJsonAsync(url, NewAccount())).StatusCode);
        await (await sonLa.PostAsJsonAsync("/api/v1/producers/987654/accounts", NewAccount())).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(2, await app.WithDb(db => db.Users.CountAsync(u => u.ProducerId == producer.Id)));
    }

    [Theory]
    [InlineData("email taken", "email")]
    [InlineData("weak password", "password")]
    [InlineData("bad email", "email")]
    public async Task BadAccount_IsRefusedOnItsField_AndCreatesNothing(string why, string field)
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var taken = app.Unique("trung") + "@htx.vn";
        await (await owner.PostAsJsonAsync($"/api/v1/producers/{producer.Id}/accounts", NewAccount(taken))).JsonAsync(HttpStatusCode.Created);
        var body = why switch
        {
            "email taken" => NewAccount(taken),
            "weak password" => NewAccount(password: "abc"),
            _ => NewAccount(email: "khong-phai-email"),
        };

        await (await owner.PostAsJsonAsync($"/api/v1/producers/{producer.Id}/accounts", body)).AssertProblemAsync(HttpStatusCode.BadRequest, field);

        Assert.Equal(2, await app.WithDb(db => db.Users.CountAsync(u => u.ProducerId == producer.Id))); // the owner and the first added
    }
}

[Collection(SqliteCollection.Name)] public sealed class ProducerAccountsSqliteTests(SqliteApp app) : ProducerAccountsTests(app);
[Collection(PostgresCollection.Name)] public sealed class ProducerAccountsPostgresTests(PostgresApp app) : ProducerAccountsTests(app);
