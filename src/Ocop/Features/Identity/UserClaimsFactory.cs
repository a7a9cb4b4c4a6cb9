using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ocop.Features.Identity;

/// <summary>Adds the scope claims (province, commune, producer) and the display name to the principal.</summary>
public sealed class UserClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ScopeClaims.FullName, user.FullName));
        if (user.ProvinceCode is not null) identity.AddClaim(new Claim(ScopeClaims.Province, user.ProvinceCode));
        if (user.CommuneCode is not null) identity.AddClaim(new Claim(ScopeClaims.Commune, user.CommuneCode));
        if (user.ProducerId is not null) identity.AddClaim(new Claim(ScopeClaims.Producer, user.ProducerId.Value.ToString()));
        return identity;
    }
}
