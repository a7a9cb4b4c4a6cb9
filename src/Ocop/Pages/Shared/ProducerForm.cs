using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Geography;
using Ocop.Features.Producers;
using Ocop.Standards.VietQr;

namespace Ocop.Pages.Shared;

/// <summary>Choices offered by the producer forms (registration, officer creation, storefront settings).</summary>
public static class ProducerForm
{
    public static IEnumerable<SelectListItem> LegalForms(Lang l) =>
        Enum.GetValues<LegalForm>().Select(f => new SelectListItem(l[ProducerLabels.Of(f)], f.ToString()));

    public static IEnumerable<SelectListItem> Genders(Lang l) =>
        Enum.GetValues<Gender>().Select(g => new SelectListItem(l[ProducerLabels.Of(g)], g.ToString()));

    public static IEnumerable<SelectListItem> Communes(GeographyDirectory geo, string? province) =>
        province is null ? [] : geo.Communes(province).Select(c => new SelectListItem(c.Name, c.Code));

    public static IEnumerable<SelectListItem> Banks() =>
        Ocop.Standards.VietQr.Banks.All.OrderBy(b => b.ShortName).Select(b => new SelectListItem(b.ShortName, b.Bin));
}
