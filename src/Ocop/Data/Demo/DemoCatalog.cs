namespace Ocop.Data.Demo;

/// <summary>
/// A product the demo data can offer: set, full name (<c>{p}</c> stands for a place), the short
/// name printed on its generated image, sale unit, net weight and a typical price in đồng.
/// <see cref="Commune"/> is the commune a speciality comes from, when it has one.
/// </summary>
internal sealed record ProductTemplate(int Set, string Name, string Short, string Unit, int? Grams, long Price, string? Commune);

internal enum Region { MountainNorth, Delta, Central, Highlands, South }

/// <summary>A province of the demo data: how many producers, who lives there and what it is known for.</summary>
internal sealed record DemoProvince(string Code, string Name, Region Region, int Producers, double MinorityShare, string[] Ethnicities, ProductTemplate[] Specialities)
{
    /// <summary>How a sentence names it: "tỉnh Sơn La", "thành phố Huế".</summary>
    public string InText => (Code is "01" or "31" or "46" or "48" or "79" or "92" ? "thành phố " : "tỉnh ") + Name;
}

/// <summary>
/// The tables behind the demo catalogue: provinces with their local specialities and, for each of
/// the 26 product sets, generic products any producer of that set may make. Lines read
/// <c>set|name|short name|unit|grams|price[|commune]</c>.
/// </summary>
internal static class DemoCatalog
{
    private static ProductTemplate[] Parse(string lines) =>
        lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line =>
        {
            var f = line.Split('|');
            return new ProductTemplate(int.Parse(f[0]), f[1], f[2], f[3], f[4].Length == 0 ? null : int.Parse(f[4]), long.Parse(f[5]), f.Length > 6 ? f[6] : null);
        }).ToArray();

    private static DemoProvince P(string code, string name, Region region, int producers, double minority, string ethnicities, string specialities) =>
        new(code, name, region, producers, minority, ethnicities.Length == 0 ? [] : ethnicities.Split(','), Parse(specialities));

    /// <summary>The featured cooperative of the demo producer account, first in the data so its products rank first.</summary>
    public static readonly ProductTemplate[] SongMa = Parse("""
        1|Nhãn Sông Mã|Nhãn Sông Mã|kg|1000|45000
        7|Long nhãn sấy Sông Mã|Long nhãn|hộp|500|185000
        13|Cà phê bột nguyên chất Sơn La|Cà phê bột|gói|500|150000
        12|Trà vỏ cà phê Sơn La|Trà vỏ cà phê|hộp|200|95000
        7|Mận sấy Sơn La|Mận sấy|túi|500|120000
        4|Mật ong hoa nhãn Sông Mã|Mật ong hoa nhãn|chai|500|220000
        26|Trải nghiệm vườn nhãn Sông Mã (1 ngày)|Vườn nhãn|người||350000
        """);

    public static readonly IReadOnlyList<DemoProvince> Provinces =
    [
        P("14", "Sơn La", Region.MountainNorth, 16, 0.7, "Thái,Thái,Thái,Mông,Mường,Dao", """
            1|Mận hậu Mộc Châu|Mận hậu|kg|1000|45000|Phường Mộc Châu
            11|Chè Shan tuyết Tà Xùa|Chè Shan tuyết|hộp|200|350000|Xã Tà Xùa
            8|Thịt trâu gác bếp Sơn La|Trâu gác bếp|túi|500|480000
            13|Cà phê Arabica Thuận Châu rang xay|Cà phê Arabica|gói|500|160000|Xã Thuận Châu
            8|Sữa chua nếp cẩm Mộc Châu|Sữa chua nếp cẩm|hộp|500|60000|Phường Mộc Châu
            14|Rượu ngô men lá Tà Xùa|Rượu ngô|chai||150000|Xã Tà Xùa
            22|Khăn Piêu thêu tay Thuận Châu|Khăn Piêu|chiếc||350000|Xã Thuận Châu
            1|Xoài tròn Yên Châu|Xoài Yên Châu|kg|1000|50000|Xã Yên Châu
            26|Homestay bản Áng Mộc Châu (1 đêm)|Homestay Mộc Châu|đêm||450000|Phường Mộc Châu
            """),
        P("42", "Hà Tĩnh", Region.Central, 9, 0.05, "Mường,Chứt", """
            7|Kẹo cu đơ Hà Tĩnh|Kẹo cu đơ|hộp|500|65000
            1|Cam Vũ Quang|Cam Vũ Quang|kg|1000|50000|Xã Vũ Quang
            1|Bưởi Phúc Trạch|Bưởi Phúc Trạch|quả|1500|80000|Xã Phúc Trạch
            1|Cam bù Hương Sơn|Cam bù|kg|1000|60000|Xã Hương Sơn
            18|Nhung hươu Hương Sơn thái lát|Nhung hươu|hộp|100|1500000|Xã Hương Sơn
            9|Nước mắm Cửa Sót|Nước mắm|chai||95000
            6|Bánh đa vừng Thạch Hà|Bánh đa vừng|gói|500|40000
            20|Tinh dầu bưởi Phúc Trạch|Tinh dầu bưởi|lọ||120000|Xã Phúc Trạch
            26|Tour trải nghiệm vườn cam Vũ Quang|Vườn cam|người||300000|Xã Vũ Quang
            """),
        P("19", "Thái Nguyên", Region.MountainNorth, 8, 0.35, "Tày,Nùng,Dao,Sán Dìu", """
            11|Chè Tân Cương Thái Nguyên|Chè Tân Cương|hộp|200|250000|Xã Tân Cương
            11|Chè búp đinh Tân Cương|Chè búp đinh|hộp|100|450000|Xã Tân Cương
            11|Chè xanh Đại Từ|Chè Đại Từ|gói|500|280000|Xã Đại Từ
            6|Miến dong Bắc Kạn|Miến dong|gói|500|70000|Phường Bắc Kạn
            6|Bánh chưng Bờ Đậu|Bánh chưng|chiếc|1000|60000
            1|Hồng không hạt Ba Bể|Hồng không hạt|kg|1000|55000|Xã Ba Bể
            26|Homestay Pác Ngòi hồ Ba Bể (1 đêm)|Homestay Ba Bể|đêm||500000|Xã Ba Bể
            """),
        P("24", "Bắc Ninh", Region.Delta, 7, 0.08, "Tày,Nùng,Sán Dìu", """
            1|Vải thiều Lục Ngạn|Vải thiều|kg|1000|45000|Xã Lục Ngạn
            7|Vải thiều sấy khô Lục Ngạn|Vải sấy|hộp|500|150000|Xã Lục Ngạn
            6|Bánh phu thê Đình Bảng|Bánh phu thê|hộp|600|60000
            14|Rượu làng Vân|Rượu làng Vân|chai||180000
            21|Tranh dân gian Đông Hồ|Tranh Đông Hồ|bức||250000
            6|Mỳ Chũ Bắc Ninh|Mỳ Chũ|gói|500|50000
            21|Gốm Phù Lãng|Gốm Phù Lãng|chiếc||450000
            """),
        P("01", "Hà Nội", Region.Delta, 5, 0.02, "Mường,Dao", """
            11|Trà sen Quảng An|Trà sen|hộp|100|650000
            6|Cốm làng Vòng|Cốm làng Vòng|gói|500|120000
            21|Bộ ấm chén gốm Bát Tràng|Gốm Bát Tràng|bộ||850000|Xã Bát Tràng
            22|Khăn lụa Vạn Phúc|Lụa Vạn Phúc|chiếc||450000
            1|Bưởi Diễn|Bưởi Diễn|quả|1200|60000
            23|Cành đào Nhật Tân|Đào Nhật Tân|cành||800000
            25|Cá Koi Việt Hà Nội|Cá Koi|con||900000
            """),
        P("04", "Cao Bằng", Region.MountainNorth, 3, 0.9, "Tày,Nùng,Mông,Dao", """
            7|Hạt dẻ Trùng Khánh rang|Hạt dẻ|kg|1000|180000|Xã Trùng Khánh
            8|Lạp sườn hun khói Cao Bằng|Lạp sườn|kg|1000|380000
            21|Hương nhang Phja Thắp|Hương Phja Thắp|bó||80000
            26|Tour thác Bản Giốc – làng đá Khuổi Ky|Tour Bản Giốc|người||1200000|Xã Trùng Khánh
            """),
        P("08", "Tuyên Quang", Region.MountainNorth, 4, 0.75, "Tày,Mông,Dao,Lô Lô", """
            1|Cam sành Hàm Yên|Cam sành|kg|1000|35000
            4|Mật ong bạc hà Mèo Vạc|Mật ong bạc hà|chai|500|350000|Xã Mèo Vạc
            8|Thịt bò khô Hà Giang|Bò khô|túi|500|550000
            6|Bánh tam giác mạch Đồng Văn|Tam giác mạch|hộp|400|60000
            22|Thổ cẩm lanh Lùng Tám|Thổ cẩm lanh|tấm||650000
            """),
        P("11", "Điện Biên", Region.MountainNorth, 3, 0.85, "Thái,Mông,Khơ Mú", """
            3|Gạo tám thơm Điện Biên|Gạo Điện Biên|túi|5000|150000
            13|Cà phê Arabica Điện Biên|Cà phê Điện Biên|gói|500|170000
            10|Mắc khén rừng Điện Biên|Mắc khén|lọ|100|65000
            """),
        P("12", "Lai Châu", Region.MountainNorth, 3, 0.85, "Thái,Mông,Dao", """
            11|Chè Shan tuyết Sìn Hồ|Chè Sìn Hồ|hộp|200|320000|Xã Sìn Hồ
            18|Sâm Lai Châu ngâm mật ong|Sâm Lai Châu|lọ|500|1450000
            10|Thảo quả sấy khô Lai Châu|Thảo quả|túi|500|180000
            """),
        P("15", "Lào Cai", Region.MountainNorth, 5, 0.7, "Mông,Dao,Tày,Thái", """
            1|Mận tam hoa Bắc Hà|Mận Bắc Hà|kg|1000|50000|Xã Bắc Hà
            3|Gạo Séng Cù Mường Khương|Gạo Séng Cù|túi|5000|140000
            10|Quế thanh Văn Yên|Quế Văn Yên|túi|500|120000
            20|Tinh dầu quế Văn Yên|Tinh dầu quế|lọ||150000
            19|Lá tắm người Dao đỏ Sa Pa|Lá tắm Dao đỏ|gói|300|60000|Phường Sa Pa
            26|Tour trekking bản Cát Cát Sa Pa|Trekking Sa Pa|người||650000|Phường Sa Pa
            """),
        P("20", "Lạng Sơn", Region.MountainNorth, 3, 0.8, "Tày,Nùng,Dao", """
            1|Na Chi Lăng|Na Chi Lăng|kg|1000|70000|Xã Chi Lăng
            10|Hoa hồi khô Lạng Sơn|Hoa hồi|túi|500|150000
            5|Khâu nhục Lạng Sơn|Khâu nhục|hộp|800|250000
            """),
        P("22", "Quảng Ninh", Region.Delta, 4, 0.15, "Dao,Tày,Sán Dìu", """
            8|Chả mực Hạ Long|Chả mực|kg|1000|420000
            9|Nước mắm Cái Rồng|Nước mắm|chai||110000
            18|Ba kích tím Quảng Ninh|Ba kích|hộp|500|450000
            12|Trà hoa vàng Ba Chẽ|Trà hoa vàng|hộp|100|550000
            26|Homestay Bình Liêu (1 đêm)|Homestay Bình Liêu|đêm||400000|Xã Bình Liêu
            """),
        P("25", "Phú Thọ", Region.Delta, 5, 0.3, "Mường,Dao,Thái", """
            1|Bưởi Đoan Hùng|Bưởi Đoan Hùng|quả|1000|50000|Xã Đoan Hùng
            1|Cam Cao Phong|Cam Cao Phong|kg|1000|45000|Xã Cao Phong
            8|Thịt chua Thanh Sơn|Thịt chua|hộp|200|65000
            16|Nước khoáng thiên nhiên Kim Bôi|Khoáng Kim Bôi|thùng||120000
            26|Homestay bản Lác Mai Châu (1 đêm)|Homestay Mai Châu|đêm||350000|Xã Mai Châu
            """),
        P("33", "Hưng Yên", Region.Delta, 4, 0.0, "", """
            1|Nhãn lồng Hưng Yên|Nhãn lồng|kg|1000|70000
            9|Tương Bần Hưng Yên|Tương Bần|chai||35000
            2|Gà Đông Tảo|Gà Đông Tảo|kg|1000|450000|Xã Khoái Châu
            6|Bánh cáy làng Nguyễn|Bánh cáy|hộp|300|55000
            """),
        P("37", "Ninh Bình", Region.Delta, 4, 0.03, "Mường", """
            6|Cơm cháy Ninh Bình|Cơm cháy|gói|300|45000
            14|Rượu Kim Sơn|Rượu Kim Sơn|chai||140000|Xã Kim Sơn
            21|Thảm cói Kim Sơn|Thảm cói|chiếc||280000|Xã Kim Sơn
            6|Kẹo Sìu Châu Nam Định|Kẹo Sìu Châu|hộp|300|75000
            """),
        P("38", "Thanh Hóa", Region.Central, 4, 0.2, "Mường,Thái", """
            8|Nem chua Thanh Hóa|Nem chua|túi|500|60000
            9|Nước mắm Ba Làng|Nước mắm Ba Làng|chai||120000
            21|Chiếu cói Nga Sơn|Chiếu cói|chiếc||350000|Xã Nga Sơn
            26|Homestay Pù Luông (1 đêm)|Homestay Pù Luông|đêm||450000|Xã Pù Luông
            """),
        P("40", "Nghệ An", Region.Central, 4, 0.25, "Thái,Mông,Khơ Mú", """
            1|Cam Vinh|Cam Vinh|kg|1000|45000
            7|Nhút Thanh Chương|Nhút|hũ|500|40000
            9|Tương Nam Đàn|Tương Nam Đàn|chai||40000|Xã Nam Đàn
            22|Thổ cẩm Thái Con Cuông|Thổ cẩm Thái|tấm||550000
            """),
        P("44", "Quảng Trị", Region.Central, 4, 0.15, "Bru - Vân Kiều,Pa Kô", """
            13|Cà phê Khe Sanh|Cà phê Khe Sanh|gói|500|140000|Xã Khe Sanh
            10|Tiêu Cùa Quảng Trị|Tiêu Cùa|túi|500|110000
            20|Dầu tràm Quảng Trị|Dầu tràm|chai||85000
            26|Tour trải nghiệm Phong Nha – Kẻ Bàng|Tour Phong Nha|người||950000|Xã Phong Nha
            """),
        P("46", "Huế", Region.Central, 3, 0.05, "Tà Ôi,Cơ Tu", """
            6|Mè xửng Huế|Mè xửng|hộp|250|55000
            8|Tôm chua Huế|Tôm chua|hũ|500|180000
            12|Trà cung đình Huế|Trà cung đình|hộp|200|120000
            21|Nón bài thơ Huế|Nón bài thơ|chiếc||150000
            """),
        P("48", "Đà Nẵng", Region.Central, 4, 0.1, "Cơ Tu", """
            9|Nước mắm Nam Ô|Nước mắm Nam Ô|chai||150000
            12|Trà sâm dây Ngọc Linh|Trà sâm dây|hộp|200|280000
            21|Đèn lồng Hội An|Đèn lồng|chiếc||180000|Phường Hội An
            22|Thổ cẩm Cơ Tu|Thổ cẩm Cơ Tu|tấm||600000
            """),
        P("52", "Gia Lai", Region.Highlands, 4, 0.4, "Gia Rai,Ba Na", """
            10|Hồ tiêu Chư Sê|Hồ tiêu|túi|500|120000|Xã Chư Sê
            14|Rượu Bàu Đá|Rượu Bàu Đá|chai||150000
            6|Bánh tráng nước dừa Tam Quan|Bánh tráng dừa|gói|500|40000|Phường Tam Quan
            8|Chả cá Quy Nhơn|Chả cá|kg|1000|260000
            """),
        P("56", "Khánh Hòa", Region.Central, 4, 0.15, "Chăm,Raglai", """
            4|Tổ yến sào Khánh Hòa|Yến sào|hộp|50|1500000
            17|Nước yến sào đóng lon|Nước yến|lốc||180000
            1|Nho xanh Ninh Thuận|Nho xanh|kg|1000|60000
            15|Vang nho Phan Rang|Vang nho|chai||250000
            21|Gốm Bàu Trúc|Gốm Bàu Trúc|chiếc||380000
            """),
        P("66", "Đắk Lắk", Region.Highlands, 5, 0.4, "Ê Đê,M'Nông", """
            13|Cà phê Buôn Ma Thuột|Cà phê BMT|gói|500|180000
            13|Socola ca cao nguyên chất Đắk Lắk|Socola|thanh|100|85000
            1|Sầu riêng Krông Pắc|Sầu riêng|kg|1000|95000|Xã Krông Pắc
            4|Mật ong hoa cà phê|Mật ong cà phê|chai|500|220000
            15|Rượu cần Buôn Đôn|Rượu cần|bình||320000|Xã Buôn Đôn
            """),
        P("68", "Lâm Đồng", Region.Highlands, 5, 0.25, "K'Ho,Mạ,M'Nông", """
            12|Trà atiso Đà Lạt|Trà atiso|hộp|200|90000
            11|Trà ô long Bảo Lộc|Trà ô long|hộp|200|300000
            13|Cà phê Arabica Cầu Đất|Arabica Cầu Đất|gói|500|230000
            7|Hồng treo gió Đà Lạt|Hồng treo gió|hộp|500|320000
            23|Hoa hồng Đà Lạt|Hoa hồng|bó||150000
            7|Hạt mắc ca sấy nứt vỏ|Mắc ca|hộp|500|280000
            """),
        P("75", "Đồng Nai", Region.South, 3, 0.05, "Xtiêng,Châu Ro", """
            7|Hạt điều rang muối Bình Phước|Hạt điều|hộp|500|220000
            1|Bưởi Tân Triều|Bưởi Tân Triều|quả|1200|65000
            """),
        P("79", "Hồ Chí Minh", Region.South, 4, 0.02, "Khmer,Hoa", """
            1|Măng cụt Lái Thiêu|Măng cụt|kg|1000|80000|Phường Lái Thiêu
            21|Tranh sơn mài Tương Bình Hiệp|Tranh sơn mài|bức||1500000
            9|Nước mắm Long Hải|Nước mắm Long Hải|chai||90000
            2|Sữa tươi bò Củ Chi|Sữa bò Củ Chi|chai||35000
            """),
        P("80", "Tây Ninh", Region.South, 3, 0.05, "Khmer,Chăm", """
            10|Muối tôm Tây Ninh|Muối tôm|hũ|200|40000
            6|Bánh tráng phơi sương Trảng Bàng|Bánh tráng|gói|500|45000|Phường Trảng Bàng
            3|Gạo nàng thơm Chợ Đào|Gạo Chợ Đào|túi|5000|160000
            """),
        P("82", "Đồng Tháp", Region.South, 4, 0.0, "", """
            1|Xoài cát Hòa Lộc|Xoài cát|kg|1000|90000
            8|Nem Lai Vung|Nem Lai Vung|chục||60000|Xã Lai Vung
            24|Cây kiểng Sa Đéc|Kiểng Sa Đéc|chậu||750000|Phường Sa Đéc
            23|Hoa cúc mâm xôi Sa Đéc|Cúc mâm xôi|chậu||180000|Phường Sa Đéc
            """),
        P("86", "Vĩnh Long", Region.South, 4, 0.15, "Khmer", """
            7|Kẹo dừa Bến Tre|Kẹo dừa|hộp|400|45000
            1|Bưởi da xanh Bến Tre|Bưởi da xanh|quả|1500|70000
            24|Mai vàng bonsai Chợ Lách|Mai vàng|chậu||1200000|Xã Chợ Lách
            26|Tour miệt vườn cù lao An Bình|Miệt vườn|người||450000
            """),
        P("91", "An Giang", Region.South, 4, 0.2, "Khmer,Chăm", """
            4|Đường thốt nốt Tri Tôn|Đường thốt nốt|kg|1000|85000|Xã Tri Tôn
            9|Nước mắm Phú Quốc|Nước mắm Phú Quốc|chai||160000|Đặc khu Phú Quốc
            10|Hồ tiêu Phú Quốc|Tiêu Phú Quốc|hộp|200|150000|Đặc khu Phú Quốc
            22|Lụa Tân Châu|Lụa Tân Châu|mét||300000
            26|Tour rừng tràm Trà Sư|Rừng tràm|người||250000
            """),
        P("92", "Cần Thơ", Region.South, 4, 0.2, "Khmer,Hoa", """
            3|Gạo ST25 Sóc Trăng|Gạo ST25|túi|5000|180000
            6|Bánh pía Sóc Trăng|Bánh pía|hộp|500|90000
            1|Bưởi Năm Roi Phú Hữu|Bưởi Năm Roi|quả|1200|55000
            26|Tour chợ nổi Cái Răng|Chợ nổi|người||350000|Phường Cái Răng
            """),
        P("96", "Cà Mau", Region.South, 4, 0.1, "Khmer", """
            8|Tôm khô Rạch Gốc|Tôm khô|túi|500|650000
            2|Cua Cà Mau|Cua Cà Mau|kg|1000|550000|Xã Năm Căn
            4|Mật ong rừng U Minh|Mật ong U Minh|chai|500|380000|Xã U Minh
            10|Muối Bạc Liêu|Muối Bạc Liêu|túi|1000|25000
            """),
    ];

    /// <summary>Products any producer of a set may make; <c>{p}</c> becomes its commune or province.</summary>
    public static readonly ILookup<int, ProductTemplate> Generic = Parse("""
        1|Cam sành {p}|Cam sành|kg|1000|35000
        1|Chuối tiêu hồng {p}|Chuối tiêu hồng|nải|2000|40000
        1|Khoai lang mật {p}|Khoai lang|kg|1000|30000
        1|Dưa lưới {p}|Dưa lưới|kg|1000|65000
        1|Rau cải mèo {p}|Cải mèo|bó|500|20000
        1|Bí đỏ hồ lô {p}|Bí đỏ|kg|1000|25000
        1|Ổi lê {p}|Ổi lê|kg|1000|30000
        2|Trứng gà ta {p}|Trứng gà ta|hộp|600|45000
        2|Thịt lợn đen {p}|Lợn đen|kg|1000|190000
        2|Gà đồi thả vườn {p}|Gà đồi|kg|1000|160000
        2|Cá chép ruộng {p}|Cá chép|kg|1000|90000
        2|Vịt bầu {p}|Vịt bầu|kg|1000|110000
        3|Gạo nếp cái hoa vàng {p}|Nếp cái hoa vàng|túi|2000|80000
        3|Gạo lứt đỏ {p}|Gạo lứt|túi|2000|70000
        3|Gạo tám thơm {p}|Gạo tám|túi|5000|140000
        3|Lạc đỏ {p}|Lạc đỏ|kg|1000|60000
        3|Đậu tương {p}|Đậu tương|kg|1000|40000
        4|Mật ong hoa rừng {p}|Mật ong rừng|chai|500|250000
        4|Mật ong hoa nhãn {p}|Mật ong nhãn|chai|500|200000
        4|Mật mía {p}|Mật mía|chai|700|60000
        4|Tinh bột nghệ {p}|Tinh bột nghệ|hộp|500|280000
        4|Tinh bột sắn dây {p}|Sắn dây|túi|500|90000
        5|Chả giò rế {p}|Chả giò|hộp|500|75000
        5|Xôi ngũ sắc {p}|Xôi ngũ sắc|hộp|500|50000
        5|Cơm lam {p}|Cơm lam|ống|400|30000
        5|Nem rán đông lạnh {p}|Nem rán|hộp|500|85000
        5|Bánh bao nhân thịt {p}|Bánh bao|hộp|600|70000
        6|Bún khô {p}|Bún khô|gói|500|35000
        6|Phở khô {p}|Phở khô|gói|500|40000
        6|Bánh đa nem {p}|Bánh đa nem|gói|300|30000
        6|Bánh gạo lứt {p}|Bánh gạo lứt|gói|200|45000
        6|Cơm cháy chà bông {p}|Cơm cháy|hộp|300|60000
        7|Mứt gừng {p}|Mứt gừng|hộp|300|55000
        7|Chuối sấy dẻo {p}|Chuối sấy|túi|500|70000
        7|Măng khô {p}|Măng khô|túi|500|150000
        7|Mít sấy giòn {p}|Mít sấy|túi|250|55000
        7|Lạc rang húng lìu {p}|Lạc húng lìu|hũ|400|65000
        8|Lạp xưởng {p}|Lạp xưởng|kg|1000|260000
        8|Ruốc thịt lợn {p}|Ruốc thịt|hũ|200|95000
        8|Trứng vịt muối {p}|Trứng muối|hộp|600|50000
        8|Cá khô {p}|Cá khô|túi|500|220000
        8|Thịt lợn gác bếp {p}|Lợn gác bếp|túi|500|420000
        9|Nước mắm cốt {p}|Nước mắm|chai||120000
        9|Tương nếp {p}|Tương nếp|chai||40000
        9|Mắm tôm {p}|Mắm tôm|hũ||45000
        9|Tương ớt {p}|Tương ớt|chai||30000
        9|Giấm gạo lên men {p}|Giấm gạo|chai||35000
        10|Muối ớt xanh {p}|Muối ớt|hũ|200|35000
        10|Tiêu đen {p}|Tiêu đen|túi|500|120000
        10|Ớt bột {p}|Ớt bột|hũ|100|30000
        10|Tỏi cô đơn {p}|Tỏi cô đơn|kg|1000|180000
        10|Hành tím {p}|Hành tím|kg|1000|60000
        11|Chè xanh {p}|Chè xanh|gói|500|180000
        11|Chè búp {p}|Chè búp|hộp|200|220000
        11|Hồng trà {p}|Hồng trà|hộp|200|160000
        11|Chè Shan tuyết {p}|Shan tuyết|hộp|200|300000
        12|Trà giảo cổ lam {p}|Giảo cổ lam|hộp|200|95000
        12|Trà hoa cúc {p}|Trà hoa cúc|hộp|100|120000
        12|Trà gạo lứt {p}|Trà gạo lứt|hộp|500|75000
        12|Trà túi lọc cà gai leo {p}|Cà gai leo|hộp|100|85000
        12|Trà lá sen {p}|Trà lá sen|hộp|200|90000
        13|Cà phê bột nguyên chất {p}|Cà phê bột|gói|500|140000
        13|Cà phê hạt rang mộc {p}|Cà phê hạt|gói|500|160000
        13|Cà phê phin giấy {p}|Phin giấy|hộp|120|85000
        13|Bột ca cao nguyên chất {p}|Ca cao|hộp|250|120000
        14|Rượu nếp cái hoa vàng {p}|Rượu nếp|chai||160000
        14|Rượu ngô men lá {p}|Rượu ngô|chai||140000
        14|Rượu gạo truyền thống {p}|Rượu gạo|can||250000
        14|Rượu nếp cẩm {p}|Rượu nếp cẩm|chai||150000
        15|Rượu mơ {p}|Rượu mơ|chai||180000
        15|Rượu táo mèo {p}|Rượu táo mèo|chai||170000
        15|Vang sim {p}|Vang sim|chai||220000
        15|Rượu chuối hột {p}|Rượu chuối hột|bình||260000
        16|Nước khoáng thiên nhiên {p}|Nước khoáng|thùng||110000
        16|Nước uống tinh khiết {p}|Nước tinh khiết|thùng||70000
        16|Nước khoáng có ga {p}|Khoáng có ga|thùng||130000
        17|Nước cốt gừng mật ong {p}|Gừng mật ong|chai||85000
        17|Nước ép cam {p}|Nước ép cam|chai||45000
        17|Nước cốt chanh leo {p}|Chanh leo|chai||65000
        17|Nước ép táo mèo {p}|Nước táo mèo|chai||55000
        18|Cao atiso {p}|Cao atiso|lọ|200|180000
        18|Cao giảo cổ lam {p}|Cao giảo cổ lam|lọ|100|250000
        18|Viên nghệ mật ong {p}|Nghệ mật ong|lọ|300|160000
        18|Cao cà gai leo {p}|Cao cà gai leo|lọ|100|230000
        18|Viên tam thất {p}|Viên tam thất|lọ|100|320000
        19|Xà phòng thảo dược {p}|Xà phòng|bánh|100|45000
        19|Dầu gội bồ kết {p}|Dầu gội bồ kết|chai||95000
        19|Kem nghệ {p}|Kem nghệ|hũ|50|120000
        19|Nước hoa bưởi {p}|Nước hoa bưởi|chai||80000
        20|Tinh dầu sả chanh {p}|Sả chanh|lọ||90000
        20|Tinh dầu quế {p}|Tinh dầu quế|lọ||130000
        20|Tinh dầu tràm {p}|Tinh dầu tràm|chai||80000
        20|Tinh dầu bạc hà {p}|Tinh dầu bạc hà|lọ||110000
        20|Ngải cứu khô {p}|Ngải cứu|túi|500|60000
        21|Giỏ mây tre đan {p}|Giỏ mây tre|chiếc||180000
        21|Khay tre ép {p}|Khay tre|bộ||220000
        21|Bình gốm men lam {p}|Bình gốm|chiếc||420000
        21|Tranh thêu tay {p}|Tranh thêu|bức||950000
        21|Đèn tre trang trí {p}|Đèn tre|chiếc||260000
        22|Khăn thổ cẩm {p}|Khăn thổ cẩm|chiếc||180000
        22|Túi thổ cẩm {p}|Túi thổ cẩm|chiếc||250000
        22|Váy thổ cẩm {p}|Váy thổ cẩm|chiếc||750000
        22|Áo chàm thêu tay {p}|Áo chàm|chiếc||650000
        22|Ví thổ cẩm {p}|Ví thổ cẩm|chiếc||90000
        23|Lan hồ điệp {p}|Lan hồ điệp|chậu||650000
        23|Hoa cúc {p}|Hoa cúc|bó||80000
        23|Hoa ly {p}|Hoa ly|bó||220000
        23|Hoa sen {p}|Hoa sen|bó||120000
        24|Bonsai sanh {p}|Bonsai sanh|chậu||1500000
        24|Quất cảnh {p}|Quất cảnh|chậu||950000
        24|Tùng la hán {p}|Tùng la hán|chậu||1200000
        24|Hoa giấy bonsai {p}|Hoa giấy|chậu||550000
        25|Cá Koi {p}|Cá Koi|con||650000
        25|Cá vàng ba đuôi {p}|Cá vàng|cặp||150000
        25|Cá bảy màu {p}|Cá bảy màu|cặp||60000
        25|Gà tre cảnh {p}|Gà tre|cặp||800000
        26|Homestay {p} (1 đêm)|Homestay|đêm||400000
        26|Tour trải nghiệm làng nghề {p}|Tour làng nghề|người||450000
        26|Vé tham quan sinh thái {p}|Vé tham quan|vé||80000
        26|Tour nông nghiệp {p} (1 ngày)|Tour nông nghiệp|người||650000
        26|Mâm cơm truyền thống {p}|Mâm cơm|mâm||1200000
        """).ToLookup(t => t.Set);

    /// <summary>How a producer of a set describes its trade in its name ("HTX Chè …").</summary>
    public static readonly string[] Trades =
    [
        "", "Nông sản", "Chăn nuôi", "Lương thực", "Nuôi ong", "Thực phẩm", "Chế biến nông sản", "Nông sản sấy",
        "Thực phẩm sạch", "Nước mắm", "Gia vị", "Chè", "Trà thảo mộc", "Cà phê", "Rượu truyền thống", "Rượu vang",
        "Nước khoáng", "Đồ uống", "Dược liệu", "Mỹ phẩm thiên nhiên", "Tinh dầu", "Thủ công mỹ nghệ", "Dệt thổ cẩm",
        "Hoa", "Sinh vật cảnh", "Cá cảnh", "Du lịch cộng đồng",
    ];

    public static readonly string[] RejectionReasons =
    [
        "Giấy chứng nhận đăng ký hộ kinh doanh đã hết hiệu lực; đề nghị bổ sung bản sao giấy đăng ký mới.",
        "Số điện thoại và địa chỉ không khớp với hồ sơ đăng ký kinh doanh; đề nghị cập nhật và gửi lại.",
    ];
}
