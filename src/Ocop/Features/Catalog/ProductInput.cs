using Ocop.Standards.Gs1;

namespace Ocop.Features.Catalog;

/// <summary>What a producer types about a product.</summary>
public sealed record ProductInput
{
    public string? Name { get; init; }
    public int? SetCode { get; init; }
    public string? Description { get; init; }
    public string? Story { get; init; }
    public string? Unit { get; init; }
    public int? NetWeightGrams { get; init; }
    public long? Price { get; init; }
    public int? Stock { get; init; }
    public string? Gtin { get; init; }
    public ProductStatus? Status { get; init; }

    /// <summary>Highest accepted price: 1 billion đồng (a tourism package or a large craft piece stays well below).</summary>
    public const long MaxPrice = 1_000_000_000;
    public const int MaxStock = 10_000_000;

    public Validation Validate()
    {
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(Name) && Name.Trim().Length is >= 3 and <= 200, "name", "Tên sản phẩm phải từ 3 đến 200 ký tự.");
        v.Require(SetCode is not null && ProductSets.Find(SetCode.Value) is not null, "setCode", "Vui lòng chọn bộ sản phẩm (1–26).");
        v.Require(!string.IsNullOrWhiteSpace(Unit) && Unit.Trim().Length <= 30, "unit", "Vui lòng nhập đơn vị bán (ví dụ: hộp, kg, chai).");
        v.Require(Price is > 0 and <= MaxPrice, "price", "Giá phải lớn hơn 0 và không quá 1.000.000.000 ₫.");
        v.Require(Stock is null or >= 0 and <= MaxStock, "stock", "Tồn kho phải từ 0 đến 10.000.000.");
        v.Require(NetWeightGrams is null or > 0 and <= 1_000_000, "netWeightGrams", "Khối lượng tịnh phải lớn hơn 0 và không quá 1 tấn.");
        v.Require(Description is null || Description.Length <= 2000, "description", "Mô tả tối đa 2.000 ký tự.");
        v.Require(Story is null || Story.Length <= 20000, "story", "Câu chuyện sản phẩm tối đa 20.000 ký tự.");
        v.Require(Status is null || Enum.IsDefined(Status.Value), "status", "Trạng thái không hợp lệ.");
        if (!string.IsNullOrWhiteSpace(Gtin) && !Standards.Gs1.Gtin.TryValidate(Gtin.Trim(), out var gtinError))
            v.Add("gtin", gtinError switch
            {
                "length" => "Mã GTIN phải có 8, 12, 13 hoặc 14 chữ số.",
                "digits" => "Mã GTIN chỉ gồm chữ số.",
                _ => "Mã GTIN sai số kiểm tra (check digit).",
            });
        foreach (var (field, value) in new[] { ("name", Name), ("unit", Unit), ("description", Description) })
            if (Html.ContainsMarkup(value)) v.Add(field, "Không được nhập mã HTML hoặc script.");
        return v;
    }

    public void ApplyTo(Product p)
    {
        p.Name = Name!.Trim();
        p.SetCode = SetCode!.Value;
        p.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        p.Story = string.IsNullOrWhiteSpace(Story) ? null : Story.Trim();
        p.Unit = Unit!.Trim();
        p.NetWeightGrams = NetWeightGrams;
        p.Price = Price!.Value;
        if (Stock is not null) p.Stock = Stock.Value;
        p.Gtin = string.IsNullOrWhiteSpace(Gtin) ? null : Gtin.Trim();
        if (Status is not null) p.Status = Status.Value;
    }

    public static ProductInput From(Product p) => new()
    {
        Name = p.Name, SetCode = p.SetCode, Description = p.Description, Story = p.Story, Unit = p.Unit,
        NetWeightGrams = p.NetWeightGrams, Price = p.Price, Stock = p.Stock, Gtin = p.Gtin, Status = p.Status,
    };

    public static string StatusLabel(ProductStatus s) => s switch
    {
        ProductStatus.Draft => "Bản nháp",
        ProductStatus.Listed => "Đang bán",
        ProductStatus.Hidden => "Đã ẩn",
        _ => s.ToString(),
    };
}
