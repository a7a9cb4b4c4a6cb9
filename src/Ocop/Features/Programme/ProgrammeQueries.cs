using Ocop.Features.Identity;

namespace Ocop.Features.Programme;

public sealed record SessionSummary(int Id, int CourseId, string CourseTitle, TrainingTopic Topic, string ProvinceCode, string? CommuneCode,
    DateOnly StartsOn, DateOnly EndsOn, string Trainer, int Attendance);

public sealed record AttendeeView(int Id, string FullName, string Phone, string CommuneCode, DateOnly AttendedOn, int? ProducerId, OnboardingStage Stage);

public sealed record SessionDetail(SessionSummary Session, IReadOnlyList<AttendeeView> Attendees);

/// <summary>Trainings in the officer's scope: sessions with their course and attendance, newest first.</summary>
public sealed class ProgrammeQueries(OcopDb db, CurrentUser me, OnboardingStages stages)
{
    public async Task<Result<IReadOnlyList<SessionSummary>>> SessionsAsync(string? province = null, DateOnly? from = null, DateOnly? to = null, int take = 200)
    {
        if (!me.IsOfficer) return AppError.Forbidden("Chỉ cán bộ quản lý chương trình xem được lớp tập huấn.");
        var scope = me.ProvinceScope;
        if (province is not null && scope is not null && province != scope) return AppError.Forbidden("Bạn chỉ xem được lớp tập huấn của tỉnh mình.");
        var filter = province ?? scope;
        var sessions = db.Set<TrainingSession>().AsNoTracking();
        if (filter is not null) sessions = sessions.Where(s => s.ProvinceCode == filter);
        if (from is not null) sessions = sessions.Where(s => s.StartsOn >= from);
        if (to is not null) sessions = sessions.Where(s => s.StartsOn <= to);
        var list = await Summaries(sessions.OrderByDescending(s => s.StartsOn).ThenByDescending(s => s.Id).Take(take)).ToListAsync();
        return list.OrderByDescending(s => s.StartsOn).ThenByDescending(s => s.Id).ToList();
    }

    public async Task<Result<SessionDetail>> SessionAsync(int id)
    {
        if (!me.IsOfficer) return AppError.Forbidden("Chỉ cán bộ quản lý chương trình xem được lớp tập huấn.");
        var session = await Summaries(db.Set<TrainingSession>().AsNoTracking().Where(s => s.Id == id)).FirstOrDefaultAsync();
        if (session is null) return AppError.NotFound("Không tìm thấy lớp tập huấn.");
        if (me.ProvinceScope is { } scope && scope != session.ProvinceCode) return AppError.Forbidden("Bạn chỉ xem được lớp tập huấn của tỉnh mình.");
        if (!MayOpen(me, session.CommuneCode))
            return AppError.Forbidden("Bạn chỉ xem được lớp tập huấn của xã mình.");
        var rows = await db.Set<TrainingAttendance>().AsNoTracking().Where(a => a.SessionId == id).OrderBy(a => a.FullName).ThenBy(a => a.Id).ToListAsync();
        // Live for one session's attendees (at most a sheet's worth); the funnel page reads the stored stages.
        var live = await stages.ResolveAsync(rows.Select(a => a.Person()).ToList());
        return new SessionDetail(session, rows.Select(a => new AttendeeView(a.Id, a.FullName, a.Phone, a.CommuneCode, a.AttendedOn, a.ProducerId, live[a.Phone].Stage)).ToList());
    }

    public async Task<IReadOnlyList<TrainingCourse>> CoursesAsync()
    {
        var courses = db.Set<TrainingCourse>().AsNoTracking();
        if (me.ProvinceScope is { } scope) courses = courses.Where(c => c.ProvinceCode == null || c.ProvinceCode == scope);
        return await courses.OrderByDescending(c => c.Id).Take(200).ToListAsync();
    }

    private IQueryable<SessionSummary> Summaries(IQueryable<TrainingSession> sessions) =>
        from s in sessions
        join c in db.Set<TrainingCourse>() on s.CourseId equals c.Id
        select new SessionSummary(s.Id, c.Id, c.Title, c.Topic, s.ProvinceCode, s.CommuneCode, s.StartsOn, s.EndsOn, s.Trainer,
            db.Set<TrainingAttendance>().Count(a => a.SessionId == s.Id));

    /// <summary>A commune officer (without a provincial or national role) sees the sessions of the commune only.</summary>
    public static bool MayOpen(CurrentUser me, string? sessionCommune) =>
        me.IsNational || me.IsInRole(Roles.Province) || !me.IsInRole(Roles.Commune) || sessionCommune == me.CommuneCode;
}
