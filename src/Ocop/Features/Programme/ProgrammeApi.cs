using Microsoft.AspNetCore.Http.HttpResults;

namespace Ocop.Features.Programme;

public sealed record AttendanceDto(int Id, int SessionId, string FullName, string CommuneCode, DateOnly AttendedOn, int? ProducerId);

/// <summary>Trainings, attendance, the onboarding funnel and targets: officers only, in their scope.</summary>
public static class ProgrammeApi
{
    public static IEndpointRouteBuilder MapProgrammeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/programme").WithTags("Programme").RequireAuthorization();
        api.MapGet("/sessions", async (ProgrammeQueries q, string? province) => Reply(await q.SessionsAsync(province)))
            .WithName("ListTrainingSessions").WithSummary("Training sessions in the caller's scope with course, place, dates, trainer and attendance count.");
        api.MapGet("/sessions/{id:int}", async (int id, ProgrammeQueries q) => Reply(await q.SessionAsync(id)))
            .WithName("GetTrainingSession").WithSummary("A session with its attendees and each attendee's derived onboarding stage.");
        api.MapPost("/courses", async (CourseRequest r, TrainingCommands c) => Reply(await c.CreateCourseAsync(r), created: true))
            .WithName("CreateTrainingCourse").WithSummary("Create a course (title, topic; national officers may leave the province empty).");
        api.MapPost("/sessions", async (SessionRequest r, TrainingCommands c) => Reply(await c.CreateSessionAsync(r), created: true))
            .WithName("CreateTrainingSession").WithSummary("Schedule a session of a course: commune or online, dates, trainer.");
        api.MapPost("/sessions/{id:int}/attendance", async (int id, AttendanceRequest r, TrainingCommands c) =>
                Reply(await c.RecordAttendanceAsync(id, r), a => new AttendanceDto(a.Id, a.SessionId, a.FullName, a.CommuneCode, a.AttendedOn, a.ProducerId), created: true))
            .WithName("RecordAttendance").WithSummary("Record one attendee (name, phone, commune code, date within the session).");
        api.MapPost("/sessions/{id:int}/attendance/import", Import).WithName("ImportAttendance").DisableAntiforgery()
            .WithSummary("Import a sign-in sheet (body text/csv: ho_ten,so_dien_thoai,ma_xa,ngay); all-or-nothing with every bad row listed.");
        api.MapGet("/funnel", async (FunnelQuery q, string? province) => Reply(await q.RunAsync(province)))
            .WithName("OnboardingFunnel").WithSummary("Trained → storefront opened → VietQR account → product listed → first sale, derived from platform data; per province (national) or commune, with targets and asOf (when producers, products and orders were last caught up).");
        api.MapPost("/funnel/refresh", async (FunnelQuery q) => Reply(await q.RefreshAsync()))
            .WithName("RefreshOnboardingFunnel").WithSummary("Catch the stored funnel up with producers, products and orders now (officers); a background job does it every Programme:FunnelRefreshSeconds.");
        api.MapPut("/targets/{province}", async (string province, TargetRequest r, TrainingCommands c) => Reply(await c.SetTargetAsync(province, r)))
            .WithName("SetProvinceTarget").WithSummary("Set a province's yearly onboarding targets (one number per funnel stage).");
        return app;
    }

    private static async Task<Results<Ok<AttendanceImportSummary>, ProblemHttpResult>> Import(int id, HttpRequest request, ImportAttendance import)
    {
        // Read the body first: the CSV reader is synchronous and the server forbids synchronous reads.
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var result = await import.RunAsync(id, new StringReader(text));
        return result.Ok ? TypedResults.Ok(result.Value!) : result.Error!.ToProblem();
    }

    private static IResult Reply<T>(Result<T> result, bool created = false) => Reply(result, x => x, created);

    private static IResult Reply<T, TDto>(Result<T> result, Func<T, TDto> map, bool created = false) =>
        !result.Ok ? result.Error!.ToProblem() : created ? TypedResults.Created((string?)null, map(result.Value!)) : TypedResults.Ok(map(result.Value!));
}
