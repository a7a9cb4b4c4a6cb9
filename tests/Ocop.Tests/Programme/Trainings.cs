using Ocop.Features.Identity;

namespace Ocop.Tests.Programme;

/// <summary>Intent helpers for programme tests: a provincial officer, a course and a session in their province.</summary>
public static class Trainings
{
    public static string Phone() => "09" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<(HttpClient Officer, int SessionId)> SessionAsync(OcopApp app, string province = "14", string commune = "04168",
        DateOnly? startsOn = null, int days = 1)
    {
        var officer = await app.LoginAsNewAsync(Roles.Province, province);
        var course = await (await officer.PostJsonAsync("/api/v1/programme/courses", new { title = app.Unique("Bán hàng qua livestream "), topic = "LivestreamSelling" }))
            .JsonAsync(HttpStatusCode.Created);
        var start = startsOn ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-7);
        var session = await (await officer.PostJsonAsync("/api/v1/programme/sessions", new
        {
            courseId = course.GetProperty("id").GetInt32(), communeCode = commune, online = false,
            startsOn = start.ToString("yyyy-MM-dd"), endsOn = start.AddDays(days - 1).ToString("yyyy-MM-dd"), trainer = "ThS. Nguyễn Văn Giảng",
        })).JsonAsync(HttpStatusCode.Created);
        return (officer, session.GetProperty("id").GetInt32());
    }

    public static Task<HttpResponseMessage> ImportAsync(HttpClient officer, int sessionId, string csv) =>
        officer.PostAsync($"/api/v1/programme/sessions/{sessionId}/attendance/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));

    public static async Task<int> AttendanceCountAsync(OcopApp app, int sessionId) =>
        await app.WithDb(db => db.Set<Ocop.Features.Programme.TrainingAttendance>().CountAsync(a => a.SessionId == sessionId));

    public static async Task<int[]> CommuneFunnelAsync(HttpClient officer, string province, string commune)
    {
        var funnel = await (await officer.GetAsync($"/api/v1/programme/funnel?province={province}")).JsonAsync();
        var row = funnel.GetProperty("rows").EnumerateArray().FirstOrDefault(r => r.GetProperty("key").GetString() == commune);
        return row.ValueKind == System.Text.Json.JsonValueKind.Undefined ? [0, 0, 0, 0, 0] : row.GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()).ToArray();
    }
}
