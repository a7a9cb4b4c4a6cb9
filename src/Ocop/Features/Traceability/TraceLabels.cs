namespace Ocop.Features.Traceability;

/// <summary>What people read for the CBV words and the platform's own business steps.</summary>
public static class TraceLabels
{
    /// <summary>The platform's own business step for a harvest (CBV 2.0 has none), a URI outside the CBV namespaces.</summary>
    public const string HarvestingStep = Namespace + "bizStep-harvesting";

    /// <summary>The namespace of the platform's extension properties (ilmd: plot, farming standard …).</summary>
    public const string Namespace = "https://ocop.example.vn/voc/";
    public const string Prefix = "ocop";

    public static string Step(string? bizStep) => bizStep switch
    {
        HarvestingStep => "Thu hoạch",
        "commissioning" => "Tạo lô",
        "inspecting" => "Kiểm tra chất lượng",
        "packing" => "Đóng gói",
        "shipping" => "Xuất hàng",
        "receiving" => "Nhận hàng",
        "storing" => "Bảo quản",
        "sensor_reporting" => "Ghi nhận cảm biến",
        "transporting" => "Vận chuyển",
        "retail_selling" => "Bán lẻ",
        "unpacking" => "Mở thùng",
        null => "Sự kiện",
        _ => bizStep,
    };

    public static string Disposition(string? disposition) => disposition switch
    {
        "active" => "Đang lưu hành",
        "conformant" => "Đạt",
        "non_conformant" => "Không đạt",
        "in_progress" => "Đang xử lý",
        "container_closed" => "Đã đóng thùng",
        "in_transit" => "Đang vận chuyển",
        "retail_sold" => "Đã đến tay người mua",
        "sellable_not_accessible" => "Trong kho",
        "sellable_accessible" => "Đang bày bán",
        null => "",
        _ => disposition,
    };

    public static string Ilmd(string property) => property switch
    {
        "ocop:plot" => "Lô đất / vườn",
        "ocop:harvestDate" => "Ngày thu hoạch",
        "ocop:farmingStandard" => "Tiêu chuẩn canh tác",
        "ocop:processingStep" => "Công đoạn",
        "ocop:note" => "Ghi chú",
        _ => property,
    };
}
