using Ocop.Features.Catalog;
using Ocop.Features.Geography;

namespace Ocop.Features.Matching;

/// <summary>A B2B buyer's organisation as submitted for verification.</summary>
public sealed record OrganisationInput
{
    public string? Name { get; init; }
    public string? TaxCode { get; init; }
    public string? AddressLine { get; init; }
    public string? ProvinceCode { get; init; }
    public string? ContactName { get; init; }
    public string? ContactPhone { get; init; }
    public string? ContactEmail { get; init; }

    public Validation Validate(GeographyDirectory geo)
    {
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(Name) && Name.Trim().Length is >= 3 and <= 200, "name", "Tên tổ chức phải từ 3 đến 200 ký tự.");
        v.Require(TaxCode is not null && System.Text.RegularExpressions.Regex.IsMatch(TaxCode.Trim(), @"^\d{10}(-\d{3})?$"), "taxCode",
            "Mã số thuế gồm 10 chữ số, hoặc 10 chữ số và mã chi nhánh (0101234567-001).");
        v.Require(!string.IsNullOrWhiteSpace(AddressLine) && AddressLine.Trim().Length is >= 5 and <= 300, "addressLine", "Vui lòng nhập địa chỉ (5–300 ký tự).");
        v.Require(geo.Province(ProvinceCode) is not null, "provinceCode", "Vui lòng chọn tỉnh/thành phố.");
        v.Require(!string.IsNullOrWhiteSpace(ContactName) && ContactName.Trim().Length <= 120, "contactName", "Vui lòng nhập người liên hệ.");
        v.Require(PhoneNumbers.IsValid(ContactPhone), "contactPhone", "Số điện thoại không hợp lệ (ví dụ 0912345678).");
        v.Require(!string.IsNullOrWhiteSpace(ContactEmail) && ContactEmail.Length <= 256 && new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(ContactEmail),
            "contactEmail", "Email liên hệ không hợp lệ.");
        foreach (var (field, value) in new[] { ("name", Name), ("addressLine", AddressLine), ("contactName", ContactName) })
            if (Html.ContainsMarkup(value)) v.Add(field, "Không được nhập mã HTML hoặc script.");
        return v;
    }
}

/// <summary>A demand post as a buyer writes it. Prices are đồng per unit.</summary>
public sealed record DemandInput
{
    public string? Title { get; init; }
    public string? Need { get; init; }
    public List<int>? SetCodes { get; init; }
    public int? Quantity { get; init; }
    public TradeUnit? Unit { get; init; }
    public Frequency? Frequency { get; init; }
    public string? DeliveryProvinceCode { get; init; }
    public DateOnly? NeededBy { get; init; }
    public long? PriceMin { get; init; }
    public long? PriceMax { get; init; }
    public int? MinStars { get; init; }
    public List<StandardMark>? Standards { get; init; }
    public DateOnly? ValidUntil { get; init; }

    public Validation Validate(GeographyDirectory geo, DateOnly today)
    {
        var v = new Validation();
        PostRules.Text(v, "title", Title, 3, 200, "Tiêu đề phải từ 3 đến 200 ký tự.");
        PostRules.Text(v, "need", Need, 0, 4000, "Mô tả nhu cầu tối đa 4.000 ký tự.");
        v.Require(SetCodes is { Count: >= 1 and <= 5 } && SetCodes.All(c => ProductSets.Find(c) is not null) && SetCodes.Distinct().Count() == SetCodes.Count,
            "setCodes", "Chọn từ 1 đến 5 bộ sản phẩm trong danh mục.");
        PostRules.Amount(v, "quantity", Quantity, 1, "Số lượng phải từ 1 đến 1.000.000.");
        v.Require(Unit is { } u && Enum.IsDefined(u), "unit", "Vui lòng chọn đơn vị.");
        v.Require(Frequency is { } f && Enum.IsDefined(f), "frequency", "Vui lòng chọn tần suất (một lần, hằng tuần, hằng tháng).");
        v.Require(geo.Province(DeliveryProvinceCode) is not null, "deliveryProvinceCode", "Vui lòng chọn tỉnh/thành phố nhận hàng.");
        v.Require(NeededBy is { } n && n >= today && n <= today.AddYears(2), "neededBy", "Ngày cần hàng phải từ hôm nay đến 2 năm tới.");
        PostRules.Price(v, "priceMin", PriceMin, required: false);
        PostRules.Price(v, "priceMax", PriceMax, required: false);
        if (PriceMin is > 0 && PriceMax is > 0 && PriceMin > PriceMax) v.Add("priceMax", "Giá tối đa phải lớn hơn hoặc bằng giá tối thiểu.");
        if (PriceMin is > 0 && PriceMax is null) v.Add("priceMax", "Vui lòng nhập giá tối đa khi đã có giá tối thiểu.");
        v.Require(MinStars is null or 0 or 3 or 4 or 5, "minStars", "Hạng sao tối thiểu là 3, 4 hoặc 5 (hoặc không yêu cầu).");
        PostRules.Standards(v, Standards);
        PostRules.Validity(v, ValidUntil, today);
        return v;
    }

    public void ApplyTo(DemandPost d)
    {
        d.Title = Title!.Trim();
        d.Need = Need?.Trim() ?? "";
        d.Quantity = Quantity!.Value;
        d.Unit = Unit!.Value;
        d.Frequency = Frequency!.Value;
        d.DeliveryProvinceCode = DeliveryProvinceCode!;
        d.NeededBy = NeededBy!.Value;
        d.PriceMin = PriceMin;
        d.PriceMax = PriceMax;
        d.MinStars = MinStars ?? 0;
        d.Standards = TradeTerms.Combine(Standards);
        d.ValidUntil = ValidUntil!.Value;
        d.Folded = MatchRules.Fold(d.Title, d.Need);
        d.Sets = SetCodes!.Select(c => new DemandSet { DemandId = d.Id, SetCode = c }).ToList();
    }
}

/// <summary>A supply offer as a producer writes it: a product of its own, or a product set.</summary>
public sealed record OfferInput
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public int? ProductId { get; init; }
    public int? SetCode { get; init; }
    public int? Capacity { get; init; }
    public TradeUnit? Unit { get; init; }
    public Frequency? Period { get; init; }
    public int? MinOrder { get; init; }
    public List<PriceTier>? PriceTiers { get; init; }
    public int? SeasonFrom { get; init; }
    public int? SeasonTo { get; init; }
    public DeliveryDistance? Reach { get; init; }
    public List<StandardMark>? Standards { get; init; }
    public DateOnly? ValidUntil { get; init; }

    public Validation Validate(DateOnly today)
    {
        var v = new Validation();
        PostRules.Text(v, "title", Title, 3, 200, "Tiêu đề phải từ 3 đến 200 ký tự.");
        PostRules.Text(v, "description", Description, 0, 4000, "Mô tả tối đa 4.000 ký tự.");
        v.Require(ProductId is not null || (SetCode is { } s && ProductSets.Find(s) is not null), "setCode", "Chọn một sản phẩm của bạn hoặc một bộ sản phẩm.");
        PostRules.Amount(v, "capacity", Capacity, 1, "Sản lượng mỗi kỳ phải từ 1 đến 1.000.000.");
        v.Require(Unit is { } u && Enum.IsDefined(u), "unit", "Vui lòng chọn đơn vị.");
        v.Require(Period is { } p && Enum.IsDefined(p), "period", "Vui lòng chọn kỳ sản lượng (một lần, hằng tuần, hằng tháng).");
        PostRules.Amount(v, "minOrder", MinOrder ?? 0, 0, "Đơn tối thiểu phải từ 0 đến 1.000.000.");
        if (MinOrder is > 0 && Capacity is > 0 && MinOrder > Capacity) v.Add("minOrder", "Đơn tối thiểu không được lớn hơn sản lượng mỗi kỳ.");
        if (PriceTiers is not { Count: >= 1 and <= 5 })
            v.Add("priceTiers", "Nhập từ 1 đến 5 mức giá.");
        else
        {
            if (PriceTiers.Any(t => t is null || t.MinQuantity < 0 || t.MinQuantity > TradeTerms.MaxQuantity || t.Price <= 0 || t.Price > TradeTerms.MaxUnitPrice))
                v.Add("priceTiers", "Mỗi mức giá cần số lượng từ 0 đến 1.000.000 và giá từ 1 đến 1.000.000.000 ₫.");
            else if (PriceTiers.Select(t => t.MinQuantity).Distinct().Count() != PriceTiers.Count)
                v.Add("priceTiers", "Các mức giá phải có số lượng khác nhau.");
        }
        var season = (SeasonFrom, SeasonTo);
        v.Require(season is (null, null) || (SeasonFrom is >= 1 and <= 12 && SeasonTo is >= 1 and <= 12), "seasonFrom",
            "Mùa vụ gồm tháng bắt đầu và tháng kết thúc (1–12), hoặc để trống nếu quanh năm.");
        v.Require(Reach is { } r && Enum.IsDefined(r), "reach", "Vui lòng chọn phạm vi giao hàng.");
        PostRules.Standards(v, Standards);
        PostRules.Validity(v, ValidUntil, today);
        return v;
    }

    public void ApplyTo(SupplyOffer o, int setCode, string? productName)
    {
        o.Title = Title!.Trim();
        o.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        o.ProductId = ProductId;
        o.SetCode = setCode;
        o.GroupCode = ProductSets.Find(setCode)!.GroupCode;
        o.Capacity = Capacity!.Value;
        o.Unit = Unit!.Value;
        o.Period = Period!.Value;
        o.MinOrder = MinOrder ?? 0;
        o.Tiers = PriceTiers!;
        o.SeasonFrom = SeasonFrom;
        o.SeasonTo = SeasonTo;
        o.Reach = Reach!.Value;
        o.Standards = TradeTerms.Combine(Standards);
        o.ValidUntil = ValidUntil!.Value;
        o.Folded = MatchRules.Fold(o.Title, productName, o.Description);
    }
}

/// <summary>Agreed terms of a deal: volume, unit price in đồng and the delivery period.</summary>
public sealed record DealTerms(int? Quantity, TradeUnit? Unit, long? Price, DateOnly? From, DateOnly? To)
{
    public Validation Validate(DateOnly today)
    {
        var v = new Validation();
        PostRules.Amount(v, "quantity", Quantity, 1, "Khối lượng thoả thuận phải từ 1 đến 1.000.000.");
        v.Require(Unit is { } u && Enum.IsDefined(u), "unit", "Vui lòng chọn đơn vị.");
        PostRules.Price(v, "price", Price, required: true);
        v.Require(From is { } f && f >= today.AddDays(-31), "from", "Vui lòng nhập ngày bắt đầu giao hàng (không sớm hơn một tháng trước).");
        v.Require(To is { } t && From is { } s && t >= s && t <= s.AddYears(3), "to", "Ngày kết thúc phải sau ngày bắt đầu và trong vòng 3 năm.");
        return v;
    }
}

/// <summary>Field rules shared by demand, offer and deal inputs.</summary>
internal static class PostRules
{
    public static void Text(Validation v, string field, string? value, int min, int max, string message)
    {
        var length = value?.Trim().Length ?? 0;
        v.Require(length >= min && length <= max, field, message);
        if (Html.ContainsMarkup(value)) v.Add(field, "Không được nhập mã HTML hoặc script.");
    }

    public static void Amount(Validation v, string field, int? value, int min, string message) =>
        v.Require(value is { } n && n >= min && n <= TradeTerms.MaxQuantity, field, message);

    public static void Price(Validation v, string field, long? value, bool required) =>
        v.Require(value is null ? !required : value > 0 && value <= TradeTerms.MaxUnitPrice, field, "Giá phải từ 1 đến 1.000.000.000 ₫ mỗi đơn vị.");

    public static void Standards(Validation v, List<StandardMark>? standards) =>
        v.Require(standards is null || standards.All(s => TradeTerms.AllStandards.Contains(s)), "standards", "Tiêu chuẩn không có trong danh mục.");

    public static void Validity(Validation v, DateOnly? validUntil, DateOnly today) =>
        v.Require(validUntil is { } u && u >= today && u <= today.AddYears(1), "validUntil", "Hạn hiệu lực phải từ hôm nay đến 1 năm tới.");
}
