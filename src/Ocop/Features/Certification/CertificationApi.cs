using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Identity;

namespace Ocop.Features.Certification;

public sealed record CertificatePage(List<CertificateDto> Items, int Total);
public sealed record CouncilDto(int Id, string Name, int RoundId, string Level, string Status, IReadOnlyList<CouncilMemberDto> Members);
public sealed record CouncilMemberDto(string UserId, string FullName, string Role);
public sealed record RoundDto(int Id, string Name, string Level, string? ProvinceCode, int Year, DateOnly OpensOn, DateOnly ClosesOn, string Status);

public static class CertificationApi
{
    public static IEndpointRouteBuilder MapCertificationApi(this IEndpointRouteBuilder app)
    {
        var certs = app.MapGroup("/api/v1/certificates").WithTags("Certification");
        certs.MapGet("/{number}", GetCertificate).WithName("GetCertificate").WithSummary("Public verification of a certificate; 404 for an unknown number.");
        certs.MapGet("", Registry).WithName("CertificateRegistry").WithSummary("Registry of certificates: province, set, stars, year (issue), status = valid|expired|revoked|all.");
        certs.MapGet("/{number}/qr.svg", (string number, PublicUrls urls) => Results.Text(QrImages.Svg(urls.Absolute($"/xac-minh/{Uri.EscapeDataString(number)}")), "image/svg+xml"))
            .WithName("CertificateQrSvg").WithSummary("QR code (SVG) pointing to the verification page.");
        certs.MapGet("/{number}/qr.png", (string number, PublicUrls urls) => Results.File(QrImages.Png(urls.Absolute($"/xac-minh/{Uri.EscapeDataString(number)}")), "image/png"))
            .WithName("CertificateQrPng").WithSummary("QR code (PNG) pointing to the verification page.");
        certs.MapPost("/{number}/revoke", Revoke).WithName("RevokeCertificate").RequireAuthorization().WithSummary("Revoke with reason and decision number (recognising level).");
        certs.MapGet("/{number}/history", History).WithName("CertificateHistory").RequireAuthorization().WithSummary("Audit history of a certificate (officers).");
        certs.MapPost("/import", Import).WithName("ImportHistoricCertificates").RequireAuthorization().DisableAntiforgery()
            .WithSummary("Import historic certificates from CSV (body text/csv); pre-2025 province codes are mapped to today's units; all-or-nothing with every bad row listed.");

        var rounds = app.MapGroup("/api/v1/rounds").WithTags("Certification").RequireAuthorization();
        rounds.MapGet("", async (CertificationQueries q, string? province) => Reply(await q.VisibleRoundsAsync(province), list => list.Select(ToDto).ToList()))
            .WithName("ListRounds").WithSummary("Evaluation rounds the caller runs, sits in or may submit to (officers of the province, national officers, council members, verified producers).");
        rounds.MapPost("", async (CreateRoundRequest r, RoundCommands c) => Reply(await c.CreateAsync(r), ToDto, created: true))
            .WithName("CreateRound").WithSummary("Open an evaluation round (province: its own; central: 5★ rounds).");
        rounds.MapPost("/{id:int}/close", async (int id, RoundCommands c) => Reply(await c.CloseAsync(id), ToDto))
            .WithName("CloseRound").WithSummary("Close a round to new dossiers.");
        rounds.MapGet("/{id:int}/councils", async (int id, CertificationQueries q) => Reply(await q.VisibleCouncilsAsync(id), list => list.Select(ToDto).ToList()))
            .WithName("ListCouncils").WithSummary("Councils of a round with their members: for those who run the round and the councils' own members.");

        var councils = app.MapGroup("/api/v1/councils").WithTags("Certification").RequireAuthorization();
        councils.MapPost("", async (CreateCouncilRequest r, CouncilCommands c) => Reply(await c.CreateAsync(r), ToDto, created: true))
            .WithName("CreateCouncil").WithSummary("Form a council: chair, secretary, members (council-member accounts of the province).");
        councils.MapPost("/{id:int}/close", async (int id, CouncilCommands c) => Reply(await c.CloseAsync(id), ToDto))
            .WithName("CloseCouncil").WithSummary("The chair closes the session once every member scored every dossier; results are fixed.");

        var dossiers = app.MapGroup("/api/v1/dossiers").WithTags("Certification").RequireAuthorization();
        dossiers.MapGet("", async (CertificationQueries q) => TypedResults.Ok(await q.QueueAsync())).WithName("DossierQueue")
            .WithSummary("Dossiers waiting for the caller (producer: own; commune; province; council member; central).");
        dossiers.MapPost("", async (CreateDossierRequest r, DossierCommands c, CertificationQueries q) => await Detail(await c.CreateAsync(r), q, created: true))
            .WithName("CreateDossier").WithSummary("The producer opens a dossier for a product in an open round of its province.");
        dossiers.MapGet("/{id:int}", async (int id, CertificationQueries q) => Reply(await q.DossierAsync(id), x => x))
            .WithName("GetDossier").WithSummary("Dossier with its sheet, self-assessment, commune check, evidence and (when allowed) members' scores with differences.");
        dossiers.MapPut("/{id:int}/self-assessment", async (int id, List<SelfAssessmentItem> items, DossierCommands c, CertificationQueries q) => await Detail(await c.SelfAssessAsync(id, items), q))
            .WithName("SelfAssess").WithSummary("Self-assessment: one option and a note per criterion.");
        dossiers.MapPost("/{id:int}/evidence", AddEvidence).WithName("AddEvidence").DisableAntiforgery()
            .WithSummary("Evidence file (multipart 'file', optional 'criterionId'): PDF, JPEG, PNG or WebP checked by content; at most 10 MB.");
        dossiers.MapGet("/{id:int}/evidence/{evidenceId:int}", EvidenceFile).WithName("GetEvidenceFile")
            .WithSummary("An evidence file, for those who may read the dossier; never cached by shared caches.");
        dossiers.MapPost("/{id:int}/submit", async (int id, DossierCommands c, CertificationQueries q) => await Detail(await c.SubmitAsync(id), q))
            .WithName("SubmitDossier").WithSummary("Submit to the commune; no more edits.");
        dossiers.MapPost("/{id:int}/commune-check", async (int id, List<CommuneCheckItem> items, DossierCommands c, CertificationQueries q) => await Detail(await c.CommuneCheckAsync(id, items), q))
            .WithName("CommuneCheck").WithSummary("The commune confirms or corrects origin, local labour, idea and cultural identity.");
        dossiers.MapPost("/{id:int}/forward", async (int id, DossierCommands c, CertificationQueries q) => await Detail(await c.ForwardAsync(id), q))
            .WithName("ForwardDossier").WithSummary("The commune forwards the dossier to the province.");
        dossiers.MapPost("/{id:int}/return", async (int id, ReturnRequest r, DossierCommands c, CertificationQueries q) => await Detail(await c.ReturnAsync(id, r.Reason), q))
            .WithName("ReturnDossier").WithSummary("Commune or province returns the dossier with a reason.");
        dossiers.MapPost("/{id:int}/accept", async (int id, AcceptRequest r, DossierCommands c, CertificationQueries q) => await Detail(await c.AcceptAsync(id, r.CouncilId), q))
            .WithName("AcceptDossier").WithSummary("The province finds it complete and assigns a council.");
        dossiers.MapPost("/{id:int}/scores", async (int id, ScoreRequest r, CouncilCommands c, CertificationQueries q) => await Detail((await c.ScoreAsync(id, r)) is { Ok: false } f ? f.Error! : id, q, created: true))
            .WithName("ScoreDossier").WithSummary("A council member's independent score: one option per criterion, every criterion, once.");
        dossiers.MapPost("/{id:int}/assign-central", async (int id, AcceptRequest r, CouncilCommands c, CertificationQueries q) => await Detail(await c.AssignCentralAsync(id, r.CouncilId), q))
            .WithName("AssignCentral").WithSummary("The central office assigns a potential-5★ dossier to a central council.");

        var decisions = app.MapGroup("/api/v1/decisions").WithTags("Certification").RequireAuthorization();
        decisions.MapPost("", async (DecisionRequest r, CertificateCommands c, CurrentUser me, CertificationQueries q) =>
                Reply(await c.RecordDecisionAsync(RecognitionLevel.Province, me.ProvinceCode, r), list => list.Select(q.ToDto).ToList(), created: true))
            .WithName("RecordProvincialDecision").WithSummary("Province records its decision; certificates for 3★/4★ dossiers (never below 50 points, never 5★).");
        decisions.MapPost("/central", async (DecisionRequest r, CertificateCommands c, CertificationQueries q) =>
                Reply(await c.RecordDecisionAsync(RecognitionLevel.Central, null, r), list => list.Select(q.ToDto).ToList(), created: true))
            .WithName("RecordCentralDecision").WithSummary("The central office recognises 5★ after its council.");

        app.MapGet("/api/v1/stats/certification", async (CertificationQueries q, CurrentUser me, string? province) =>
                !me.IsOfficer ? AppError.Forbidden().ToProblem()
                : me.ProvinceScope is { } scope && province is not null && province != scope ? AppError.Forbidden("Bạn chỉ xem được thống kê của tỉnh mình.").ToProblem()
                : (IResult)TypedResults.Ok(await q.StatsAsync(province ?? me.ProvinceScope)))
            .WithTags("Certification").WithName("CertificationStatistics").RequireAuthorization()
            .WithSummary("Valid certificates by stars, set, province; expiring within 90 days; with asOf.");
        return app;
    }

    private static RoundDto ToDto(EvaluationRound r) => new(r.Id, r.Name, r.Level.ToString(), r.ProvinceCode, r.Year, r.OpensOn, r.ClosesOn, r.Status.ToString());
    private static CouncilDto ToDto(Council c) => new(c.Id, c.Name, c.RoundId, c.Level.ToString(), c.Status.ToString(),
        c.Members.Select(m => new CouncilMemberDto(m.UserId, m.FullName, m.Role.ToString())).ToList());

    private static IResult Reply<T, TDto>(Result<T> result, Func<T, TDto> map, bool created = false) =>
        !result.Ok ? result.Error!.ToProblem() : created ? TypedResults.Created((string?)null, map(result.Value!)) : TypedResults.Ok(map(result.Value!));

    private static async Task<IResult> Detail(Result<Dossier> result, CertificationQueries q, bool created = false) =>
        !result.Ok ? result.Error!.ToProblem() : Reply(await q.DossierAsync(result.Value!.Id), x => x, created);

    private static async Task<IResult> Detail(Result<int> result, CertificationQueries q, bool created = false) =>
        !result.Ok ? result.Error!.ToProblem() : Reply(await q.DossierAsync(result.Value), x => x, created);

    private static async Task<Results<Ok<CertificateDto>, ProblemHttpResult>> GetCertificate(string number, CertificationQueries q) =>
        await q.CertificateAsync(number) is { } c ? TypedResults.Ok(c) : AppError.NotFound($"Không có giấy chứng nhận số {number}.").ToProblem();

    private static async Task<Ok<CertificatePage>> Registry(CertificationQueries q, string? province, int? set, int? stars, int? year, string? status = "valid", int page = 1, int pageSize = 50)
    {
        var (items, total) = await q.RegistryAsync(new RegistryFilter(province, set, stars, year, status, page, pageSize));
        return TypedResults.Ok(new CertificatePage(items, total));
    }

    private static async Task<IResult> Revoke(string number, RevokeRequest r, CertificateCommands c, CertificationQueries q) =>
        Reply(await c.RevokeAsync(number, r), q.ToDto);

    /// <summary>Officers whose scope holds the certificate's province (national officers: every certificate).</summary>
    private static async Task<IResult> History(string number, AuditLog audit, CurrentUser me, OcopDb db)
    {
        if (!me.IsOfficer) return AppError.Forbidden().ToProblem();
        var province = await db.Set<Certificate>().Where(c => c.Number == number).Select(c => c.ProvinceCode).FirstOrDefaultAsync();
        if (province is null) return AppError.NotFound("Không tìm thấy giấy chứng nhận.").ToProblem();
        return me.CanActOnProvince(province) ? TypedResults.Ok(await audit.HistoryAsync("certificate", number))
            : AppError.Forbidden("Bạn chỉ xem được lịch sử giấy chứng nhận của tỉnh mình.").ToProblem();
    }

    private static async Task<IResult> EvidenceFile(int id, int evidenceId, CertificationQueries q, MediaStore store, HttpContext http)
    {
        var found = await q.EvidenceAsync(id, evidenceId);
        if (!found.Ok) return found.Error!.ToProblem();
        var path = store.PathOf(found.Value!.MediaHash);
        if (!File.Exists(path)) return AppError.NotFound("Không tìm thấy tệp minh chứng.").ToProblem();
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        // inline, so a PDF or photo opens in the browser; the name as the producer gave it (RFC 5987 for Vietnamese).
        http.Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("inline")
            { FileNameStar = found.Value.FileName }.ToString();
        return Results.File(path, found.Value.ContentType, enableRangeProcessing: false);
    }

    private static async Task<IResult> AddEvidence(int id, IFormFile? file, [FromForm] int? criterionId, DossierCommands c)
    {
        if (file is null) return AppError.Validation("file", "Vui lòng chọn tệp minh chứng.").ToProblem();
        await using var stream = file.OpenReadStream();
        var result = await c.AddEvidenceAsync(id, criterionId, file.FileName, stream);
        return result.Ok
            ? TypedResults.Created(EvidenceView.Of(id, result.Value!).Url, EvidenceView.Of(id, result.Value!))
            : result.Error!.ToProblem();
    }

    private static async Task<IResult> Import(HttpRequest request, ImportHistoricCertificates import)
    {
        // Read the body asynchronously first: the CSV reader is synchronous, and Kestrel refuses synchronous body reads.
        using var body = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var result = await import.RunAsync(new StringReader(await body.ReadToEndAsync(request.HttpContext.RequestAborted)));
        return result.Ok ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }
}
