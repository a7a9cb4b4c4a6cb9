using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Programme;

namespace Ocop.Pages;

/// <summary>The programme's onboarding funnel (derived, with targets) and the training sessions in the officer's scope.</summary>
public sealed class ProgrammeHomeModel(CurrentUser me, FunnelQuery funnel, ProgrammeQueries queries, TrainingCommands commands,
    GeographyDirectory geo, IConfiguration config, TimeProvider clock) : OfficerPageModel(me)
{
    public sealed class TargetInput
    {
        public int Trained { get; set; }
        public int Storefronts { get; set; }
        public int PaymentAccounts { get; set; }
        public int ListedProducers { get; set; }
        public int Selling { get; set; }
    }

    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty] public TargetInput Target { get; set; } = new();
    public FunnelReport? Funnel { get; private set; }
    public IReadOnlyList<SessionSummary> Sessions { get; private set; } = [];
    public IReadOnlyList<Province> Provinces => geo.Provinces;
    public GeographyDirectory Geo => geo;
    public bool National => Me.IsNational;
    public bool CanManage => commands.CanManage(Province ?? Me.ProvinceScope);

    /// <summary>Whether the officer may open the session's page (a commune officer: the sessions of the commune), so no link leads to "no permission".</summary>
    public bool CanOpen(SessionSummary s) => ProgrammeQueries.MayOpen(Me, s.CommuneCode);
    public int Year => VietnamTime.Today(clock).Year;
    public int RefreshSeconds => (int)FunnelRefreshJob.Interval(config).TotalSeconds;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!National) Province = Me.ProvinceScope;
        else if (geo.Province(Province) is null) Province = null;
        await LoadAsync();
        if (Funnel?.Target is { } t)
            Target = new TargetInput { Trained = t.Values[0], Storefronts = t.Values[1], PaymentAccounts = t.Values[2], ListedProducers = t.Values[3], Selling = t.Values[4] };
        return Page();
    }

    public async Task<IActionResult> OnPostRefreshAsync()
    {
        var province = National ? (geo.Province(Province) is null ? null : Province) : Me.ProvinceScope;
        var result = await funnel.RefreshAsync();
        if (result.Ok) return Done($"/quan-ly/chuong-trinh?province={province}", "Đã cập nhật phễu chuyển đổi số.");
        AddErrors(result.Error!);
        Province = province;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostTargetAsync()
    {
        var province = National ? Province : Me.ProvinceScope;
        var result = await commands.SetTargetAsync(province ?? "", new TargetRequest(Year, Target.Trained, Target.Storefronts, Target.PaymentAccounts, Target.ListedProducers, Target.Selling));
        if (result.Ok) return Done($"/quan-ly/chuong-trinh?province={province}", "Đã lưu chỉ tiêu.");
        AddErrors(result.Error!, "Target");
        Province = province;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var f = await funnel.RunAsync(Province);
        if (f.Ok) Funnel = f.Value; else AddErrors(f.Error!);
        var s = await queries.SessionsAsync(Province);
        if (s.Ok) Sessions = s.Value!;
    }

    public string PlaceOf(SessionSummary s) => s.CommuneCode is null ? L["Trực tuyến"] : geo.Commune(s.CommuneCode)?.Name ?? s.CommuneCode;
}
