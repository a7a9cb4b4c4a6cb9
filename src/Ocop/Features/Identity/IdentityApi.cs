using Microsoft.AspNetCore.Http.HttpResults;

namespace Ocop.Features.Identity;

public sealed record MeDto(string Id, string Name, string[] Roles, string? ProvinceCode, string? CommuneCode, int? ProducerId);

public static class IdentityApi
{
    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Identity");
        auth.MapPost("/token", Token).WithName("IssueToken").RequireRateLimiting("login")
            .WithSummary("Exchange {email, password} for a bearer token: {accessToken, expiresIn}.");

        app.MapGet("/api/v1/me", Me).WithTags("Identity").WithName("Me").RequireAuthorization()
            .WithSummary("The signed-in user with roles and scope.");

        var users = app.MapGroup("/api/v1/users").WithTags("Identity").RequireAuthorization();
        users.MapGet("", ListUsers).WithName("ListUsers").WithSummary("Users in the caller's scope (administrator: all; provincial officer: their province).");
        users.MapPost("", CreateUser).WithName("CreateUser").WithSummary("Create an account with a role and scope.");
        users.MapPost("/{id}/disable", (string id, ManageUsers m) => SetDisabled(id, true, m)).WithName("DisableUser").WithSummary("Disable an account.");
        users.MapPost("/{id}/enable", (string id, ManageUsers m) => SetDisabled(id, false, m)).WithName("EnableUser").WithSummary("Enable an account.");
        return app;
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> Token(TokenRequest request, IssueToken issue)
    {
        var result = await issue.RunAsync(request);
        return result.Ok ? TypedResults.Ok(result.Value!) : result.Error!.ToProblem();
    }

    private static Ok<MeDto> Me(CurrentUser me, HttpContext http) =>
        TypedResults.Ok(new MeDto(me.Id!, me.Name, Roles.All.Where(me.IsInRole).ToArray(), me.ProvinceCode, me.CommuneCode, me.ProducerId));

    private static async Task<Results<Ok<List<UserRow>>, ProblemHttpResult>> ListUsers(ManageUsers manage, string? q, string? role, int page = 1)
    {
        var result = await manage.ListAsync(q, role, page);
        return result.Ok ? TypedResults.Ok(result.Value!) : result.Error!.ToProblem();
    }

    private static async Task<Results<Created<UserRow>, ProblemHttpResult>> CreateUser(CreateUserRequest request, ManageUsers manage)
    {
        var result = await manage.CreateAsync(request);
        if (!result.Ok) return result.Error!.ToProblem();
        var u = result.Value!;
        return TypedResults.Created($"/api/v1/users/{u.Id}",
            new UserRow(u.Id, u.Email!, u.FullName, [request.Role!], u.ProvinceCode, u.CommuneCode, u.ProducerId, u.Disabled, false));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetDisabled(string id, bool disabled, ManageUsers manage)
    {
        var result = await manage.SetDisabledAsync(id, disabled);
        return result.Ok ? TypedResults.NoContent() : result.Error!.ToProblem();
    }
}
