namespace Ocop.Data.Demo;

public sealed partial class DemoSeeder
{
    private async Task SeedAsync(CancellationToken ct)
    {
        await AccountAsync("admin@ocop.example", "Quản trị hệ thống", Features.Identity.Roles.Admin);
        await AccountAsync("trunguong@ocop.example", "Văn phòng Điều phối NTM Trung ương", Features.Identity.Roles.Central);
        await AccountAsync("sonla@ocop.example", "Cán bộ OCOP tỉnh Sơn La", Features.Identity.Roles.Province, "14");
        await AccountAsync("hatinh@ocop.example", "Cán bộ OCOP tỉnh Hà Tĩnh", Features.Identity.Roles.Province, "42");
        await AccountAsync("xa.songma@ocop.example", "Cán bộ UBND xã Sông Mã", Features.Identity.Roles.Commune, "14", "04168");
        for (var i = 1; i <= 3; i++)
            await AccountAsync($"hoidong{i}@ocop.example", $"Thành viên hội đồng {i} tỉnh Sơn La", Features.Identity.Roles.Council, "14");
        await AccountAsync("nguoimua@ocop.example", "Nguyễn Thị Mai", Features.Identity.Roles.Buyer);
        await AccountAsync("livestream@ocop.example", "Đoàn Thanh niên tỉnh Sơn La", Features.Identity.Roles.Livestream, "14");
        await AccountAsync("thumua@ocop.example", "Công ty Phân phối Nông sản Việt", Features.Identity.Roles.B2bBuyer);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Demo accounts created");
    }
}
