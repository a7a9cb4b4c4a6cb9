using System.Text.Json;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;

namespace Ocop.Pages.Shared;

/// <summary>One step of an order's history as shown to people: when, which status it reached, and a note (reason, tracking).</summary>
public sealed record TimelineStep(DateTime At, string Status, string? Note);

/// <summary>Helpers shared by the buyer's and the seller's order pages.</summary>
public static class OrderPages
{
    /// <summary>The order's status history from its audit lines (each transition records the status it reached).</summary>
    public static List<TimelineStep> Timeline(IEnumerable<AuditEntry> history)
    {
        var steps = new List<TimelineStep>();
        foreach (var entry in history)
        {
            if (entry.After is null) continue;
            using var json = JsonDocument.Parse(entry.After);
            if (!json.RootElement.TryGetProperty("status", out var status) || !Enum.TryParse<OrderStatus>(status.GetString(), out var s)) continue;
            var note = entry.Action == "order.ship" && json.RootElement.TryGetProperty("trackingNumber", out var t) ? t.GetString() : entry.Reason;
            steps.Add(new TimelineStep(entry.At, OrderLabels.Of(s), note));
        }
        return steps;
    }

    /// <summary>The order page's address for whoever may see it: guests keep their lookup token in the link.</summary>
    public static string Link(string code, string? token) => $"/don-hang/{code}" + (token is null ? "" : "?token=" + Uri.EscapeDataString(token));

    public static string PaymentLink(string code, string? token) => $"/don-hang/{code}/thanh-toan" + (token is null ? "" : "?token=" + Uri.EscapeDataString(token));

    public static string Method(string method) => method == "cod" ? "Thanh toán khi nhận hàng (COD)" : "Chuyển khoản VietQR";
}
