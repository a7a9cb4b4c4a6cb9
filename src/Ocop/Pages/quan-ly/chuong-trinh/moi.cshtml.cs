using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Programme;

namespace Ocop.Pages;

/// <summary>Schedules a training session, of an existing course or of a new one created in the same step.</summary>
public sealed class NewTrainingSessionModel(CurrentUser me, TrainingCommands commands, ProgrammeQueries queries, GeographyDirectory geo, TimeProvider clock)
    : OfficerPageModel(me)
{
    public sealed class SessionInput
    {
        public int? CourseId { get; set; }
        public string? Title { get; set; }
        public TrainingTopic? Topic { get; set; }
        public string? ProvinceCode { get; set; }
        public string? CommuneCode { get; set; }
        public bool Online { get; set; }
        public string? StartsOn { get; set; }
        public string? EndsOn { get; set; }
        public string? Trainer { get; set; }
    }

    [BindProperty] public SessionInput Input { get; set; } = new();
    public IReadOnlyList<TrainingCourse> Courses { get; private set; } = [];

    public IEnumerable<SelectListItem> CourseItems => Courses.Select(c => new SelectListItem($"{c.Title} ({L[TrainingLabels.Of(c.Topic)]})", c.Id.ToString()));
    public IEnumerable<SelectListItem> Topics => Enum.GetValues<TrainingTopic>().Select(t => new SelectListItem(L[TrainingLabels.Of(t)], t.ToString()));
    public IEnumerable<SelectListItem> Provinces => geo.Provinces.Select(p => new SelectListItem(p.Name, p.Code));
    public IEnumerable<SelectListItem> Communes => geo.Communes(Input.ProvinceCode ?? Me.ProvinceCode ?? "").Select(c => new SelectListItem(c.Name, c.Code));

    public async Task<IActionResult> OnGetAsync()
    {
        if (!commands.CanManage(Me.ProvinceCode) && !Me.IsNational) return Forbid();
        Input.ProvinceCode ??= Me.ProvinceCode;
        Input.StartsOn ??= Ui.IsoDate(VietnamTime.Today(clock));
        Courses = await queries.CoursesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var courseId = Input.CourseId;
        if (courseId is null)
        {
            var course = await commands.CreateCourseAsync(new CourseRequest(Input.Title, Input.Topic, Input.ProvinceCode));
            if (!course.Ok) return await RefusedAsync(course.Error!);
            courseId = course.Value!.Id;
        }
        var session = await commands.CreateSessionAsync(new SessionRequest(courseId.Value, Input.CommuneCode, Input.Online,
            Ui.ParseIsoDate(Input.StartsOn), Ui.ParseIsoDate(Input.EndsOn), Input.Trainer));
        if (!session.Ok) return await RefusedAsync(session.Error!);
        return Done($"/quan-ly/chuong-trinh/lop/{session.Value!.Id}", "Đã mở lớp tập huấn.");
    }

    private async Task<IActionResult> RefusedAsync(AppError error)
    {
        AddErrors(error);
        Courses = await queries.CoursesAsync();
        return Page();
    }
}
