using Ocop.Features.Livestream;

namespace Ocop.Pages.livestream;

/// <summary>Livestream markets: live now, upcoming, past.</summary>
public sealed class IndexModel(LiveQueries queries) : OcopPageModel
{
    public LiveLists Lists { get; private set; } = null!;

    public async Task OnGetAsync() => Lists = await queries.ListAsync(HttpContext.RequestAborted);
}
