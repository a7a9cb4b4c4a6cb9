using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Features.Geography;

namespace Ocop.Features.Matching;

public sealed record ContactRequest(string? Message);
public sealed record MessageRequest(string? Text);
public sealed record DeclineRequest(string? Reason);

/// <summary>Supply–demand connection under <c>/api/v1/matching</c>: buyers, the board, posts, matches, deals, statistics.</summary>
public static class MatchingApi
{
    public static IEndpointRouteBuilder MapMatchingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/matching").WithTags("Matching");

        api.MapGet("/organisations/me", MyOrganisation).WithName("MyBuyerOrganisation").RequireAuthorization()
            .WithSummary("The signed-in B2B buyer's organisation and its verification status.");
        api.MapPost("/organisations", SubmitOrganisation).WithName("SubmitBuyerOrganisation").RequireAuthorization()
            .WithSummary("A b2b user submits (or resubmits) its organisation: name, tax code, address, contact. Pending until verified.");
        api.MapGet("/organisations", Organisations).WithName("ListBuyerOrganisations").RequireAuthorization()
            .WithSummary("Buyer organisations for an administrator (all) or a provincial officer (their province), optionally one status.");
        api.MapPost("/organisations/{id:int}/verify", (int id, BuyerOrganisations c, GeographyDirectory geo, CancellationToken ct) => ReplyAsync(c.VerifyAsync(id, ct), geo))
            .WithName("VerifyBuyerOrganisation").RequireAuthorization().WithSummary("An administrator or the provincial officer verifies a buyer organisation.");
        api.MapPost("/organisations/{id:int}/reject", (int id, DeclineRequest r, BuyerOrganisations c, GeographyDirectory geo, CancellationToken ct) => ReplyAsync(c.RejectAsync(id, r.Reason, ct), geo))
            .WithName("RejectBuyerOrganisation").RequireAuthorization().WithSummary("An administrator or the provincial officer rejects a buyer organisation with a reason.");

        api.MapGet("/demands", (MatchingQueries q, [AsParameters] BoardQuery f, CancellationToken ct) => q.DemandBoardAsync(f.ToFilter(), ct))
            .WithName("DemandBoard").WithSummary("Open demands of verified buyers, newest first; filters q (without diacritics too), set, group, province (delivery), standard.");
        api.MapPost("/demands", CreateDemand).WithName("CreateDemand").RequireAuthorization()
            .WithSummary("A verified buyer posts a demand; it is matched against open offers at once.");
        api.MapGet("/demands/mine", (MatchingQueries q, CancellationToken ct) => q.MyDemandsAsync(ct)).WithName("MyDemands").RequireAuthorization()
            .WithSummary("The signed-in buyer's demands, open and closed.");
        api.MapGet("/demands/{id:int}", GetDemand).WithName("GetDemand")
            .WithSummary("One demand; contact details only for signed-in verified buyers, verified producers and officers.");
        api.MapPut("/demands/{id:int}", UpdateDemand).WithName("UpdateDemand").RequireAuthorization().WithSummary("The owner changes a demand; it is matched again.");
        api.MapPost("/demands/{id:int}/close", CloseDemand).WithName("CloseDemand").RequireAuthorization().WithSummary("The owner closes a demand; its matches are dropped.");
        api.MapGet("/demands/{id:int}/contact", async (int id, MatchingQueries q, CancellationToken ct) => Reply(await q.DemandContactAsync(id, ct)))
            .WithName("GetDemandContact").RequireAuthorization().WithSummary("The buyer's contact: 401 signed out, 403 unless a verified party.");
        api.MapGet("/demands/{id:int}/matches", async (int id, MatchingQueries q, CancellationToken ct) => Reply(await q.DemandMatchesAsync(id, ct)))
            .WithName("DemandMatches").RequireAuthorization().WithSummary("The demand's ranked offers with score and reasons (owner or officer).");

        api.MapGet("/offers", (MatchingQueries q, [AsParameters] BoardQuery f, CancellationToken ct) => q.OfferBoardAsync(f.ToFilter(), ct))
            .WithName("OfferBoard").WithSummary("Open offers of verified producers, newest first; filters q, set, group, province (producer), standard.");
        api.MapPost("/offers", CreateOffer).WithName("CreateOffer").RequireAuthorization()
            .WithSummary("A verified producer posts a supply offer; it is matched against open demands at once.");
        api.MapGet("/offers/mine", (MatchingQueries q, CancellationToken ct) => q.MyOffersAsync(ct)).WithName("MyOffers").RequireAuthorization()
            .WithSummary("The signed-in producer's offers, open and closed.");
        api.MapGet("/offers/{id:int}", GetOffer).WithName("GetOffer")
            .WithSummary("One offer; contact details only for signed-in verified buyers, verified producers and officers.");
        api.MapPut("/offers/{id:int}", UpdateOffer).WithName("UpdateOffer").RequireAuthorization().WithSummary("The owner changes an offer; it is matched again.");
        api.MapPost("/offers/{id:int}/close", CloseOffer).WithName("CloseOffer").RequireAuthorization().WithSummary("The owner closes an offer; its matches are dropped.");
        api.MapGet("/offers/{id:int}/contact", async (int id, MatchingQueries q, CancellationToken ct) => Reply(await q.OfferContactAsync(id, ct)))
            .WithName("GetOfferContact").RequireAuthorization().WithSummary("The producer's contact: 401 signed out, 403 unless a verified party.");
        api.MapGet("/offers/{id:int}/matches", async (int id, MatchingQueries q, CancellationToken ct) => Reply(await q.OfferMatchesAsync(id, ct)))
            .WithName("OfferMatches").RequireAuthorization().WithSummary("The offer's ranked demands with score and reasons (owner or officer).");

        api.MapPost("/matches/{id:long}/contact", Contact).WithName("ContactOnMatch").RequireAuthorization()
            .WithSummary("The buyer or the producer of a match opens a deal (contacted), optionally with a first message.");
        api.MapGet("/deals", (MatchingQueries q, CancellationToken ct) => q.MyDealsAsync(ct)).WithName("MyDeals").RequireAuthorization()
            .WithSummary("The signed-in party's deals, latest activity first.");
        api.MapGet("/deals/{id:int}", async (int id, MatchingQueries q, CancellationToken ct) => Reply(await q.DealAsync(id, ct)))
            .WithName("GetDeal").RequireAuthorization().WithSummary("A deal with both contacts and the conversation (the two parties only).");
        api.MapPost("/deals/{id:int}/messages", (int id, MessageRequest r, DealCommands c, MatchingQueries q, CancellationToken ct) => DealReplyAsync(c.MessageAsync(id, r.Text, ct), q, ct))
            .WithName("PostDealMessage").RequireAuthorization().WithSummary("A plain-text message; the other side's first reply moves the deal to negotiating.");
        api.MapPost("/deals/{id:int}/agree", (int id, DealTerms terms, DealCommands c, MatchingQueries q, CancellationToken ct) => DealReplyAsync(c.AgreeAsync(id, terms, ct), q, ct))
            .WithName("AgreeDeal").RequireAuthorization().WithSummary("Records the agreed volume, unit price and period (negotiating → agreed).");
        api.MapPost("/deals/{id:int}/close", (int id, DealCommands c, MatchingQueries q, CancellationToken ct) => DealReplyAsync(c.CloseAsync(id, ct), q, ct))
            .WithName("CloseDeal").RequireAuthorization().WithSummary("Closes a fulfilled agreed deal (agreed → closed).");
        api.MapPost("/deals/{id:int}/decline", (int id, DeclineRequest r, DealCommands c, MatchingQueries q, CancellationToken ct) => DealReplyAsync(c.DeclineAsync(id, r.Reason, ct), q, ct))
            .WithName("DeclineDeal").RequireAuthorization().WithSummary("Declines a deal before agreement, with a reason.");

        api.MapGet("/stats", (MatchingQueries q, CancellationToken ct) => q.StatsAsync(ct)).WithName("MatchingStats")
            .WithSummary("Agreed deals (count and value in đồng) by the producer's province and the product set, with their as-of time."); // vi-only: English API summary
        return app;
    }

    public static OrganisationDto ToDto(BuyerOrganisation o, GeographyDirectory geo) => new(o.Id, o.Name, o.TaxCode, o.AddressLine,
        new PlaceRef(o.ProvinceCode, geo.Province(o.ProvinceCode)?.Name ?? ""), o.ContactName, o.ContactPhone, o.ContactEmail, o.Status,
        BuyerOrganisation.Label(o.Status), o.StatusReason, o.CreatedAt);

    private static async Task<Results<Ok<OrganisationDto>, NotFound>> MyOrganisation(MatchingAccess access, GeographyDirectory geo, CancellationToken ct) =>
        await access.OrganisationAsync(ct) is { } o ? TypedResults.Ok(ToDto(o, geo)) : TypedResults.NotFound();

    private static Task<Results<Ok<OrganisationDto>, ProblemHttpResult>> SubmitOrganisation(OrganisationInput input, BuyerOrganisations c, GeographyDirectory geo, CancellationToken ct) =>
        ReplyAsync(c.SubmitAsync(input, ct), geo);

    private static async Task<Results<Ok<List<OrganisationDto>>, ProblemHttpResult>> Organisations(OrganisationStatus? status, BuyerOrganisations c, GeographyDirectory geo, CancellationToken ct)
    {
        var result = await c.ForOfficerAsync(status, ct);
        return result.Ok ? TypedResults.Ok(result.Value!.Select(o => ToDto(o, geo)).ToList()) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<OrganisationDto>, ProblemHttpResult>> ReplyAsync(Task<Result<BuyerOrganisation>> work, GeographyDirectory geo)
    {
        var result = await work;
        return result.Ok ? TypedResults.Ok(ToDto(result.Value!, geo)) : result.Error!.ToProblem();
    }

    private static async Task<Results<Created<DemandDetail>, ProblemHttpResult>> CreateDemand(DemandInput input, DemandCommands c, MatchingQueries q, CancellationToken ct)
    {
        var result = await c.CreateAsync(input, ct);
        return result.Ok ? TypedResults.Created($"/api/v1/matching/demands/{result.Value!.Id}", (await q.DemandAsync(result.Value.Id, ct))!) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<DemandDetail>, ProblemHttpResult>> UpdateDemand(int id, DemandInput input, DemandCommands c, MatchingQueries q, CancellationToken ct) =>
        await DemandReplyAsync(await c.UpdateAsync(id, input, ct), q, ct);

    private static async Task<Results<Ok<DemandDetail>, ProblemHttpResult>> CloseDemand(int id, DemandCommands c, MatchingQueries q, CancellationToken ct) =>
        await DemandReplyAsync(await c.CloseAsync(id, ct), q, ct);

    private static async Task<Results<Ok<DemandDetail>, ProblemHttpResult>> DemandReplyAsync(Result<DemandPost> result, MatchingQueries q, CancellationToken ct) =>
        result.Ok ? TypedResults.Ok((await q.DemandAsync(result.Value!.Id, ct))!) : result.Error!.ToProblem();

    private static async Task<Results<Ok<DemandDetail>, ProblemHttpResult>> GetDemand(int id, MatchingQueries q, CancellationToken ct) =>
        await q.DemandAsync(id, ct) is { } d ? TypedResults.Ok(d) : AppError.NotFound("Không tìm thấy nhu cầu.").ToProblem();

    private static async Task<Results<Created<OfferDetail>, ProblemHttpResult>> CreateOffer(OfferInput input, OfferCommands c, MatchingQueries q, CancellationToken ct)
    {
        var result = await c.CreateAsync(input, ct);
        return result.Ok ? TypedResults.Created($"/api/v1/matching/offers/{result.Value!.Id}", (await q.OfferAsync(result.Value.Id, ct))!) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<OfferDetail>, ProblemHttpResult>> UpdateOffer(int id, OfferInput input, OfferCommands c, MatchingQueries q, CancellationToken ct) =>
        await OfferReplyAsync(await c.UpdateAsync(id, input, ct), q, ct);

    private static async Task<Results<Ok<OfferDetail>, ProblemHttpResult>> CloseOffer(int id, OfferCommands c, MatchingQueries q, CancellationToken ct) =>
        await OfferReplyAsync(await c.CloseAsync(id, ct), q, ct);

    private static async Task<Results<Ok<OfferDetail>, ProblemHttpResult>> OfferReplyAsync(Result<SupplyOffer> result, MatchingQueries q, CancellationToken ct) =>
        result.Ok ? TypedResults.Ok((await q.OfferAsync(result.Value!.Id, ct))!) : result.Error!.ToProblem();

    private static async Task<Results<Ok<OfferDetail>, ProblemHttpResult>> GetOffer(int id, MatchingQueries q, CancellationToken ct) =>
        await q.OfferAsync(id, ct) is { } o ? TypedResults.Ok(o) : AppError.NotFound("Không tìm thấy chào bán.").ToProblem();

    private static async Task<Results<Created<DealDto>, ProblemHttpResult>> Contact(long id, ContactRequest? r, DealCommands c, MatchingQueries q, CancellationToken ct)
    {
        var result = await c.ContactAsync(id, r?.Message, ct);
        return result.Ok ? TypedResults.Created($"/api/v1/matching/deals/{result.Value!.Id}", (await q.DealAsync(result.Value.Id, ct)).Value!) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<DealDto>, ProblemHttpResult>> DealReplyAsync(Task<Result<Deal>> work, MatchingQueries q, CancellationToken ct)
    {
        var result = await work;
        return result.Ok ? TypedResults.Ok((await q.DealAsync(result.Value!.Id, ct)).Value!) : result.Error!.ToProblem();
    }

    private static Results<Ok<T>, ProblemHttpResult> Reply<T>(Result<T> result) => result.Ok ? TypedResults.Ok(result.Value!) : result.Error!.ToProblem();
}

/// <summary>The board's query string.</summary>
public sealed record BoardQuery(string? Q, int? Set, int? Group, string? Province, StandardMark? Standard, int? Page, int? PageSize)
{
    public BoardFilter ToFilter() => new(Q, Set, Group, Province, Standard, Page ?? 1, PageSize ?? 20);
}
