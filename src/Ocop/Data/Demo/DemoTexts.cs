using Ocop.Features.Catalog;
using Ocop.Features.Producers;

namespace Ocop.Data.Demo;

/// <summary>Taglines, stories and descriptions of demo producers and products, per product group.</summary>
internal static class DemoTexts
{
    // Index = group code - 1 (food, drinks, herbs, crafts, ornamentals, tourism).
    private static readonly string[][] Taglines =
    [
        ["Sạch từ vườn, ngon từ tâm – đặc sản {p}", "Hương vị quê nhà {p}", "Nông sản {p} cho bữa cơm an lành", "Tinh hoa đất {p}"],
        ["Men quê, vị núi – đồ uống {p}", "Giữ trọn hương vị truyền thống {p}", "Từ nguồn nước và nông sản {p}"],
        ["Dược liệu {p} – khỏe từ thiên nhiên", "Thảo mộc sạch từ núi rừng {p}", "Chắt lọc tinh túy thảo dược {p}"],
        ["Bàn tay nghệ nhân {p}", "Giữ nghề, giữ hồn làng {p}", "Thủ công tinh xảo từ {p}"],
        ["Sắc hoa, dáng cây {p}", "Vườn kiểng {p} – mang thiên nhiên vào nhà", "Chăm từng nhánh, gửi trọn niềm vui"],
        ["Về {p} – sống chậm cùng bản làng", "Trải nghiệm văn hóa bản địa {p}", "Du lịch xanh, ở nhà dân {p}"],
    ];

    private static readonly string[][] Origins =
    [
        ["Nguyên liệu được chọn lọc từ vùng trồng, vùng nuôi của bà con trong xã, sơ chế và đóng gói theo quy trình kiểm soát an toàn thực phẩm.",
         "Sản phẩm được canh tác theo hướng hữu cơ, hạn chế phân bón hóa học, thu hái đúng độ chín và đóng gói ngay trong ngày.",
         "Quy trình chế biến kết hợp kinh nghiệm truyền thống với dây chuyền đóng gói hiện đại, có truy xuất nguồn gốc từng lô."],
        ["Được nấu và ủ theo công thức truyền thống, lọc kỹ và đóng chai trong điều kiện vệ sinh, không dùng phẩm màu.",
         "Nguồn nước và nguyên liệu lấy tại địa phương, kiểm nghiệm định kỳ các chỉ tiêu chất lượng trước khi đóng chai."],
        ["Dược liệu được trồng và thu hái tại vùng núi của xã, sơ chế, sấy và chiết xuất theo quy trình có kiểm soát.",
         "Bài thuốc và công thức được đúc kết qua nhiều thế hệ, nay được chuẩn hóa và công bố chất lượng."],
        ["Làm thủ công hoàn toàn bởi nghệ nhân và thợ của làng nghề, từ nguyên liệu tự nhiên sẵn có ở địa phương.",
         "Mỗi sản phẩm là một tác phẩm riêng: hoa văn truyền thống được giữ nguyên, màu nhuộm từ lá cây, vỏ cây."],
        ["Cây và hoa được ươm, chăm sóc tại vườn của gia đình, giao kèm hướng dẫn chăm sóc và hỗ trợ kỹ thuật sau bán.",
         "Giống được tuyển chọn kỹ, nuôi trồng theo quy trình an toàn, đóng gói cẩn thận khi vận chuyển."],
        ["Chương trình do người dân bản địa tổ chức: ở nhà dân, ăn món địa phương, tham gia lao động sản xuất và sinh hoạt văn hóa.",
         "Điểm đến sinh thái gắn với cảnh quan tự nhiên và nếp sống của cộng đồng, có hướng dẫn viên là người địa phương."],
    ];

    private static readonly string[] Storage =
    [
        "Bảo quản nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp.",
        "Bảo quản nơi thoáng mát; sau khi mở nắp nên dùng trong thời gian ngắn.",
        "Đọc kỹ hướng dẫn sử dụng trước khi dùng; không dùng cho người mẫn cảm với thành phần của sản phẩm.",
        "Tránh để nơi ẩm ướt; lau bằng khăn khô, mềm.",
        "Đặt nơi có ánh sáng tán xạ, tưới nước và bón phân theo hướng dẫn kèm theo.",
        "Vui lòng đặt trước ít nhất 2 ngày; giá đã gồm hướng dẫn viên địa phương và bảo hiểm du lịch.",
    ];

    private static readonly string[] Commitments =
    [
        "Không chất bảo quản, không phẩm màu", "Ưu tiên lao động nữ và đồng bào dân tộc tại địa phương",
        "Truy xuất nguồn gốc bằng mã QR trên bao bì", "Thu mua nguyên liệu của bà con với giá ổn định",
        "Đổi trả nếu sản phẩm lỗi khi nhận hàng", "Bao bì có thể tái chế",
    ];

    public static string Tagline(Random rng, int setCode, string place) =>
        DemoPeople.Pick(rng, Taglines[ProductSets.GroupOf(setCode).Code - 1]).Replace("{p}", place);

    public static string ProducerStory(Random rng, Producer p, int setCode, string commune, string province, int founded)
    {
        var group = ProductSets.GroupOf(setCode).Code - 1;
        var form = ProducerLabels.Of(p.LegalForm).ToLowerInvariant();
        var members = p.LegalForm is LegalForm.Cooperative or LegalForm.CooperativeGroup ? $" với {rng.Next(7, 60)} thành viên" : "";
        var picks = Commitments.OrderBy(_ => rng.Next()).Take(3).Select(c => $"- {c}");
        return $"""
            **{p.Name}** là {form} thành lập năm {founded} tại {commune}, {province}{members}, do {(p.RepresentativeGender == Gender.Female ? "chị" : "anh")} {p.RepresentativeName} làm người đại diện.

            {DemoPeople.Pick(rng, Origins[group])} Chúng tôi mong muốn đưa {ProductSets.Find(setCode)!.Name.ToLowerInvariant()} của quê hương đến với người tiêu dùng cả nước.

            ## Cam kết của chúng tôi

            {string.Join("\n", picks)}
            """;
    }

    public static string ProductDescription(Random rng, string name, ProductTemplate t, Producer p, string commune, string province)
    {
        var group = ProductSets.GroupOf(t.Set).Code - 1;
        var weight = t.Grams is { } g ? $" Khối lượng tịnh: {(g >= 1000 && g % 1000 == 0 ? $"{g / 1000} kg" : $"{g} g")}." : "";
        return $"{name} – sản phẩm của {p.Name} ({commune}, {province}). {DemoPeople.Pick(rng, Origins[group])} " +
               $"Đơn vị bán: {t.Unit}.{weight} {Storage[group]}";
    }

    public static string ProductStory(Random rng, string name, ProductTemplate t, string commune, string province, int years)
    {
        var group = ProductSets.GroupOf(t.Set).Code - 1;
        return $"""
            Ở {commune} ({province}), **{name}** gắn với đời sống của bà con đã {years} năm nay. {DemoPeople.Pick(rng, Origins[group])}

            Khi tham gia Chương trình OCOP, chúng tôi chuẩn hóa quy trình, làm mới bao bì và ghi rõ nguồn gốc để khách hàng yên tâm lựa chọn.

            > {DemoPeople.Pick(rng, Commitments)}.
            """;
    }
}
