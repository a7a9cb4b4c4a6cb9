using System.Text;
using Ocop.Features.Catalog;

namespace Ocop.Features.Livestream;

/// <summary>One product's part of the run-sheet.</summary>
public sealed record RunSheetItem(int Order, DateTime At, int Minute, string Name, string Producer, string Province, string PriceText, string Unit,
    string? Certificate, string? Story, IReadOnlyList<string> Deals);

/// <summary>
/// The run-sheet (kịch bản livestream) hosts are trained to work from: the bag in order, each
/// product with its time slot, talking points from its story, certificate and origin, its price
/// and the deals planned for it. Generated from the session; the host may edit and save it.
/// </summary>
public sealed class RunSheets(OcopDb db, CatalogQueries catalog)
{
    public async Task<IReadOnlyList<RunSheetItem>> ItemsAsync(LiveSession session, CancellationToken ct = default)
    {
        var bag = await db.LiveProducts.AsNoTracking().Where(p => p.SessionId == session.Id).OrderBy(p => p.SortOrder).ToListAsync(ct);
        var deals = await db.FlashDeals.AsNoTracking().Where(d => d.SessionId == session.Id).OrderBy(d => d.PlannedMinute ?? int.MaxValue).ThenBy(d => d.Id).ToListAsync(ct);
        var start = session.StartedAt ?? session.ScheduledAt;
        var slot = bag.Count == 0 ? 0 : Math.Max(1, (session.PlannedMinutes - 10) / bag.Count);
        var items = new List<RunSheetItem>();
        for (var i = 0; i < bag.Count; i++)
        {
            var p = await catalog.DetailAsync(bag[i].ProductId);
            if (p is null) continue;
            var minute = 5 + i * slot;
            var certificate = p.Certificate is { } c ? $"OCOP {c.Stars} sao, giấy chứng nhận số {c.Number}, còn hiệu lực đến {c.ExpiresOn:dd/MM/yyyy}" : null;
            var planned = deals.Where(d => d.ProductId == p.Id).Select(d =>
                $"{(d.PlannedMinute is { } m ? $"phút {m} ({VietnamTime.ToLocal(start.AddMinutes(m)):HH:mm})" : "khi phù hợp")}: " +
                $"{Standards.Money.Vnd.Display(d.DealPrice)} (giá thường {Standards.Money.Vnd.Display(d.NormalPrice)}), {d.Quota} suất, tối đa {d.PerBuyerLimit}/khách, " +
                $"đếm ngược {d.CountdownSeconds} giây, mở {d.DurationMinutes} phút").ToList();
            items.Add(new RunSheetItem(i + 1, start.AddMinutes(minute), minute, p.Name, p.Producer.Name, p.Province.Name,
                Standards.Money.Vnd.Display(p.Price), p.Unit, certificate, Summary(p.Story ?? p.Description), planned));
        }
        return items;
    }

    /// <summary>The saved text, or one generated now.</summary>
    public async Task<string> TextAsync(LiveSession session, CancellationToken ct = default) => session.RunSheet ?? Render(session, await ItemsAsync(session, ct));

    public static string Render(LiveSession session, IReadOnlyList<RunSheetItem> items)
    {
        var start = session.StartedAt ?? session.ScheduledAt;
        var sb = new StringBuilder();
        sb.AppendLine($"KỊCH BẢN LIVESTREAM: {session.Title}");
        sb.AppendLine($"Đơn vị tổ chức: {session.Organiser}. Người dẫn: {session.HostNames}.");
        sb.AppendLine($"Thời gian: {VietnamTime.DateTime(start)}, dự kiến {session.PlannedMinutes} phút, phát trên {StreamEmbed.Label(session.Platform)}.");
        sb.AppendLine();
        sb.AppendLine($"{VietnamTime.ToLocal(start):HH:mm} Mở đầu: chào khán giả, giới thiệu chương trình và cách mua ngay trên trang phiên (giá ưu đãi tự áp dụng).");
        foreach (var item in items)
        {
            sb.AppendLine();
            sb.AppendLine($"{item.Order}. {VietnamTime.ToLocal(item.At):HH:mm} (phút {item.Minute}) {item.Name}: {item.Producer}, {item.Province}");
            sb.AppendLine($"   Giá: {item.PriceText}/{item.Unit}");
            if (item.Certificate is not null) sb.AppendLine($"   Chứng nhận: {item.Certificate}");
            sb.AppendLine($"   Nguồn gốc: sản xuất tại {item.Province} bởi {item.Producer}");
            if (item.Story is not null) sb.AppendLine($"   Câu chuyện sản phẩm: {item.Story}");
            foreach (var deal in item.Deals) sb.AppendLine($"   Ưu đãi dự kiến {deal}");
            sb.AppendLine("   Thao tác: ghim sản phẩm, mời khán giả bấm \"Mua ngay\", đọc tên tỉnh của các đơn vừa đặt.");
        }
        sb.AppendLine();
        sb.AppendLine($"{VietnamTime.ToLocal(start.AddMinutes(session.PlannedMinutes)):HH:mm} Kết thúc: cảm ơn khán giả, nhắc thanh toán đơn chuyển khoản trong thời hạn.");
        return sb.ToString();
    }

    private static string? Summary(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return null;
        var plain = new string(markdown.Where(c => c is not ('*' or '_' or '#' or '`' or '>')).ToArray()).ReplaceLineEndings(" ").Trim();
        return plain.Length <= 300 ? plain : plain[..300].TrimEnd() + "…";
    }
}
