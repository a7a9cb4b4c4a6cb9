namespace Ocop.Pages;

/// <summary>Vietnamese labels of the certification cycle's states and kinds (English in Resources/en.json).</summary>
public static class CertificationLabels
{
    public static string Status(string status) => status switch
    {
        "Draft" => "Đang soạn",
        "Submitted" => "Chờ xã sơ bộ",
        "ReturnedByCommune" => "Xã trả lại",
        "Forwarded" => "Chờ tỉnh tiếp nhận",
        "ReturnedByProvince" => "Tỉnh trả lại",
        "Accepted" => "Hội đồng đang chấm",
        "Scored" => "Có kết quả, chờ quyết định",
        "ForwardedToCentral" => "Tiềm năng 5 sao – Trung ương",
        "Recognised" => "Đã công nhận",
        "NotRecognised" => "Không đạt 3 sao",
        _ => status,
    };

    public static string Type(string type) => type switch
    {
        "FirstTime" => "Đánh giá lần đầu",
        "Upgrade" => "Nâng hạng sao",
        "Rerank" => "Đánh giá lại",
        _ => type,
    };

    public static string Certificate(string status) => status switch
    {
        "Valid" => "Còn hiệu lực",
        "Expired" => "Hết hiệu lực",
        "Revoked" => "Đã bị thu hồi",
        _ => status,
    };

    /// <summary>The verification page's headline: unmistakable, in capitals.</summary>
    public static string Banner(string status) => status switch
    {
        "Valid" => "CÒN HIỆU LỰC",
        "Expired" => "HẾT HIỆU LỰC",
        _ => "ĐÃ BỊ THU HỒI",
    };

    public static string Role(string role) => role switch
    {
        "Chair" => "Chủ tịch",
        "Secretary" => "Thư ký",
        _ => "Thành viên",
    };

    public static string Level(string level) => level == "Central" ? "Trung ương" : "Tỉnh";
}
