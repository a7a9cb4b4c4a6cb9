using System.Globalization;

namespace Ocop.Features.Livestream;

/// <summary>
/// Reads the platform's figures from a CSV export: rows of <c>metric,value</c> (header optional),
/// metric names in English or Vietnamese as the platforms' exports name them; numbers may use
/// thousand separators (<c>20.000.000</c> or <c>20,000,000</c> when quoted).
/// </summary>
public static class PlatformCsv
{
    private static readonly Dictionary<string, string> Metrics = new(StringComparer.OrdinalIgnoreCase)
    {
        ["reach"] = "reach", ["tiếp cận"] = "reach", ["lượt tiếp cận"] = "reach", ["impressions"] = "reach", ["people reached"] = "reach",
        ["views"] = "views", ["lượt xem"] = "views", ["video views"] = "views", ["plays"] = "views",
        ["viewers"] = "viewers", ["người xem"] = "viewers", ["unique viewers"] = "viewers", ["total viewers"] = "viewers",
        ["interactions"] = "interactions", ["tương tác"] = "interactions", ["lượt tương tác"] = "interactions", ["engagements"] = "interactions",
    };

    public static Result<PlatformFiguresInput> Parse(string? csv)
    {
        if (string.IsNullOrWhiteSpace(csv) || csv.Length > 100_000) return AppError.Validation("csv", "Tệp CSV trống hoặc quá lớn.");
        var values = new Dictionary<string, long>();
        foreach (var (_, row) in CsvRecords.Read(new StringReader(csv)))
        {
            if (row.Length < 2 || !Metrics.TryGetValue(row[0].Trim(), out var metric)) continue;
            var digits = new string(row[1].Where(char.IsDigit).ToArray());
            if (digits.Length is 0 or > 12 || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                return AppError.Validation("csv", $"Giá trị \"{row[1]}\" của {row[0]} không phải là số.");
            values[metric] = n;
        }
        if (values.Count == 0)
            return AppError.Validation("csv", "Không đọc được số liệu nào: cần các dòng \"metric,value\" như reach, views, viewers, interactions.");
        return new PlatformFiguresInput(values.TryGetValue("reach", out var r) ? r : null, values.TryGetValue("views", out var v) ? v : null, values.TryGetValue("viewers", out var w) ? w : null, values.TryGetValue("interactions", out var i) ? i : null, "Nhập từ tệp CSV của nền tảng");
    }

    public static PlatformFiguresInput Figures(LiveSession s) => new(s.PlatformReach, s.PlatformViews, s.PlatformViewers, s.PlatformInteractions, s.PlatformSource);
}
