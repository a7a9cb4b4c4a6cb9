namespace Ocop.Bench;

/// <summary>A kind of product within one of the 26 OCOP sets: base names, selling unit and price range (đồng).</summary>
public sealed record ProductKind(int SetCode, string[] Names, string Unit, long MinPrice, long MaxPrice);

/// <summary>Vietnamese fragments combined into product and producer names.</summary>
public static class CatalogueFragments
{
    public static readonly ProductKind[] Kinds =
    [
        new(1, ["Cam sành", "Bưởi da xanh", "Xoài cát Hòa Lộc", "Nhãn lồng", "Vải thiều", "Mận hậu", "Dứa Queen"], "kg", 25_000, 120_000),
        new(2, ["Trứng gà ta", "Cá tra phi lê", "Tôm sú", "Sữa bò tươi", "Cua đồng", "Thịt lợn đen"], "kg", 40_000, 450_000),
        new(3, ["Gạo ST25", "Gạo tám thơm", "Gạo nếp cái hoa vàng", "Gạo lứt đỏ", "Hạt mắc ca", "Đậu tương"], "túi 5 kg", 90_000, 260_000),
        new(4, ["Mật ong hoa nhãn", "Mật ong bạc hà", "Mật ong rừng", "Mật mía", "Phấn hoa"], "chai 500 ml", 120_000, 450_000),
        new(5, ["Bánh mì que", "Chả cá chiên", "Nem chua rán", "Bánh bao nhân thịt"], "hộp", 35_000, 90_000),
        new(6, ["Bún khô", "Phở khô", "Bánh đa nem", "Miến dong", "Bánh tráng phơi sương", "Cốm làng Vòng"], "gói 500 g", 25_000, 95_000),
        new(7, ["Mứt gừng", "Chuối sấy dẻo", "Xoài sấy", "Ô mai mơ", "Măng khô", "Nấm hương khô"], "hộp 250 g", 45_000, 220_000),
        new(8, ["Chả mực", "Lạp xưởng", "Thịt trâu gác bếp", "Ruốc cá hồi", "Khô cá lóc", "Tôm khô"], "gói 500 g", 120_000, 850_000),
        new(9, ["Nước mắm cá cơm", "Nước mắm nhĩ", "Tương bần", "Tương ớt", "Mắm tôm"], "chai 500 ml", 35_000, 180_000),
        new(10, ["Muối tôm", "Tỏi cô đơn", "Tiêu đen", "Hành tím", "Muối ớt xanh", "Quế thanh"], "hũ 200 g", 30_000, 250_000),
        new(11, ["Chè Shan tuyết cổ thụ", "Chè búp Thái Nguyên", "Trà ô long", "Chè xanh", "Trà móc câu"], "hộp 200 g", 120_000, 950_000),
        new(12, ["Trà hoa vàng", "Trà atiso", "Trà gạo lứt", "Trà hoa cúc", "Trà mãng cầu"], "hộp 100 g", 60_000, 380_000),
        new(13, ["Cà phê Robusta rang xay", "Cà phê Arabica", "Cà phê chồn", "Bột ca cao nguyên chất", "Sô cô la đen"], "gói 500 g", 95_000, 1_200_000),
        new(14, ["Rượu ngô men lá", "Rượu nếp cẩm", "Rượu làng Vân", "Rượu Bàu Đá", "Rượu táo mèo"], "chai 500 ml", 80_000, 600_000),
        new(15, ["Rượu vang sim", "Rượu mơ", "Rượu vang nho", "Bia thủ công"], "chai 750 ml", 120_000, 650_000),
        new(16, ["Nước khoáng thiên nhiên", "Nước uống tinh khiết", "Nước khoáng nóng"], "thùng 24 chai", 90_000, 180_000),
        new(17, ["Nước cốt chanh leo", "Siro dâu tằm", "Nước ép nhàu", "Nước dừa đóng lon"], "chai 500 ml", 30_000, 150_000),
        new(18, ["Cao đinh lăng", "Sâm Ngọc Linh", "Viên tinh nghệ", "Cao actiso", "Đông trùng hạ thảo"], "hộp", 150_000, 2_500_000),
        new(19, ["Dầu gội bồ kết", "Xà phòng sả chanh", "Son môi dầu dừa", "Nước hoa hồng"], "chai", 60_000, 320_000),
        new(20, ["Tinh dầu tràm", "Tinh dầu quế", "Tinh dầu sả", "Tinh dầu bưởi", "Thảo dược ngâm chân"], "lọ 100 ml", 55_000, 380_000),
        new(21, ["Giỏ mây tre đan", "Gốm Bát Tràng", "Chiếu cói", "Tranh Đông Hồ", "Nón lá", "Đèn lồng"], "chiếc", 80_000, 2_800_000),
        new(22, ["Thổ cẩm dệt tay", "Lụa tơ tằm", "Khăn lanh", "Áo chàm", "Túi thổ cẩm"], "chiếc", 150_000, 3_500_000),
        new(23, ["Hoa lan hồ điệp", "Hoa đào Nhật Tân", "Hoa cúc mâm xôi", "Hoa hồng cổ"], "chậu", 120_000, 1_500_000),
        new(24, ["Cây quất cảnh", "Bonsai sam hương", "Cây mai vàng", "Cây lộc vừng"], "chậu", 350_000, 5_000_000),
        new(25, ["Cá Koi", "Chim chào mào", "Cá bảy màu"], "con", 50_000, 3_000_000),
        new(26, ["Tour bản làng", "Homestay nhà sàn", "Trải nghiệm làm chè", "Du lịch sinh thái miệt vườn", "Tour chèo thuyền"], "khách", 250_000, 1_800_000),
    ];

    public static readonly string[] Qualifiers =
    [
        "hữu cơ", "đặc sản", "truyền thống", "thượng hạng", "loại 1", "cao cấp", "gia truyền", "sạch", "tự nhiên", "thủ công",
        "cổ truyền", "đặc biệt", "nguyên chất", "VietGAP",
    ];

    public static readonly string[] DescriptionOpenings =
    [
        "Sản phẩm được làm theo công thức gia truyền", "Nguyên liệu thu hái tại vùng trồng đạt chuẩn VietGAP",
        "Sản xuất thủ công bởi bà con dân tộc thiểu số", "Đóng gói tại hợp tác xã, truy xuất được nguồn gốc",
        "Hương vị đậm đà, không chất bảo quản", "Quy trình khép kín, kiểm soát chất lượng từng lô",
    ];

    public static readonly string[] DescriptionClosings =
    [
        "Thích hợp làm quà biếu dịp Tết.", "Bảo quản nơi khô ráo, thoáng mát.", "Giao hàng toàn quốc.",
        "Đạt chứng nhận an toàn thực phẩm.", "Phù hợp cho gia đình và nhà hàng.",
    ];

    public static readonly string[] ProducerPrefixes =
    [
        "Hợp tác xã", "Hợp tác xã nông nghiệp", "Tổ hợp tác", "Công ty TNHH", "Công ty cổ phần", "Hộ kinh doanh", "Cơ sở sản xuất",
    ];

    public static readonly string[] ProducerThemes =
    [
        "Nông sản", "Chè", "Mật ong", "Gạo sạch", "Thảo dược", "Thủ công mỹ nghệ", "Đặc sản", "Cà phê", "Rượu truyền thống",
        "Thực phẩm sạch", "Du lịch cộng đồng", "Dệt thổ cẩm", "Nấm", "Cây ăn quả",
    ];

    public static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò", "Hà", "Sùng", "Giàng", "Lường"];
    public static readonly string[] MiddleNames = ["Văn", "Thị", "Minh", "Đức", "Thu", "Hồng", "Quang", "A"];
    public static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hùng", "Lan", "Mai", "Nam", "Phương", "Sơn", "Tâm", "Thảo", "Vân", "Xuân"];
    public static readonly string[] Ethnicities = ["Thái", "Mông", "Tày", "Nùng", "Dao", "Mường", "Khmer", "Ê Đê"];
}
