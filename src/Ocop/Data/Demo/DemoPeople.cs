using Ocop.Features.Producers;

namespace Ocop.Data.Demo;

/// <summary>
/// How people of one ethnic group are named. Most groups write family name, middle name, given
/// name; Ê Đê-style names put a prefix and the given name before the family name ("H'Linh Niê").
/// </summary>
internal sealed record Ethnicity(string Name, string[] Families, string MaleMiddle, string FemaleMiddle, string[] Male, string[] Female, bool GivenFirst = false)
{
    public string FullName(Random rng, Gender gender)
    {
        var family = DemoPeople.Pick(rng, Families);
        var given = DemoPeople.Pick(rng, gender == Gender.Female ? Female : Male);
        var middle = gender == Gender.Female ? FemaleMiddle : MaleMiddle;
        if (GivenFirst) return $"{middle}{given} {family}";
        return middle.Length == 0 ? $"{family} {given}" : $"{family} {middle} {given}";
    }
}

/// <summary>Names, phone numbers, hamlets and bank accounts for demo producers.</summary>
internal static class DemoPeople
{
    public static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static readonly string[] KinhFamilies =
        ["Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Phan", "Võ"];

    private static readonly string[] KinhMale =
        ["Văn Hùng", "Văn Dũng", "Đức Tuấn", "Minh Hải", "Văn Long", "Hữu Nam", "Xuân Sơn", "Văn Thắng", "Quốc Bình", "Mạnh Cường",
         "Trung Hiếu", "Thanh Phong", "Đức Toàn", "Văn Quang", "Hữu Trung", "Minh Khôi", "Văn Lực"];

    private static readonly string[] KinhFemale =
        ["Thị Lan", "Thị Hoa", "Thu Hương", "Thị Mai", "Thị Hạnh", "Thu Hằng", "Thị Nga", "Thanh Thủy", "Phương Thảo", "Hải Yến",
         "Thùy Linh", "Thu Trang", "Thị Vân", "Thị Dung", "Thu Hiền", "Ngọc Anh", "Thị Tuyết"];

    public static readonly Ethnicity Kinh = new("Kinh", KinhFamilies, "", "", KinhMale, KinhFemale);

    public static readonly IReadOnlyDictionary<string, Ethnicity> Minorities = new Ethnicity[]
    {
        new("Thái", ["Lò", "Cầm", "Quàng", "Lường", "Tòng", "Vì", "Hà", "Điêu"], "Văn", "Thị",
            ["Thắng", "Xuân", "Pánh", "Ún", "Hặc", "Sơn", "Inh", "Khằm"], ["Phương", "Ón", "Xiêm", "Hoa", "Ngoan", "Thanh", "Ươn"]),
        new("Mông", ["Giàng", "Sùng", "Vàng", "Thào", "Mùa", "Lầu", "Hầu", "Lù"], "A", "Thị",
            ["Páo", "Chứ", "Dình", "Sử", "Lồng", "Tủa"], ["Mỷ", "Dua", "Sua", "Dế", "Pà", "Chơ"]),
        new("Tày", ["Nông", "Hoàng", "Lương", "Ma", "Hà", "Lục", "Bế"], "Văn", "Thị",
            ["Tiến", "Cường", "Hưng", "Lâm", "Thụ"], ["Hạnh", "Lan", "Thoa", "Hường", "Duyên"]),
        new("Nùng", ["Hoàng", "Lăng", "Vy", "Chu", "Lý", "Mã"], "Văn", "Thị",
            ["Sáng", "Pản", "Khoa", "Lìn"], ["Slao", "Mến", "Nhung", "Chiên"]),
        new("Dao", ["Triệu", "Bàn", "Lý", "Đặng", "Chảo", "Tẩn"], "Văn", "Thị",
            ["Sinh", "Quẩy", "Phin", "Vần", "Lở"], ["Mẩy", "Chạn", "Mùi", "Kiều"]),
        new("Mường", ["Bùi", "Đinh", "Quách", "Hà", "Xa"], "Văn", "Thị",
            ["Bằng", "Hùng", "Thiệp", "Khiêm"], ["Nhàn", "Thuận", "Huệ", "Mến"]),
        new("Sán Dìu", ["Diệp", "Trương", "Lam", "Tạ"], "Văn", "Thị", ["Phúc", "Nhất", "Sinh"], ["Mùi", "Xuân", "Sáu"]),
        new("Lô Lô", ["Sình", "Lò", "Vàng"], "Văn", "Thị", ["Dỉ", "Chớ", "Thành"], ["Chi", "Dỉnh", "Lìa"]),
        new("Khơ Mú", ["Lô", "Vi", "Moong", "Lữ"], "Văn", "Thị", ["Bun", "Khăm", "Đào"], ["Phon", "Xoan", "Mai"]),
        new("Chứt", ["Hồ", "Cao", "Đinh"], "Văn", "Thị", ["Xê", "Thăm", "Nhơn"], ["Lài", "Phiếu", "Dung"]),
        new("Bru - Vân Kiều", ["Hồ", "Lê", "Hoàng", "Kray"], "Văn", "Thị", ["Bảy", "Châm", "Cường"], ["Khiêm", "Nga", "Điệp"]),
        new("Pa Kô", ["Hồ", "Kăn", "Pả"], "Văn", "Thị", ["Liệu", "Đáp", "Sáu"], ["Blúi", "Lý", "Nhi"]),
        new("Tà Ôi", ["Hồ", "Nguyễn", "Kăn"], "Văn", "Thị", ["Thắng", "Đào", "Xiêng"], ["Thạnh", "Loan", "A Vâu"]),
        new("Cơ Tu", ["Alăng", "Bhling", "Clâu", "Zơrâm", "Pơloong", "Briu"], "", "Thị",
            ["Ven", "Mia", "Liếc", "Tơi", "Pố"], ["Bốn", "Nhung", "Dung", "Xuân"]),
        new("Gia Rai", ["Ksor", "Siu", "Rơ Mah", "Rơ Châm", "Kpă"], "", "",
            ["Phơn", "Thuyên", "Nhiên", "Dũng"], ["H'Ben", "H'Nhen", "H'Blin", "H'Yơn"]),
        new("Ba Na", ["Đinh", "Y", "A"], "", "Y", ["Plơi", "Tơr", "Hmen"], ["Ngọc", "Bưng", "Blơi"]),
        new("Ê Đê", ["Niê", "Byă", "Êban", "Mlô", "Ayun", "Adrơng"], "Y ", "H'",
            ["Khoa", "Bhiong", "Thanh", "Ngọc", "Kuăn"], ["Linh", "Nguyên", "Bia", "Hen", "Rim"], GivenFirst: true),
        new("M'Nông", ["Điểu", "Y"], "", "Thị", ["Bình", "K'Lôl", "Hoàng"], ["Mai", "H'Nhiên", "Ngọc"]),
        new("K'Ho", ["Ka", "Cil", "Liêng", "Kơ Să"], "", "", ["Brồ", "Sới", "Ha Nhi", "Ha Ton"], ["Sa Vinh", "Jăng", "Điểm", "Hoa"]),
        new("Mạ", ["Ka", "Điểu"], "", "Thị", ["Lôi", "Jơn", "Đang"], ["Hương", "Bê", "Mai"]),
        new("Xtiêng", ["Điểu", "Lâm"], "", "", ["Lý", "Bôn", "Tranh"], ["Kiều", "Thơ", "Nhanh"]),
        new("Châu Ro", ["Điểu", "Lê"], "Văn", "Thị", ["Bảy", "Hải"], ["Nhiên", "Lành"]),
        new("Chăm", ["Đàng", "Thuận", "Bá", "Lưu", "Quảng", "Phú"], "Văn", "Thị", ["Sanh", "Thành", "Nhân", "Bình"], ["Lan", "Sương", "Hoa", "Thiện"]),
        new("Raglai", ["Chamaléa", "Pinăng", "Katơr"], "", "Thị", ["Bốn", "Tư", "Hai"], ["Hòa", "Nở", "Thương"]),
        new("Khmer", ["Thạch", "Danh", "Sơn", "Kim", "Lâm", "Trương"], "", "Thị", ["Sa Rinh", "Sóc", "Phol", "Sa Rươl", "Ngọc Phách"],
            ["Sa Ly", "Sô Phiếp", "Srây", "Chanh Thu"]),
        new("Hoa", ["Trương", "Lâm", "Quách", "Mã", "Diệp"], "Văn", "Thị", ["Phát", "Quý", "Lợi"], ["Muội", "Hỷ", "Ngọc"]),
    }.ToDictionary(e => e.Name);

    private static readonly string[] MobilePrefixes =
        ["032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098", "091", "094", "088", "081", "082", "083",
         "084", "085", "070", "076", "077", "078", "079", "089", "090", "093", "056", "058"];

    /// <summary>A Vietnamese mobile number: 10 digits from a real network prefix (03, 05, 07, 08, 09).</summary>
    public static string Phone(Random rng) => Pick(rng, MobilePrefixes) + rng.Next(0, 10_000_000).ToString("D7");

    public static string Hamlet(Random rng, Region region, bool ward) => ward
        ? $"Tổ dân phố {rng.Next(1, 16)}"
        : region switch
        {
            Region.MountainNorth => "Bản " + Pick(rng, ["Nà Cài", "Hua Lả", "Co Sâu", "Púng Khoai", "Phiêng Pằn", "Nà Hường", "Bó Ẩn", "Lả Mường", "Pá Khoang"]),
            Region.Highlands => Pick(rng, ["Buôn Kô Siêr", "Buôn Đôn", "Thôn 3", "Thôn 7", "Làng Kép", "Buôn Ea Kmar", "Thôn Tân Lập"]),
            Region.South => "Ấp " + Pick(rng, ["Tân Hòa", "Phú Lợi", "An Bình", "Mỹ Phú", "Long Thạnh", "Hòa Lộc", "Thạnh Lợi"]),
            _ => "Thôn " + Pick(rng, ["Đông", "Trung", "Tân Lập", "Hòa Bình", "Xuân Thành", "Yên Thái", "Phú Mỹ", "Kim Lũ"]),
        };

    /// <summary>The name a bank prints on an account: upper case, no diacritics.</summary>
    public static string AccountHolder(string name) =>
        new(Standards.Text.VietnameseText.RemoveDiacritics(name).ToUpperInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == ' ').ToArray());

    public static string AccountNumber(Random rng) =>
        rng.Next(1, 10).ToString() + rng.NextInt64(0, 1_000_000_000_000L).ToString("D12")[..rng.Next(9, 13)];
}
