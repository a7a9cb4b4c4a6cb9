namespace Ocop.Pages;

/// <summary>Where the cookie scheme sends a signed-in person who may not open a page.</summary>
public sealed class ForbiddenModel : OcopPageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
