using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;

namespace Ocop.Features.Livestream;

public sealed record PinRequest(int? ProductId);
public sealed record RunSheetRequest(string? Text);

/// <summary>Livestream markets under <c>/api/v1/livestreams</c>: sessions, pins, flash deals, the live feed (SSE), figures and reports.</summary>
public static class LivestreamApi
{
    public static IEndpointRouteBuilder MapLivestreamApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/livestreams").WithTags("Livestream");
        g.MapGet("", (LiveQueries q, CancellationToken ct) => q.ListAsync(ct)).WithName("ListLivestreams").WithSummary("Sessions live now, upcoming and past.");
        g.MapPost("", Create).WithName("CreateLivestream").RequireAuthorization()
            .WithSummary("Schedules a session (livestream hosts and OCOP officers); the creator becomes its host.");
        g.MapGet("/{id:int}", Detail).WithName("GetLivestream").WithSummary("A session: stream (embed URL when the platform allows), bag, pinned card, deals.");
        g.MapPut("/{id:int}", Update).WithName("UpdateLivestream").RequireAuthorization().WithSummary("Host edits the session and its bag (before it ends).");
        g.MapPost("/{id:int}/hosting/accept", (int id, SessionCommands c, LiveQueries q, CancellationToken ct) => Run(c.AcceptHostingAsync(id, ct), id, q, ct))
            .WithName("AcceptLivestreamHosting").RequireAuthorization().WithSummary("An invited host accepts; only then does it run the session's console.");
        g.MapPost("/{id:int}/hosting/decline", (int id, SessionCommands c, LiveQueries q, CancellationToken ct) => Run(c.DeclineHostingAsync(id, ct), id, q, ct))
            .WithName("DeclineLivestreamHosting").RequireAuthorization().WithSummary("An invited (or accepted) host declines or leaves the session.");
        g.MapPost("/{id:int}/start", (int id, SessionCommands c, LiveQueries q, CancellationToken ct) => Run(c.StartAsync(id, ct), id, q, ct))
            .WithName("StartLivestream").RequireAuthorization().WithSummary("Host goes live (scheduled → live).");
        g.MapPost("/{id:int}/end", (int id, SessionCommands c, LiveQueries q, CancellationToken ct) => Run(c.EndAsync(id, ct), id, q, ct))
            .WithName("EndLivestream").RequireAuthorization().WithSummary("Host ends the session (live → ended); open deals end with it.");
        g.MapPost("/{id:int}/pin", (int id, PinRequest body, SessionCommands c, LiveQueries q, CancellationToken ct) => Run(c.PinAsync(id, body.ProductId ?? 0, ct), id, q, ct))
            .WithName("PinLivestreamProduct").RequireAuthorization().WithSummary("Host pins a product of the bag; every viewer's page shows its card (feed event `pin`).");
        g.MapPost("/{id:int}/unpin", (int id, SessionCommands c, LiveQueries q, CancellationToken ct) => Run(c.UnpinAsync(id, ct), id, q, ct))
            .WithName("UnpinLivestreamProduct").RequireAuthorization().WithSummary("Host removes the pinned card (feed event `unpin`).");
        g.MapPost("/{id:int}/deals", CreateDeal).WithName("CreateFlashDeal").RequireAuthorization()
            .WithSummary("Host starts (or plans) a flash deal: price below normal, quota within stock, per-buyer limit, countdown 10–300 s, duration 1–20 min. Buy it with POST /api/v1/orders and items[].dealId.");
        g.MapPost("/{id:int}/deals/{dealId}/start", (int id, string dealId, FlashDeals d, CancellationToken ct) => DealResult(d.StartAsync(id, dealId, ct)))
            .WithName("StartFlashDeal").RequireAuthorization().WithSummary("Host starts a planned deal (countdown first).");
        g.MapPost("/{id:int}/deals/{dealId}/end", (int id, string dealId, FlashDeals d, CancellationToken ct) => DealResult(d.EndAsync(id, dealId, ct)))
            .WithName("EndFlashDeal").RequireAuthorization().WithSummary("Host ends a deal early (feed event `deal-ended`).");
        g.MapGet("/{id:int}/events", LiveEvents.StreamAsync).WithName("LivestreamEvents")
            .WithSummary("Server-Sent Events: state, pin, unpin, deal-started, deal-ended, order (buyer masked), counters, status; resumes after Last-Event-ID.");
        g.MapGet("/{id:int}/figures", Figures).WithName("LivestreamFigures").RequireAuthorization()
            .WithSummary("Host's live figures: viewers now/peak/unique, orders, items, revenue placed and paid, per product and deal.");
        g.MapPut("/{id:int}/platform-figures", PlatformFigures).WithName("SaveLivestreamPlatformFigures").RequireAuthorization()
            .WithSummary("The organiser enters the platform's own figures (reach, views, viewers, interactions).");
        g.MapPost("/{id:int}/platform-figures/csv", ImportCsv).WithName("ImportLivestreamPlatformCsv").RequireAuthorization().DisableAntiforgery()
            .WithSummary("Imports the platform figures from a CSV export (text/csv body: metric,value rows).");
        g.MapGet("/{id:int}/run-sheet", RunSheet).WithName("GetLivestreamRunSheet").RequireAuthorization().WithSummary("The run-sheet (kịch bản) as text: edited, or generated from the bag."); // vi-only: English API summary
        g.MapPut("/{id:int}/run-sheet", SaveRunSheet).WithName("SaveLivestreamRunSheet").RequireAuthorization().WithSummary("Host saves an edited run-sheet (empty = generate again).");
        var consents = app.MapGroup("/api/v1").WithTags("Livestream").RequireAuthorization();
        consents.MapGet("/livestream-consents", (LiveConsents c, CancellationToken ct) => c.MineAsync(ct)).WithName("MyLivestreamConsents")
            .WithSummary("The signed-in producer's products with their livestream consent and deal floor.");
        consents.MapGet("/livestream-invitations", (LiveAccess a, CancellationToken ct) => a.InvitationsAsync(ct)).WithName("MyLivestreamInvitations")
            .WithSummary("Sessions not yet ended that the signed-in account was invited to host (accepted or not); accept or decline under /livestreams/{id}/hosting.");
        consents.MapPut("/products/{id:int}/livestream-consent", GrantConsent).WithName("GrantLivestreamConsent")
            .WithSummary("The producer (or an officer of its province) consents to livestream sales of a product, with the lowest deal price (floorPrice, in VND).");
        consents.MapDelete("/products/{id:int}/livestream-consent", WithdrawConsent).WithName("WithdrawLivestreamConsent")
            .WithSummary("Withdraws the consent: the product enters no new bag or deal.");
        return app;
    }

    private static async Task<Results<Ok<ConsentInput>, ProblemHttpResult>> GrantConsent(int id, ConsentInput input, LiveConsents c, CancellationToken ct)
    {
        var r = await c.GrantAsync(id, input, ct);
        return r.Ok ? TypedResults.Ok(new ConsentInput(r.Value!.FloorPrice)) : r.Error!.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> WithdrawConsent(int id, LiveConsents c, CancellationToken ct)
    {
        var r = await c.WithdrawAsync(id, ct);
        return r.Ok ? TypedResults.NoContent() : r.Error!.ToProblem();
    }

    private static async Task<Results<Created<LiveSessionDto>, ProblemHttpResult>> Create(SessionInput input, SessionCommands c, LiveQueries q, CancellationToken ct)
    {
        var r = await c.CreateAsync(input, ct);
        return r.Ok ? TypedResults.Created($"/api/v1/livestreams/{r.Value!.Id}", await q.DetailAsync(r.Value.Id, ct)) : r.Error!.ToProblem();
    }

    private static async Task<Results<Ok<LiveSessionDto>, ProblemHttpResult>> Detail(int id, LiveQueries q, CancellationToken ct) =>
        await q.DetailAsync(id, ct) is { } s ? TypedResults.Ok(s) : LiveAccess.NotFound(id).ToProblem();

    private static Task<Results<Ok<LiveSessionDto>, ProblemHttpResult>> Update(int id, SessionInput input, SessionCommands c, LiveQueries q, CancellationToken ct) =>
        Run(c.UpdateAsync(id, input, ct), id, q, ct);

    private static async Task<Results<Ok<LiveSessionDto>, ProblemHttpResult>> Run(Task<Result<LiveSession>> command, int id, LiveQueries q, CancellationToken ct)
    {
        var r = await command;
        return r.Ok ? TypedResults.Ok((await q.DetailAsync(id, ct))!) : r.Error!.ToProblem();
    }

    private static async Task<Results<Created<DealDto>, ProblemHttpResult>> CreateDeal(int id, DealInput input, FlashDeals d, CancellationToken ct)
    {
        var r = await d.CreateAsync(id, input, ct);
        return r.Ok ? TypedResults.Created($"/api/v1/livestreams/{id}", DealDto.From(r.Value!)) : r.Error!.ToProblem();
    }

    private static async Task<Results<Ok<DealDto>, ProblemHttpResult>> DealResult(Task<Result<FlashDeal>> command)
    {
        var r = await command;
        return r.Ok ? TypedResults.Ok(DealDto.From(r.Value!)) : r.Error!.ToProblem();
    }

    private static async Task<Results<Ok<LiveFiguresDto>, ProblemHttpResult>> Figures(int id, LiveAccess access, LiveFigures figures, CancellationToken ct)
    {
        var hosted = await access.HostedAsync(id, ct);
        return hosted.Ok ? TypedResults.Ok(await figures.FiguresAsync(id, ct)) : hosted.Error!.ToProblem();
    }

    private static async Task<Results<Ok<PlatformFiguresInput>, ProblemHttpResult>> PlatformFigures(int id, PlatformFiguresInput input, SessionCommands c, CancellationToken ct)
    {
        var r = await c.SavePlatformFiguresAsync(id, input, ct);
        return r.Ok ? TypedResults.Ok(PlatformCsv.Figures(r.Value!)) : r.Error!.ToProblem();
    }

    private static async Task<Results<Ok<PlatformFiguresInput>, ProblemHttpResult>> ImportCsv(int id, HttpRequest request, SessionCommands c, LiveAccess access, CancellationToken ct)
    {
        // Who may import is decided before the file is read.
        if (await access.HostedAsync(id, ct) is { Ok: false } refused) return refused.Error!.ToProblem();
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(ct);
        var parsed = PlatformCsv.Parse(text);
        if (!parsed.Ok) return parsed.Error!.ToProblem();
        return await PlatformFigures(id, parsed.Value!, c, ct);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> RunSheet(int id, LiveAccess access, RunSheets sheets, CancellationToken ct)
    {
        var hosted = await access.HostedAsync(id, ct);
        return hosted.Ok ? TypedResults.Text(await sheets.TextAsync(hosted.Value!, ct), "text/plain; charset=utf-8") : hosted.Error!.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SaveRunSheet(int id, RunSheetRequest body, SessionCommands c, CancellationToken ct)
    {
        var r = await c.SaveRunSheetAsync(id, body.Text, ct);
        return r.Ok ? TypedResults.NoContent() : r.Error!.ToProblem();
    }
}
