using System.Security.Claims;

namespace Ocop.Features.Identity;

/// <summary>
/// Who is acting, with role and scope, read from the authenticated principal (cookie or bearer).
/// Scope checks live here so that every page and endpoint asks the same question the same way.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;
    public string? Id => Principal.FindFirstValue(ClaimTypes.NameIdentifier);
    public string Name => Principal.FindFirstValue(ScopeClaims.FullName) ?? Principal.Identity?.Name ?? "";
    public string? ProvinceCode => Principal.FindFirstValue(ScopeClaims.Province);
    public string? CommuneCode => Principal.FindFirstValue(ScopeClaims.Commune);
    public int? ProducerId => int.TryParse(Principal.FindFirstValue(ScopeClaims.Producer), out var id) ? id : null;
    public bool IsInRole(string role) => Principal.IsInRole(role);
    public bool IsAdmin => IsInRole(Roles.Admin);
    public bool IsNational => IsInRole(Roles.Admin) || IsInRole(Roles.Central);
    public bool IsOfficer => Roles.Officers.Any(IsInRole);

    /// <summary>National officers see every province; a provincial officer only theirs; a commune officer the commune's province.</summary>
    public bool CanActOnProvince(string? provinceCode) =>
        IsNational || (provinceCode is not null && (IsInRole(Roles.Province) || IsInRole(Roles.Commune)) && ProvinceCode == provinceCode);

    /// <summary>Commune officers act on their commune only; provincial and national officers on communes in their scope.</summary>
    public bool CanActOnCommune(string? communeCode, string? provinceCode) =>
        IsNational || (IsInRole(Roles.Province) && ProvinceCode == provinceCode) ||
        (IsInRole(Roles.Commune) && communeCode is not null && CommuneCode == communeCode);

    /// <summary>A province filter for officer queries: null means every province.</summary>
    public string? ProvinceScope => IsNational ? null : ProvinceCode ?? "--";
}
