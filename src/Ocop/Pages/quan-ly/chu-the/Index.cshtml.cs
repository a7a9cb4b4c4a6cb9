using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Pages;

/// <summary>Producers in the officer's scope, filtered by name, province, status and legal form.</summary>
public sealed class OfficerProducersModel(CurrentUser me, ProducerQueries producers, GeographyDirectory geo) : OfficerPageModel(me)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public ProducerStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public LegalForm? LegalForm { get; set; }
    [BindProperty(SupportsGet = true, Name = "page"), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public List<ProducerSummary> Items { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<Province> Provinces => geo.Provinces;
    public bool National => Me.IsNational;
    public const int PageSize = 50;

    public async Task OnGetAsync()
    {
        if (!National) Province = null;
        (Items, Total) = await producers.ListAsync(new ProducerFilter(Q, Province, Status, LegalForm, Math.Max(PageNumber, 1), PageSize), officerView: true);
    }
}
