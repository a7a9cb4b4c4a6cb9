using Microsoft.AspNetCore.Identity;

namespace Ocop.Features.Identity;

public sealed record UserRow(string Id, string Email, string FullName, string[] Roles, string? ProvinceCode, string? CommuneCode, int? ProducerId, bool Disabled, bool LockedOut);

public sealed record CreateUserRequest(string? FullName, string? Email, string? Password, string? Role, string? ProvinceCode, string? CommuneCode);

/// <summary>
/// User administration. Administrators manage everyone; a provincial officer manages, inside their
/// own province, commune officers, council members and producer accounts (never officers of their
/// own rank or above).
/// </summary>
public sealed class ManageUsers(UserManager<AppUser> users, OcopDb db, CurrentUser me, AuditLog audit,
    Geography.GeographyDirectory geo, TimeProvider clock, Sessions sessions)
{
    private static readonly string[] ProvinceManagedRoles = [Roles.Commune, Roles.Council, Roles.Producer];

    public bool CanManageUsers => me.IsAdmin || me.IsInRole(Roles.Province);

    public async Task<Result<List<UserRow>>> ListAsync(string? search, string? role, int page = 1, int pageSize = 50)
    {
        if (!CanManageUsers) return AppError.Forbidden();
        var q = db.Users.AsNoTracking();
        if (!me.IsAdmin) q = q.Where(u => u.ProvinceCode == me.ProvinceCode);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim().ToLower();
            q = q.Where(u => u.Email!.ToLower().Contains(s) || u.FullName.ToLower().Contains(s));
        }
        if (!string.IsNullOrWhiteSpace(role))
        {
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync();
            q = q.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }
        var list = await q.OrderBy(u => u.Email).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync();
        var ids = list.Select(u => u.Id).ToList();
        var roleNames = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                               where ids.Contains(ur.UserId) select new { ur.UserId, r.Name }).ToListAsync();
        var now = clock.GetUtcNow();
        return list.Select(u => new UserRow(u.Id, u.Email!, u.FullName,
            roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToArray(),
            u.ProvinceCode, u.CommuneCode, u.ProducerId, u.Disabled, u.LockoutEnd > now)).ToList();
    }

    public async Task<Result<AppUser>> CreateAsync(CreateUserRequest r)
    {
        if (!CanManageUsers) return AppError.Forbidden();
        var v = RegisterAccount.Validate(new RegisterAccountRequest(r.FullName, r.Email, r.Password, null));
        if (string.IsNullOrWhiteSpace(r.Role) || !Roles.All.Contains(r.Role)) v.Add("role", "Vai trò không hợp lệ.");
        else if (!me.IsAdmin && !ProvinceManagedRoles.Contains(r.Role))
            return AppError.Forbidden("Cán bộ tỉnh chỉ tạo được tài khoản cán bộ xã, thành viên hội đồng và chủ thể.");
        var province = r.ProvinceCode;
        if (r.Role is Roles.Commune)
        {
            var commune = geo.Commune(r.CommuneCode);
            if (commune is null) v.Add("communeCode", "Mã xã không có trong danh mục đơn vị hành chính.");
            else province = commune.ProvinceCode;
        }
        if (r.Role is Roles.Province or Roles.Council && geo.Province(province) is null)
            v.Add("provinceCode", "Vui lòng chọn tỉnh/thành phố.");
        if (v.HasErrors) return v.ToError();
        if (!me.IsAdmin && province != me.ProvinceCode)
            return AppError.Forbidden("Bạn chỉ quản lý tài khoản trong tỉnh của mình.");
        if (await users.FindByEmailAsync(r.Email!.Trim()) is not null) return AppError.Validation("email", "Email này đã được đăng ký.");

        var user = new AppUser
        {
            UserName = r.Email.Trim(), Email = r.Email.Trim(), FullName = r.FullName!.Trim(), EmailConfirmed = true,
            ProvinceCode = r.Role is Roles.Admin or Roles.Central or Roles.Buyer ? null : province,
            CommuneCode = r.Role is Roles.Commune ? r.CommuneCode : null, CreatedAt = clock.UtcNow(),
        };
        await using var tx = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, r.Password!);
        if (!created.Succeeded) return IdentityErrors.ToError(created);
        var added = await users.AddToRoleAsync(user, r.Role!);
        if (!added.Succeeded) return IdentityErrors.ToError(added);
        audit.Record("user.created", "user", user.Id, after: new { user.Email, r.Role, user.ProvinceCode, user.CommuneCode });
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return user;
    }

    public async Task<Result<bool>> SetDisabledAsync(string userId, bool disabled)
    {
        if (!CanManageUsers) return AppError.Forbidden();
        var user = await users.FindByIdAsync(userId);
        if (user is null) return AppError.NotFound("Không tìm thấy tài khoản.");
        if (!me.IsAdmin)
        {
            var roles = await users.GetRolesAsync(user);
            if (user.ProvinceCode != me.ProvinceCode || roles.Any(x => !ProvinceManagedRoles.Contains(x)))
                return AppError.Forbidden("Bạn chỉ quản lý tài khoản trong tỉnh của mình.");
        }
        if (user.Id == me.Id) return AppError.Validation("user", "Không thể tự khoá tài khoản của mình.");
        var before = user.Disabled;
        user.Disabled = disabled;
        await users.UpdateAsync(user);
        await sessions.EndAllAsync(user); // signs the user out everywhere
        audit.Record(disabled ? "user.disabled" : "user.enabled", "user", user.Id, new { Disabled = before }, new { Disabled = disabled });
        await db.SaveChangesAsync();
        return true;
    }
}
