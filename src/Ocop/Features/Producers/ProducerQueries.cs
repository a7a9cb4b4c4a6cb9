using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Standards.Text;

namespace Ocop.Features.Producers;

public sealed record ProducerSummary(int Id, string Name, string Slug, LegalForm LegalForm, ProducerStatus Status,
    string ProvinceCode, string ProvinceName, string CommuneCode, string CommuneName, DateTime CreatedAt, bool HasPaymentAccount);

public sealed record ProducerFilter(string? Q = null, string? Province = null, ProducerStatus? Status = null, LegalForm? LegalForm = null, int Page = 1, int PageSize = 50);

/// <summary>Reads of producers. The public sees verified producers; officers see everything in their scope.</summary>
public sealed class ProducerQueries(OcopDb db, GeographyDirectory geo, CurrentUser me)
{
    public Task<Producer?> BySlugAsync(string slug) =>
        db.Producers.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug && p.Status == ProducerStatus.Verified);

    public Task<Producer?> ByIdAsync(int id) => db.Producers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);

    /// <summary>The producer as the caller may see it: verified ones for everyone; others for their owner and officers in scope.</summary>
    public async Task<Producer?> VisibleAsync(int id)
    {
        var p = await ByIdAsync(id);
        if (p is null) return null;
        return p.Status == ProducerStatus.Verified || me.ProducerId == id || me.CanActOnCommune(p.CommuneCode, p.ProvinceCode) ? p : null;
    }

    public async Task<(List<ProducerSummary> Items, int Total)> ListAsync(ProducerFilter f, bool officerView)
    {
        var q = db.Producers.AsNoTracking();
        if (officerView)
        {
            q = InOfficerScope(q);
            if (f.Status is not null) q = q.Where(p => p.Status == f.Status);
        }
        else q = q.Where(p => p.Status == ProducerStatus.Verified);
        if (!string.IsNullOrWhiteSpace(f.Province)) q = q.Where(p => p.ProvinceCode == f.Province);
        if (f.LegalForm is not null) q = q.Where(p => p.LegalForm == f.LegalForm);
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            // Producer names are few per province; fold in memory for diacritic-insensitive matching.
            var folded = VietnameseText.Fold(f.Q);
            var candidates = await q.Select(p => new { p.Id, p.Name }).ToListAsync();
            var ids = candidates.Where(c => VietnameseText.Fold(c.Name).Contains(folded, StringComparison.Ordinal)).Select(c => c.Id).ToList();
            q = q.Where(p => ids.Contains(p.Id));
        }
        var total = await q.CountAsync();
        var pageSize = Math.Clamp(f.PageSize, 1, 200);
        var rows = await q.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .Skip((Math.Max(f.Page, 1) - 1) * pageSize).Take(pageSize).ToListAsync();
        return (rows.Select(Summary).ToList(), total);
    }

    /// <summary>
    /// Producers waiting for verification in the officer's scope, whole (the queue shows their registration),
    /// longest-waiting first, at most <paramref name="max"/>; and how many wait in all. Two queries, whatever the count.
    /// </summary>
    public async Task<(List<Producer> Items, int Total)> PendingInScopeAsync(int max = 100)
    {
        var q = InOfficerScope(db.Producers.AsNoTracking()).Where(p => p.Status == ProducerStatus.Pending);
        var items = await q.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Take(max).ToListAsync();
        return (items, items.Count < max ? items.Count : await q.CountAsync());
    }

    /// <summary>The sign-ins linked to a producer (its owner and any staff added since), oldest first.</summary>
    public Task<List<ProducerAccountDto>> AccountsAsync(int producerId) =>
        db.Users.AsNoTracking().Where(u => u.ProducerId == producerId).OrderBy(u => u.CreatedAt)
            .Select(u => new ProducerAccountDto(u.Id, u.Email!, u.FullName, producerId)).ToListAsync();

    /// <summary>An officer sees the producers of their province (a commune officer: of their commune); national officers all.</summary>
    private IQueryable<Producer> InOfficerScope(IQueryable<Producer> q)
    {
        if (me.ProvinceScope is { } scope) q = q.Where(p => p.ProvinceCode == scope);
        if (me.IsInRole(Roles.Commune) && !me.IsNational) q = q.Where(p => p.CommuneCode == me.CommuneCode);
        return q;
    }

    public ProducerSummary Summary(Producer p) => new(p.Id, p.Name, p.Slug, p.LegalForm, p.Status, p.ProvinceCode,
        geo.Province(p.ProvinceCode)?.Name ?? p.ProvinceCode, p.CommuneCode, geo.Commune(p.CommuneCode)?.Name ?? p.CommuneCode,
        p.CreatedAt, p.HasPaymentAccount);
}
