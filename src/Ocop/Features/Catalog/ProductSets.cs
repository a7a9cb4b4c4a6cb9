namespace Ocop.Features.Catalog;

public sealed record ProductGroup(int Code, string Name);
public sealed record ProductSet(int Code, string Name, int GroupCode);

/// <summary>
/// The 6 product groups and 26 product sets of Decision 148/QĐ-TTg (Annex I, Annex III sheets).
/// Reference data of the programme; each set has its own scoring sheet.
/// </summary>
public static class ProductSets
{
    public static readonly IReadOnlyList<ProductGroup> Groups =
    [
        new(1, "Thực phẩm"),
        new(2, "Đồ uống"),
        new(3, "Thảo dược"),
        new(4, "Thủ công mỹ nghệ"),
        new(5, "Sinh vật cảnh"),
        new(6, "Dịch vụ du lịch cộng đồng"),
    ];

    public static readonly IReadOnlyList<ProductSet> All =
    [
        new(1, "Rau, củ, quả, hạt tươi", 1),
        new(2, "Thịt, thủy sản, trứng, sữa tươi", 1),
        new(3, "Gạo, ngũ cốc, hạt sơ chế khác", 1),
        new(4, "Mật ong, mật khác và nông sản thực phẩm khác", 1),
        new(5, "Đồ ăn nhanh", 1),
        new(6, "Chế biến từ gạo, ngũ cốc", 1),
        new(7, "Chế biến từ rau, củ, quả, hạt", 1),
        new(8, "Chế biến từ thịt, thủy sản, trứng, sữa, mật ong", 1),
        new(9, "Tương, nước mắm, gia vị dạng lỏng khác", 1),
        new(10, "Gia vị khác (muối, hành, tỏi, tiêu…)", 1),
        new(11, "Chè tươi, chè chế biến", 1),
        new(12, "Sản phẩm trà từ thực vật khác", 1),
        new(13, "Sản phẩm cà phê, ca cao", 1),
        new(14, "Rượu trắng", 2),
        new(15, "Đồ uống có cồn khác", 2),
        new(16, "Nước khoáng thiên nhiên, nước uống tinh khiết đóng chai", 2),
        new(17, "Đồ uống không cồn khác", 2),
        new(18, "Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền", 3),
        new(19, "Mỹ phẩm có thành phần từ thảo dược", 3),
        new(20, "Tinh dầu và thảo dược khác", 3),
        new(21, "Thủ công mỹ nghệ gia dụng, trang trí", 4),
        new(22, "Vải, may mặc", 4),
        new(23, "Hoa", 5),
        new(24, "Cây cảnh", 5),
        new(25, "Động vật cảnh", 5),
        new(26, "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", 6),
    ];

    public static ProductSet? Find(int code) => code is >= 1 and <= 26 ? All[code - 1] : null;
    public static ProductGroup GroupOf(int setCode) => Groups[All[setCode - 1].GroupCode - 1];
}
