using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Pages;

/// <summary>The signed-in person's profile: roles, scope and, for an owner, their producer.</summary>
[Authorize]
public sealed class AccountModel(UserManager<AppUser> users, CurrentUser me, GeographyDirectory geo, ProducerQueries producers) : OcopPageModel
{
    public AppUser Account { get; private set; } = null!;
    public IReadOnlyList<string> RoleLabels { get; private set; } = [];
    public string? ProvinceName { get; private set; }
    public string? CommuneName { get; private set; }
    public Producer? Producer { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Account = user;
        RoleLabels = Roles.All.Where(me.IsInRole).Select(r => L[Roles.Label(r)]).ToList();
        ProvinceName = geo.Province(user.ProvinceCode)?.FullName;
        CommuneName = geo.Commune(user.CommuneCode)?.Name;
        if (user.ProducerId is { } id) Producer = await producers.ByIdAsync(id);
        return Page();
    }
}
