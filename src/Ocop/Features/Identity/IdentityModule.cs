using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Ocop.Features.Identity;

public static class IdentityModule
{
    /// <summary>The scheme that picks bearer for API clients and the cookie for people.</summary>
    public const string SmartScheme = "ocop";

    /// <summary>The sign-in cookie of people (large tickets are split into ocop.authC1, ocop.authC2 …).</summary>
    public const string AuthCookie = "ocop.auth";

    public static IServiceCollection AddOcopIdentity(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("ocop-hub");
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>, DataProtectionKeysInDatabase>();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 5;
                o.Lockout.MaxFailedAccessAttempts = PasswordSignIn.FailuresPerAccount; // the backstop; PasswordSignIn counts per client
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = true; // "confirmed" = not disabled, see AccountNotDisabled
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OcopDb>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<UserClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordPolicy>();
        services.AddScoped<IUserConfirmation<AppUser>, AccountNotDisabled>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = "/dang-nhap";
                o.LogoutPath = "/dang-xuat";
                o.AccessDeniedPath = "/khong-co-quyen";
                o.Cookie.Name = AuthCookie;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromDays(14);
                o.SlidingExpiration = true;
                o.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync,
                    OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden),
                };
            });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.AddAuthorization();
        services.AddMemoryCache();
        services.AddScoped<Microsoft.AspNetCore.Authentication.IClaimsTransformation, SessionCheck>();
        services.AddScoped<Sessions>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AnonymousIsUnauthorized>();

        services.AddScoped<CurrentUser>();
        services.AddScoped<AuditLog>();
        services.AddScoped<IssueToken>();
        services.AddScoped<RegisterAccount>();
        services.AddScoped<PasswordReset>();
        services.AddScoped<ManageUsers>();
        return services;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Creates the roles if missing (reference data, not demo data).</summary>
    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }
}
