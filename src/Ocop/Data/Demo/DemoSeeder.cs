using Microsoft.AspNetCore.Identity;
using Ocop.Features.Identity;

namespace Ocop.Data.Demo;

/// <summary>
/// Deterministic demo data for an empty database: one account per role (password
/// <see cref="Password"/>), producers across provinces and their products. Loaded only when
/// <c>Database:SeedDemoData</c> is on or by the <c>seed-demo</c> command; never in production data.
/// </summary>
public sealed partial class DemoSeeder(OcopDb db, UserManager<AppUser> users, MediaStore media, TimeProvider clock, ILogger<DemoSeeder> logger,
    Features.Commerce.OrderNumbers numbers, DemoData demoData)
{
    public const string Password = "Ocop@2026";

    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Producers.AnyAsync(ct) || await db.Users.AnyAsync(ct)) return false;
        await SeedAsync(ct);
        await demoData.RefreshAsync(db, ct);
        return true;
    }

    private async Task<AppUser> AccountAsync(string email, string name, string role, string? province = null, string? commune = null, int? producerId = null)
    {
        var user = new AppUser
        {
            UserName = email, Email = email, FullName = name, EmailConfirmed = true, ProvinceCode = province,
            CommuneCode = commune, ProducerId = producerId, CreatedAt = clock.UtcNow(),
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded) throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        await users.AddToRoleAsync(user, role);
        return user;
    }
}
