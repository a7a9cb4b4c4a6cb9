using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Identity;

namespace Ocop.Features.Certification.Rubrics;

public static class RubricsApi
{
    public static IEndpointRouteBuilder MapRubricsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/rubrics").WithTags("Certification").RequireAuthorization();
        // The rubrics are public, as documented: producers read the sheet before they apply.
        api.MapGet("", List).WithName("ListRubricVersions").AllowAnonymous()
            .WithSummary("Rubric versions (e.g. QD148-2023) with the status of each product set's sheet.");
        api.MapGet("/{code}/sheets/{set:int}", Sheet).WithName("GetRubricSheet").AllowAnonymous()
            .WithSummary("The scoring sheet of a product set in a version: part → group → criterion → option, with maxima, points and star gates.");
        api.MapPost("/import", Import).WithName("ImportRubric").DisableAntiforgery()
            .WithSummary("Import a version from files in the reference layout (multipart 'files': sets.csv, set-NN.csv, optional corrections.tsv; fields code, title, legalBasis, effectiveFrom, parts). Admin/central only. 400 lists every defect {file, line, row, message}; 201 returns the Draft version.");
        api.MapPost("/{code}/activate", Activate).WithName("ActivateRubric")
            .WithSummary("Make a version the one used for scoring (admin/central). Refused with every defect when a set is missing or a sheet is unsound.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<RubricVersionDto>>> List(RubricQueries queries) => TypedResults.Ok(await queries.VersionsAsync());

    private static async Task<Results<Ok<RubricSheetDto>, ProblemHttpResult>> Sheet(string code, int set, RubricQueries queries)
    {
        var sheet = await queries.SheetAsync(code, set);
        if (sheet is null) return AppError.NotFound($"Phiên bản {code} không có phiếu của bộ {set}.").ToProblem();
        var tree = RubricTree.From(sheet);
        return TypedResults.Ok(new RubricSheetDto(code, sheet.SetCode, sheet.Title, sheet.Status.ToString(), sheet.Source, sheet.Corrections,
            tree.MaxTotal, tree.Parts.Select(RubricNodeDto.From).ToList()));
    }

    private static async Task<Results<Created<RubricVersionDto>, ProblemHttpResult>> Import(CurrentUser me, ImportRubric import,
        IFormFileCollection files, [FromForm] string? code, [FromForm] string? title, [FromForm] string? legalBasis,
        [FromForm] string? effectiveFrom, [FromForm] string? parts)
    {
        if (!me.IsNational) return AppError.Forbidden().ToProblem();
        var request = await RubricUpload.ReadAsync(files, code, title, legalBasis, effectiveFrom, parts);
        if (!request.Ok) return request.Error!.ToProblem();
        var outcome = await import.RunAsync(request.Value!);
        if (!outcome.Ok) return Problem(outcome);
        return TypedResults.Created($"/api/v1/rubrics/{outcome.Version!.Code}/sheets/1", RubricVersionDto.From(outcome.Version));
    }

    private static async Task<Results<Ok<RubricVersionDto>, ProblemHttpResult>> Activate(string code, CurrentUser me, ActivateRubric activate)
    {
        if (!me.IsNational) return AppError.Forbidden().ToProblem();
        var outcome = await activate.RunAsync(code);
        return outcome.Ok ? TypedResults.Ok(RubricVersionDto.From(outcome.Version!)) : Problem(outcome);
    }

    /// <summary>The problem of a refused import/activation, with every defect as <c>defects: [{file, line, row, message}]</c>.</summary>
    private static ProblemHttpResult Problem(RubricOutcome outcome)
    {
        var problem = outcome.Error!.ToProblem();
        if (outcome.Defects.Count > 0) problem.ProblemDetails.Extensions["defects"] = outcome.Defects;
        return problem;
    }
}
