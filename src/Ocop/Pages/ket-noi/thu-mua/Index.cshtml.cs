using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Matching;

namespace Ocop.Pages.KetNoi;

/// <summary>The B2B buyer's home: its organisation (submitted for verification) and its demand posts.</summary>
[Authorize]
public sealed class BuyerHomeModel(CurrentUser me, MatchingAccess access, BuyerOrganisations organisations, MatchingQueries queries, GeographyDirectory geo) : OcopPageModel
{
    [BindProperty] public OrganisationInput Input { get; set; } = new();
    public BuyerOrganisation? Organisation { get; private set; }
    public List<DemandSummary> Demands { get; private set; } = [];
    public bool IsBuyer => me.IsInRole(Roles.B2bBuyer);
    public IEnumerable<SelectListItem> ProvinceItems => MatchingChoices.Provinces(geo);

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (Organisation is { } o)
            Input = new OrganisationInput
            {
                Name = o.Name, TaxCode = o.TaxCode, AddressLine = o.AddressLine, ProvinceCode = o.ProvinceCode, ContactName = o.ContactName,
                ContactPhone = o.ContactPhone, ContactEmail = o.ContactEmail,
            };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await organisations.SubmitAsync(Input, HttpContext.RequestAborted);
        if (result.Ok) return Done("/ket-noi/thu-mua", "Đã gửi thông tin tổ chức, chờ cán bộ xác minh.");
        AddErrors(result.Error!);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Organisation = await access.OrganisationAsync(HttpContext.RequestAborted);
        Demands = await queries.MyDemandsAsync(HttpContext.RequestAborted);
    }
}
