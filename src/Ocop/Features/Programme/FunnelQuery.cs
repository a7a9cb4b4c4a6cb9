using Ocop.Features.Geography;
using Ocop.Features.Identity;

namespace Ocop.Features.Programme;

public sealed record FunnelRow(string Key, string Label, int[] Counts);

public sealed record FunnelTarget(int Year, int[] Values, int?[] Progress);

/// <summary>
/// The onboarding funnel in a scope: one row per province (national) or per commune (a province), with totals
/// and targets. <see cref="AsOf"/> is when the stored funnel last caught up with producers, products and orders;
/// attendance counts the moment it is recorded.
/// </summary>
public sealed record FunnelReport(DateTime AsOf, string? ProvinceCode, IReadOnlyList<FunnelRow> Rows, int[] Totals, FunnelTarget? Target);

/// <summary>
/// Reads the onboarding funnel from the stored per-person stages (<see cref="OnboardingPerson"/>, kept
/// current by <see cref="FunnelRefresh"/>): one grouped count over an index, whatever the number of
/// orders. Each stage is still derived from the platform's own data, never typed in. A person counts
/// once, in the province and commune of their first training.
/// </summary>
public sealed class FunnelQuery(OcopDb db, GeographyDirectory geo, CurrentUser me, FunnelRefresh refresh, TimeProvider clock)
{
    public async Task<Result<FunnelReport>> RunAsync(string? province)
    {
        var scope = ScopeOf(province);
        if (!scope.Ok) return scope.Error!;
        return await BuildAsync(scope.Value);
    }

    /// <summary>Catches the stored funnel up now (an officer's "update now"); the job does it every few seconds anyway.</summary>
    public async Task<Result<FunnelRefreshResult>> RefreshAsync()
    {
        var scope = ScopeOf(null);
        if (!scope.Ok) return scope.Error!;
        return await refresh.CatchUpAsync();
    }

    private Result<string?> ScopeOf(string? province)
    {
        if (!me.IsOfficer) return AppError.Forbidden("Chỉ cán bộ quản lý chương trình xem được phễu chuyển đổi số.");
        var scope = me.ProvinceScope;
        if (province is not null && scope is not null && province != scope) return AppError.Forbidden("Bạn chỉ xem được số liệu của tỉnh mình.");
        var filter = province ?? scope;
        if (filter is not null && geo.Province(filter) is null) return AppError.NotFound("Không tìm thấy tỉnh/thành.");
        return filter;
    }

    /// <summary>The funnel without a caller (snapshots, reports already checked for scope).</summary>
    public async Task<FunnelReport> BuildAsync(string? province)
    {
        var asOf = await AsOfAsync();
        var people = db.Set<OnboardingPerson>().AsNoTracking();
        var standing = province is null
            ? await people.GroupBy(o => new { o.ProvinceCode, o.Stage }).Select(g => new { Key = g.Key.ProvinceCode, g.Key.Stage, Count = g.Count() }).ToListAsync()
            : await people.Where(o => o.ProvinceCode == province).GroupBy(o => new { o.CommuneCode, o.Stage })
                .Select(g => new { Key = g.Key.CommuneCode, g.Key.Stage, Count = g.Count() }).ToListAsync();
        var rows = standing.GroupBy(s => s.Key)
            .Select(g => new FunnelRow(g.Key, (province is null ? geo.Province(g.Key)?.Name : geo.Commune(g.Key)?.Name) ?? g.Key,
                OnboardingFunnel.FromStanding(g.Select(s => (s.Stage, s.Count)))))
            .OrderByDescending(r => r.Counts[0]).ThenBy(r => r.Key).ToList();
        var totals = OnboardingFunnel.FromStanding(standing.Select(s => (s.Stage, s.Count)));
        return new FunnelReport(asOf, province, rows, totals, await TargetAsync(province, totals));
    }

    /// <summary>When the stored funnel last caught up; built here first if no pass has run yet (a new install).</summary>
    private async Task<DateTime> AsOfAsync()
    {
        var state = await db.Set<FunnelRefreshState>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == FunnelRefreshState.SingleId);
        if (state is not null) return state.CheckedAt;
        try { return (await refresh.CatchUpAsync()).CheckedAt; }
        catch (DbUpdateException)
        {
            // Another node built it at the same moment.
            return (await db.Set<FunnelRefreshState>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == FunnelRefreshState.SingleId))?.CheckedAt ?? clock.UtcNow();
        }
    }

    private async Task<FunnelTarget?> TargetAsync(string? province, int[] totals)
    {
        var year = VietnamTime.Today(clock).Year;
        var targets = db.Set<ProvinceTarget>().AsNoTracking().Where(t => t.Year == year);
        if (province is not null) targets = targets.Where(t => t.ProvinceCode == province);
        var list = await targets.ToListAsync();
        if (list.Count == 0) return null;
        var values = OnboardingFunnel.Stages.Select(s => list.Sum(t => t.For(s))).ToArray();
        return new FunnelTarget(year, values, values.Select((v, i) => OnboardingFunnel.Progress(totals[i], v)).ToArray());
    }
}
