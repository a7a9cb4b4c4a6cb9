using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Insights;
using Ocop.Features.Programme;

namespace Ocop.Pages;

/// <summary>
/// The quarterly report, printable on A4: figures as of the quarter's last snapshot, trainings held in the quarter, the funnel.
/// A provincial or commune officer gets their province's; the central office and administrators the national one (every
/// province, from the same snapshot figures as the provincial reports) or any province's with <c>?province=</c>.
/// </summary>
public sealed class QuarterlyReportModel(CurrentUser me, Dashboard dashboard, ProgrammeQueries programme, GeographyDirectory geo, TimeProvider clock)
    : OfficerPageModel(me)
{
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    /// <summary>"2026-3" for the third quarter of 2026; the last finished quarter by default.</summary>
    [BindProperty(SupportsGet = true)] public string? Quarter { get; set; }
    public DashboardData? Data { get; private set; }
    public IReadOnlyList<SessionSummary> Sessions { get; private set; } = [];
    public Province? ProvinceUnit => geo.Province(Province);
    /// <summary>The province's full name, or null for the national report.</summary>
    public string? ScopeName => ProvinceUnit?.FullName;
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string Label => $"Quý {(From.Month - 1) / 3 + 1}/{From.Year}";
    public IReadOnlyList<(string Value, string Label)> Quarters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Province ??= Me.ProvinceScope;
        if (Province is not null && geo.Province(Province) is null) return Redirect("/quan-ly/thong-ke");
        var today = VietnamTime.Today(clock);
        var current = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        Quarters = Enumerable.Range(0, 8).Select(i => current.AddMonths(-3 * i)).Select(d => ($"{d.Year}-{(d.Month - 1) / 3 + 1}", $"Quý {(d.Month - 1) / 3 + 1}/{d.Year}")).ToList();
        From = current.AddMonths(-3);
        if (Quarter?.Split('-') is [var y, var q] && int.TryParse(y, out var year) && int.TryParse(q, out var n) && n is >= 1 and <= 4 && year is >= 2019 and <= 2100)
            From = new DateOnly(year, (n - 1) * 3 + 1, 1);
        To = From.AddMonths(3).AddDays(-1);
        var until = TimeZoneInfo.ConvertTimeToUtc(To.ToDateTime(new TimeOnly(23, 59, 59)), VietnamTime.Zone);
        var result = await dashboard.RunAsync(Province);
        if (!result.Ok) return result.Error!.Status == 404 ? NotFound() : Forbid();
        Data = await dashboard.BuildAsync(Province, until);
        var sessions = await programme.SessionsAsync(Province, From, To, 500);
        Sessions = sessions.Value ?? [];
        return Page();
    }
}
