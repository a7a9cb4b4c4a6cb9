using Ocop.Features.Insights;

namespace Ocop.Pages;

/// <summary>The public description of the open data: datasets, formats, licence, versioning and the marketplace feeds.</summary>
public sealed class OpenDataModel : OcopPageModel
{
    public OpenDataIndex Index { get; } = OpenData.Index();
    public void OnGet() { }
}
