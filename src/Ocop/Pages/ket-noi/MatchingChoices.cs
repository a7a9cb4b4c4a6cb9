using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Catalog;
using Ocop.Features.Geography;
using Ocop.Features.Matching;

namespace Ocop.Pages.KetNoi;

/// <summary>The choices of the supply–demand forms and filters, in Vietnamese (translated by <see cref="Lang"/>).</summary>
public static class MatchingChoices
{
    public static IEnumerable<SelectListItem> Sets(Lang l) => ProductSets.Groups.SelectMany(g =>
    {
        var group = new SelectListGroup { Name = l[g.Name] };
        return ProductSets.All.Where(s => s.GroupCode == g.Code).Select(s => new SelectListItem($"{s.Code:00}. {l[s.Name]}", s.Code.ToString()) { Group = group });
    });

    public static IEnumerable<SelectListItem> Provinces(GeographyDirectory geo) => geo.Provinces.Select(p => new SelectListItem(p.Name, p.Code));

    public static IEnumerable<SelectListItem> Units(Lang l) => Enum.GetValues<TradeUnit>().Select(u => new SelectListItem(l[TradeTerms.Label(u)], u.ToString()));

    public static IEnumerable<SelectListItem> Frequencies(Lang l) => Enum.GetValues<Frequency>().Select(f => new SelectListItem(l[TradeTerms.Label(f)], f.ToString()));

    public static IEnumerable<SelectListItem> Stars(Lang l) =>
        [new(l["Không yêu cầu"], "0"), new("3★", "3"), new("4★", "4"), new("5★", "5")];

    public static IEnumerable<SelectListItem> Reaches(Lang l) => Enum.GetValues<DeliveryDistance>().Select(r => new SelectListItem(l[Label(r)], r.ToString()));

    public static IEnumerable<SelectListItem> Standards(Lang l) => TradeTerms.AllStandards.Select(s => new SelectListItem(l[TradeTerms.Label(s)], s.ToString()));

    public static IEnumerable<SelectListItem> Months(Lang l) => Enumerable.Range(1, 12).Select(m => new SelectListItem(l.Format("Tháng {0}", m), m.ToString()));

    public static string Label(DeliveryDistance r) => r switch
    {
        DeliveryDistance.SameProvince => "Trong tỉnh",
        DeliveryDistance.Neighbouring => "Tỉnh giáp ranh",
        DeliveryDistance.SameRegion => "Trong vùng",
        _ => "Toàn quốc",
    };

    public static string Price(long? min, long? max) => (min, max) switch
    {
        (null, null) => "",
        (null, { } hi) => "≤ " + Ocop.Standards.Money.Vnd.Display(hi),
        ({ } lo, { } hi) => $"{Ocop.Standards.Money.Vnd.Display(lo)} – {Ocop.Standards.Money.Vnd.Display(hi)}",
        ({ } lo, null) => "≥ " + Ocop.Standards.Money.Vnd.Display(lo),
    };

    public static string Season(int? from, int? to) => from is null || to is null ? "Quanh năm" : $"Tháng {from}–{to}";
}

/// <summary>The standards a form ticks, one checkbox each.</summary>
public sealed class StandardBoxes
{
    public bool VietGap { get; set; }
    public bool Organic { get; set; }
    public bool GlobalGap { get; set; }
    public bool Haccp { get; set; }
    public bool Iso22000 { get; set; }
    public bool Halal { get; set; }

    public List<StandardMark> ToList()
    {
        var list = new List<StandardMark>();
        if (VietGap) list.Add(StandardMark.VietGap);
        if (Organic) list.Add(StandardMark.Organic);
        if (GlobalGap) list.Add(StandardMark.GlobalGap);
        if (Haccp) list.Add(StandardMark.Haccp);
        if (Iso22000) list.Add(StandardMark.Iso22000);
        if (Halal) list.Add(StandardMark.Halal);
        return list;
    }
}

/// <summary>The ranked matches of one post: offers for a buyer's demand, demands for a producer's offer.</summary>
public sealed record MatchListView(IReadOnlyList<MatchDto> Matches, bool ShowOffers);

/// <summary>Dates in forms: an HTML date input sends and shows <c>yyyy-MM-dd</c> whatever the page's culture.</summary>
public static class FormDate
{
    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
