using Ocop.Features.Commerce;
using Ocop.Standards.Epcis;
using Ocop.Standards.Text;

namespace Ocop.Features.Traceability;

/// <summary>
/// Commerce's order transitions as trace events: the lots the seller picks at packing must be lots of
/// the lines' products; when the order is shipped a shipping event, and when it is delivered a receiving
/// event, is written for each picked lot (destination: the buyer's commune, never the person), in the
/// transition's own transaction.
/// </summary>
public sealed class OrderTraceEvents(OcopDb db, EventRecorder recorder, TimeProvider clock) : IOrderEvents
{
    public async Task<AppError?> ChangedAsync(Order order, OrderStatus before, CancellationToken ct)
    {
        var picked = order.Lines.Where(l => l.LotId is not null).ToList();
        if (picked.Count == 0 || before == order.Status) return null;
        var ids = picked.Select(l => l.LotId!.Value).Distinct().ToList();
        var lots = await db.Lots.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        if (order.Status is OrderStatus.Packed or OrderStatus.Shipped)
        {
            foreach (var line in picked)
                if (!lots.TryGetValue(line.LotId!.Value, out var lot) || lot.ProductId != line.ProductId || lot.ProducerId != order.ProducerId)
                    return AppError.Validation("lots", $"Lô đã chọn không phải lô của sản phẩm \"{line.ProductName}\".");
        }
        var now = clock.UtcNow();
        var destination = TraceIds.CommuneOf(order.CommuneCode);
        List<EpcisEvent> events = order.Status switch
        {
            OrderStatus.Shipped => picked.Select(l => (EpcisEvent)TraceEventBuilder.Shipping(lots[l.LotId!.Value], l.Quantity, UnitOf(l.Unit),
                order.ProducerId, null, destination, order.ShippedAt ?? now, order.Code)).ToList(),
            OrderStatus.Delivered => picked.Select(l => (EpcisEvent)TraceEventBuilder.Receiving(lots[l.LotId!.Value], l.Quantity, UnitOf(l.Unit),
                order.ProducerId, destination, order.DeliveredAt ?? now, byConsumer: true, order.Code)).ToList(),
            _ => [],
        };
        if (events.Count == 0) return null;
        var errors = events.SelectMany((e, i) => EpcisValidator.Validate(e, i)).ToList();
        if (errors.Count > 0) return CaptureEvents.Refuse(errors);
        await recorder.AddAsync(events, null, order.ProducerId, "order", ct);
        return null;
    }

    // A sale unit of "kg" is a mass; any other unit (hộp, chai, túi …) is a count of items (no uom).
    private static string? UnitOf(string saleUnit) => VietnameseText.Fold(saleUnit).Trim() is "kg" or "1 kg" ? "KGM" : null;
}
