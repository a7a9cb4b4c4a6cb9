using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Certification;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>
/// Dossiers waiting for the officer, by role: the commune's submitted dossiers, the province's
/// forwarded and later ones, the central office's potential-5★ dossiers. Filter by step.
/// </summary>
public sealed class OfficerDossiersModel(CurrentUser me, CertificationQueries queries) : OfficerPageModel(me)
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    public List<DossierSummary> All { get; private set; } = [];
    public IEnumerable<DossierSummary> Shown => Status is null ? All : All.Where(d => d.Status == Status);

    /// <summary>What the officer acts on first: the commune pre-checks submitted dossiers; the province receives forwarded ones.</summary>
    public string? ActionStatus => Me.IsInRole(Roles.Commune) ? "Submitted" : Me.IsInRole(Roles.Province) ? "Forwarded" : Me.IsNational ? "ForwardedToCentral" : null;

    public async Task OnGetAsync()
    {
        All = await queries.QueueAsync();
        if (Status is not null && All.All(d => d.Status != Status) && Status != ActionStatus) Status = null;
    }
}
