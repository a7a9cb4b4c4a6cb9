using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ocop.Browser.Tests;

/// <summary>What people do on the site, step by step; shared steps for the journeys.</summary>
public static class Journeys
{
    public const string Password = "Ocop@2026";

    /// <summary>A 1×1 PNG, enough for the media store's content check.</summary>
    public static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>A short unique suffix (letters and digits) so that reruns on one database never collide.</summary>
    public static string Unique() => Guid.NewGuid().ToString("N")[..6];

    /// <summary>Signs in through the login page; true when the site let the person in.</summary>
    public static async Task<bool> TryLoginAsync(IPage page, string email, string password = Password)
    {
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return !page.Url.Contains("/dang-nhap");
    }

    /// <summary>Self-registration of a cooperative in Sơn La (province 14) through /dang-ky/chu-the; the new owner ends up signed in.</summary>
    public static async Task RegisterProducerAsync(IPage page, string name, string email)
    {
        await page.GotoAsync("/dang-ky/chu-the");
        await page.GetByLabel("Tên chủ thể").FillAsync(name);
        await page.GetByLabel("Loại hình").SelectOptionAsync("Cooperative");
        await page.GetByLabel("Họ tên người đại diện").FillAsync("Lò Thị Xuân");
        await page.GetByLabel("Giới tính").SelectOptionAsync("Female");
        await page.GetByLabel("Người đại diện là người dân tộc thiểu số").CheckAsync();
        await page.GetByLabel("Dân tộc", new() { Exact = true }).FillAsync("Thái");
        await page.GetByLabel("Số điện thoại").FillAsync("0987654321");
        await page.GetByLabel("Tỉnh/thành phố").SelectOptionAsync("14");
        var communes = page.GetByLabel("Xã/phường");
        await Assertions.Expect(communes.Locator("option")).Not.ToHaveCountAsync(1); // filled from /api/v1/provinces/14/communes
        await communes.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Email đăng nhập").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi đăng ký" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/ban-hang$"));
    }

    /// <summary>The Sơn La provincial officer verifies a pending producer from the verification queue.</summary>
    public static async Task VerifyAsOfficerAsync(IPage officer, string producerName)
    {
        Assert.True(await TryLoginAsync(officer, "sonla@ocop.example"), "the Sơn La officer could not sign in");
        await officer.GotoAsync("/quan-ly/xac-minh");
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Name = producerName })).ToBeVisibleAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = $"Xác minh {producerName}" }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã xác minh: {producerName}");
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Name = producerName })).ToHaveCountAsync(0);
    }
}
