using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Features.Programme;

public sealed record CourseRequest(string? Title, TrainingTopic? Topic, string? ProvinceCode);
public sealed record SessionRequest(int CourseId, string? CommuneCode, bool Online, DateOnly? StartsOn, DateOnly? EndsOn, string? Trainer);
public sealed record AttendanceRequest(string? FullName, string? Phone, string? CommuneCode, DateOnly? AttendedOn);
public sealed record TargetRequest(int Year, int Trained, int Storefronts, int PaymentAccounts, int ListedProducers, int Selling);

/// <summary>
/// Courses, sessions, attendance and targets. National officers act everywhere; a provincial officer
/// in their province. Commune officers read. Every write is audited in the same save.
/// </summary>
public sealed class TrainingCommands(OcopDb db, GeographyDirectory geo, CurrentUser me, FunnelRefresh funnel, AuditLog audit, TimeProvider clock)
{
    /// <summary>Sessions may be recorded up to two years back; nothing in the future.</summary>
    public const int YearsBack = 2;

    public bool CanManage(string? provinceCode) => me.IsNational || (me.IsInRole(Roles.Province) && provinceCode is not null && me.ProvinceCode == provinceCode);

    public async Task<Result<TrainingCourse>> CreateCourseAsync(CourseRequest r)
    {
        var province = me.IsNational ? (string.IsNullOrWhiteSpace(r.ProvinceCode) ? null : r.ProvinceCode) : me.ProvinceCode;
        if (!me.IsNational && !CanManage(province)) return AppError.Forbidden("Chỉ cán bộ tỉnh hoặc trung ương tạo khoá tập huấn.");
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(r.Title) && r.Title.Trim().Length <= 200 && !Html.ContainsMarkup(r.Title), "title", "Tên khoá tập huấn từ 1 đến 200 ký tự, không chứa mã HTML.");
        v.Require(r.Topic is not null && Enum.IsDefined(r.Topic.Value), "topic", "Chọn chủ đề.");
        v.Require(province is null || geo.Province(province) is not null, "provinceCode", "Tỉnh/thành không có trong danh mục.");
        if (v.HasErrors) return v.ToError();
        var course = new TrainingCourse { Title = r.Title!.Trim(), Topic = r.Topic!.Value, ProvinceCode = province, CreatedAt = clock.UtcNow() };
        db.Add(course);
        await db.SaveChangesAsync();
        audit.Record("training.course_created", "training_course", course.Id, after: new { course.Title, course.Topic, course.ProvinceCode });
        await db.SaveChangesAsync();
        return course;
    }

    public async Task<Result<TrainingSession>> CreateSessionAsync(SessionRequest r)
    {
        var course = await db.Set<TrainingCourse>().FindAsync(r.CourseId);
        if (course is null) return AppError.NotFound("Không tìm thấy khoá tập huấn.");
        var commune = r.Online ? null : geo.Commune(r.CommuneCode);
        var province = commune?.ProvinceCode ?? course.ProvinceCode ?? me.ProvinceCode;
        var v = new Validation();
        if (!r.Online && commune is null) v.Add("communeCode", "Chọn xã/phường nơi tổ chức, hoặc đánh dấu lớp trực tuyến.");
        if (course.ProvinceCode is not null && commune is not null && commune.ProvinceCode != course.ProvinceCode)
            v.Add("communeCode", "Xã/phường không thuộc tỉnh của khoá tập huấn.");
        if (province is null) v.Add("communeCode", "Lớp trực tuyến của khoá toàn quốc cần xã/phường đăng ký.");
        var today = VietnamTime.Today(clock);
        if (r.StartsOn is null) v.Add("startsOn", "Nhập ngày bắt đầu.");
        else if (r.StartsOn < today.AddYears(-YearsBack) || r.StartsOn > today.AddYears(1)) v.Add("startsOn", $"Ngày bắt đầu phải trong khoảng {YearsBack} năm trước đến một năm tới.");
        var ends = r.EndsOn ?? r.StartsOn;
        if (r.StartsOn is not null && (ends < r.StartsOn || ends > r.StartsOn.Value.AddDays(30))) v.Add("endsOn", "Ngày kết thúc từ ngày bắt đầu đến 30 ngày sau.");
        v.Require(!string.IsNullOrWhiteSpace(r.Trainer) && r.Trainer.Trim().Length <= 120 && !Html.ContainsMarkup(r.Trainer), "trainer", "Nhập giảng viên (tối đa 120 ký tự).");
        if (v.HasErrors) return v.ToError();
        if (!CanManage(province)) return AppError.Forbidden("Bạn chỉ mở lớp trong tỉnh của mình.");
        var session = new TrainingSession
        {
            CourseId = course.Id, ProvinceCode = province!, CommuneCode = commune?.Code, StartsOn = r.StartsOn!.Value, EndsOn = ends!.Value,
            Trainer = r.Trainer!.Trim(), CreatedAt = clock.UtcNow(),
        };
        db.Add(session);
        await db.SaveChangesAsync();
        audit.Record("training.session_created", "training_session", session.Id, after: new { session.CourseId, session.CommuneCode, session.StartsOn, session.EndsOn, session.Trainer });
        await db.SaveChangesAsync();
        return session;
    }

    /// <summary>Records one attendance typed on the page; the same checks as a sign-in sheet row.</summary>
    public async Task<Result<TrainingAttendance>> RecordAttendanceAsync(int sessionId, AttendanceRequest r)
    {
        var session = await db.Set<TrainingSession>().FindAsync(sessionId);
        if (session is null) return AppError.NotFound("Không tìm thấy lớp tập huấn.");
        if (!CanManage(session.ProvinceCode)) return AppError.Forbidden("Bạn chỉ ghi danh cho lớp trong tỉnh của mình.");
        var row = AttendanceRules.Check(session, r, geo, VietnamTime.Today(clock));
        if (row.Errors.Count > 0) return AppError.Validation(row.Errors.ToDictionary(e => e.Field, e => new List<string> { e.Message }));
        var a = row.Attendance!;
        if (await db.Set<TrainingAttendance>().AnyAsync(x => x.SessionId == sessionId && x.Phone == a.Phone))
            return AppError.Validation("phone", "Số điện thoại này đã điểm danh ở lớp này.");
        a.ProducerId = (await ProducersByPhoneAsync([a.Phone])).GetValueOrDefault(a.Phone);
        a.CreatedAt = clock.UtcNow();
        db.Add(a);
        await funnel.TrackAsync([a.Person()]);
        audit.Record("training.attendance_recorded", "training_session", sessionId, after: new { a.FullName, a.CommuneCode, a.AttendedOn, a.ProducerId });
        await db.SaveChangesAsync();
        return a;
    }

    public async Task<Result<ProvinceTarget>> SetTargetAsync(string provinceCode, TargetRequest r)
    {
        if (geo.Province(provinceCode) is null) return AppError.NotFound("Không tìm thấy tỉnh/thành.");
        if (!CanManage(provinceCode)) return AppError.Forbidden("Bạn chỉ đặt chỉ tiêu cho tỉnh của mình.");
        var v = new Validation();
        v.Require(r.Year is >= 2020 and <= 2100, "year", "Năm không hợp lệ.");
        int[] values = [r.Trained, r.Storefronts, r.PaymentAccounts, r.ListedProducers, r.Selling];
        v.Require(values.All(x => x is >= 0 and <= 10_000_000), "trained", "Chỉ tiêu là số từ 0 đến 10.000.000.");
        if (v.HasErrors) return v.ToError();
        var target = await db.Set<ProvinceTarget>().FirstOrDefaultAsync(t => t.ProvinceCode == provinceCode && t.Year == r.Year);
        var before = target is null ? null : new { target.Trained, target.Storefronts, target.PaymentAccounts, target.ListedProducers, target.Selling };
        if (target is null) db.Add(target = new ProvinceTarget { ProvinceCode = provinceCode, Year = r.Year });
        (target.Trained, target.Storefronts, target.PaymentAccounts, target.ListedProducers, target.Selling) = (r.Trained, r.Storefronts, r.PaymentAccounts, r.ListedProducers, r.Selling);
        target.UpdatedAt = clock.UtcNow();
        audit.Record("training.target_set", "province", provinceCode, before, after: r);
        await db.SaveChangesAsync();
        return target;
    }

    /// <summary>Producers registered with these phones (0… and +84… forms), by canonical phone.</summary>
    internal async Task<Dictionary<string, int>> ProducersByPhoneAsync(IReadOnlyCollection<string> phones)
    {
        var forms = phones.Concat(phones.Select(p => "+84" + p[1..])).ToList();
        var rows = await Chunks.QueryAsync(forms, slice => db.Set<Producer>().AsNoTracking().Where(p => slice.Contains(p.Phone)).Select(p => new { p.Id, p.Phone }).ToListAsync());
        return rows.GroupBy(p => PhoneNumbers.Canonical(p.Phone)).ToDictionary(g => g.Key, g => g.Min(p => p.Id));
    }
}
