using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Features.Identity;
using Ocop.Standards.VietQr;

namespace Ocop.Features.Producers;

public sealed record ProducerDto(int Id, string Name, string Slug, string LegalForm, string Status, string? StatusReason,
    string RepresentativeName, string Phone, string? Email, string? AddressLine,
    ProvinceRef Province, CommuneRef Commune, BankAccountDto? BankAccount, string? Tagline, string? Story, string? BannerUrl);
public sealed record ProvinceRef(string Code, string Name);
public sealed record CommuneRef(string Code, string Name);
public sealed record BankAccountDto(string Bin, string? BankName, string AccountNumber, string AccountName);
public sealed record ProducerPage(List<ProducerSummary> Items, int Total);
public sealed record RejectRequest(string? Reason);
/// <summary>An account added to a producer.</summary>
public sealed record ProducerAccountDto(string Id, string Email, string FullName, int ProducerId);

public sealed record CreateProducerRequest(ProducerInput Producer, string? OwnerEmail, string? OwnerPassword);

public static class ProducersApi
{
    public static IEndpointRouteBuilder MapProducersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/producers").WithTags("Producers");
        api.MapGet("", List).WithName("ListProducers")
            .WithSummary("Verified producers; with officer=true, every producer in the caller's scope (filter by status).");
        api.MapGet("/{id:int}", Get).WithName("GetProducer").WithSummary("One producer (verified, or in the caller's scope).");
        api.MapPost("/register", Register).WithName("RegisterProducer").RequireRateLimiting("register")
            .WithSummary("Self-registration: creates the owner account and the producer, pending verification.");
        api.MapPost("", Create).WithName("CreateProducer").RequireAuthorization()
            .WithSummary("An officer registers a producer in their scope (e.g. a farm household), optionally with an owner account.");
        api.MapPut("/{id:int}", Update).WithName("UpdateProducer").RequireAuthorization()
            .WithSummary("The owner or an officer in scope updates the producer, storefront and bank account.");
        api.MapPost("/{id:int}/accounts", AddAccount).WithName("AddProducerAccount").RequireAuthorization()
            .WithSummary("The owner or an officer in scope adds another sign-in (producer role) linked to the producer.");
        api.MapPost("/{id:int}/verify", Verify).WithName("VerifyProducer").RequireAuthorization()
            .WithSummary("Provincial officer verifies a producer in their province.");
        api.MapPost("/{id:int}/reject", Reject).WithName("RejectProducer").RequireAuthorization()
            .WithSummary("Provincial officer rejects a producer with a reason.");
        return app;
    }

    public static ProducerDto ToDto(Producer p, Geography.GeographyDirectory geo, bool includePrivate) => new(
        p.Id, p.Name, p.Slug, p.LegalForm.ToString(), p.Status.ToString(), includePrivate ? p.StatusReason : null,
        p.RepresentativeName, p.Phone, includePrivate ? p.Email : null, p.AddressLine,
        new ProvinceRef(p.ProvinceCode, geo.Province(p.ProvinceCode)?.Name ?? ""),
        new CommuneRef(p.CommuneCode, geo.Commune(p.CommuneCode)?.Name ?? ""),
        p.HasPaymentAccount ? new BankAccountDto(p.BankBin!, Banks.FindByBin(p.BankBin)?.ShortName, p.BankAccountNumber!, p.BankAccountName!) : null,
        p.Tagline, p.Story, p.BannerHash is null ? null : $"/media/{p.BannerHash}");

    private static async Task<Results<Ok<ProducerPage>, ProblemHttpResult>> List(ProducerQueries queries, CurrentUser me,
        string? q, string? province, ProducerStatus? status, LegalForm? legalForm, bool officer = false, int page = 1, int pageSize = 50)
    {
        if (officer && !me.IsOfficer) return AppError.Forbidden().ToProblem();
        var (items, total) = await queries.ListAsync(new ProducerFilter(q, province, status, legalForm, page, pageSize), officer);
        return TypedResults.Ok(new ProducerPage(items, total));
    }

    private static async Task<Results<Ok<ProducerDto>, ProblemHttpResult>> Get(int id, ProducerQueries queries, CurrentUser me, Geography.GeographyDirectory geo)
    {
        var p = await queries.VisibleAsync(id);
        if (p is null) return AppError.NotFound("Không tìm thấy chủ thể.").ToProblem();
        return TypedResults.Ok(ToDto(p, geo, me.ProducerId == id || me.CanActOnCommune(p.CommuneCode, p.ProvinceCode)));
    }

    private static async Task<Results<Created<ProducerDto>, ProblemHttpResult>> Register(RegisterProducerRequest request, ProducerCommands commands, Geography.GeographyDirectory geo)
    {
        if (request.Producer is null) return AppError.Validation("producer", "Thiếu thông tin chủ thể.").ToProblem();
        var result = await commands.RegisterAsync(request);
        return result.Ok ? TypedResults.Created($"/api/v1/producers/{result.Value!.Id}", ToDto(result.Value, geo, true)) : result.Error!.ToProblem();
    }

    private static async Task<Results<Created<ProducerDto>, ProblemHttpResult>> Create(CreateProducerRequest request, ProducerCommands commands, Geography.GeographyDirectory geo)
    {
        if (request.Producer is null) return AppError.Validation("producer", "Thiếu thông tin chủ thể.").ToProblem();
        var result = await commands.CreateByOfficerAsync(request.Producer, request.OwnerEmail, request.OwnerPassword);
        return result.Ok ? TypedResults.Created($"/api/v1/producers/{result.Value!.Id}", ToDto(result.Value, geo, true)) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<ProducerDto>, ProblemHttpResult>> Update(int id, ProducerInput input, ProducerCommands commands, Geography.GeographyDirectory geo) =>
        Reply(await commands.UpdateAsync(id, input), geo);

    private static async Task<Results<Ok<ProducerDto>, ProblemHttpResult>> Verify(int id, ProducerCommands commands, Geography.GeographyDirectory geo) =>
        Reply(await commands.VerifyAsync(id), geo);

    private static async Task<Results<Ok<ProducerDto>, ProblemHttpResult>> Reject(int id, RejectRequest request, ProducerCommands commands, Geography.GeographyDirectory geo) =>
        Reply(await commands.RejectAsync(id, request.Reason), geo);

    private static async Task<Results<Created<ProducerAccountDto>, ProblemHttpResult>> AddAccount(int id, RegisterAccountRequest request, ProducerCommands commands)
    {
        var result = await commands.AddAccountAsync(id, request);
        return result.Ok
            ? TypedResults.Created($"/api/v1/users/{result.Value!.Id}", new ProducerAccountDto(result.Value.Id, result.Value.Email!, result.Value.FullName, id))
            : result.Error!.ToProblem();
    }

    private static Results<Ok<ProducerDto>, ProblemHttpResult> Reply(Result<Producer> result, Geography.GeographyDirectory geo) =>
        result.Ok ? TypedResults.Ok(ToDto(result.Value!, geo, true)) : result.Error!.ToProblem();
}
