using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Geography;
using Ocop.Features.Identity;

namespace Ocop.Pages;

public sealed class NewUserForm
{
    public string? FullName { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? Role { get; set; }
    public string? ProvinceCode { get; set; }
    public string? CommuneCode { get; set; }
}

/// <summary>Accounts in scope: administrators manage everyone, provincial officers their province's commune officers, council members and producers.</summary>
public sealed class UsersModel(CurrentUser me, ManageUsers manage, GeographyDirectory geo) : OfficerPageModel(me)
{
    private static readonly string[] ProvinceRoles = [Roles.Commune, Roles.Council, Roles.Producer];

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "role")] public string? RoleFilter { get; set; }
    [BindProperty] public NewUserForm Input { get; set; } = new();
    public List<UserRow> Users { get; private set; } = [];

    public IEnumerable<SelectListItem> RoleItems => (Me.IsAdmin ? Roles.All : ProvinceRoles).Select(r => new SelectListItem(L[Roles.Label(r)], r));
    public IEnumerable<SelectListItem> ProvinceItems => geo.Provinces.Select(p => new SelectListItem(p.Name, p.Code));
    public IEnumerable<SelectListItem> CommuneItems => Me.IsAdmin || Me.ProvinceCode is null ? []
        : geo.Communes(Me.ProvinceCode).Select(c => new SelectListItem(c.Name, c.Code));

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        base.OnPageHandlerExecuting(context);
        if (context.Result is null && !manage.CanManageUsers) context.Result = Forbid();
    }

    public async Task OnGetAsync()
    {
        var result = await manage.ListAsync(Q, RoleFilter);
        if (result.Ok) Users = result.Value!;
        else AddErrors(result.Error!);
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (!Me.IsAdmin) Input.ProvinceCode = Me.ProvinceCode;
        var result = await manage.CreateAsync(new CreateUserRequest(Input.FullName, Input.Email, Input.Password, Input.Role, Input.ProvinceCode, Input.CommuneCode));
        if (result.Ok) return Done("/quan-ly/nguoi-dung", $"{L["Đã tạo tài khoản"]}: {result.Value!.Email}");
        AddErrors(result.Error!);
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, bool disabled)
    {
        var result = await manage.SetDisabledAsync(id, disabled);
        if (result.Ok) return Done("/quan-ly/nguoi-dung", disabled ? "Đã khoá tài khoản." : "Đã mở khoá tài khoản.");
        AddErrors(result.Error! with { Fields = null });
        await OnGetAsync();
        return Page();
    }

    public string Scope(UserRow u) =>
        geo.Commune(u.CommuneCode)?.Name is { } commune ? $"{commune}, {geo.Province(u.ProvinceCode)?.Name}" : geo.Province(u.ProvinceCode)?.Name ?? "";
}
