using Ocop.Features.Identity;

namespace Ocop.Features.Commerce;

public sealed record RateInput(ShippingZone Zone, int MaxGrams, long Fee);
public sealed record CarrierRatesInput(string? Name, bool Active, long ExtraPerKg, List<RateInput>? Rates);
public sealed record TrackingUpdate(string? TrackingNumber, string? Status, string? Note);
public sealed record RateDto(string Zone, int MaxGrams, long Fee);
public sealed record CarrierDto(string Code, string Name, bool Active, long ExtraPerKg, IReadOnlyList<RateDto> Rates);

/// <summary>Administrators edit the carriers' fee tables; carriers report tracking status, which moves their orders.</summary>
public sealed class ShippingCommands(OcopDb db, AuditLog audit, CurrentUser me, OrderWorkflow workflow, ShippingFees fees, TimeProvider clock)
{
    public static CarrierDto ToDto(Carrier c) => new(c.Code, c.Name, c.Active, c.ExtraPerKg,
        c.Rates.OrderBy(r => r.Zone).ThenBy(r => r.MaxGrams).Select(r => new RateDto(r.Zone.ToString(), r.MaxGrams, r.Fee)).ToList());

    public async Task<Result<CarrierDto>> SetRatesAsync(string code, CarrierRatesInput input, CancellationToken ct = default)
    {
        if (!me.IsAdmin) return AppError.Forbidden("Chỉ quản trị viên sửa bảng phí vận chuyển.");
        var carrier = await db.Carriers.Include(c => c.Rates).FirstOrDefaultAsync(c => c.Code == code, ct);
        if (carrier is null) return AppError.NotFound("Không tìm thấy đơn vị vận chuyển.");
        var v = new Validation();
        var rates = input.Rates ?? [];
        v.Require(input.Name is null || (input.Name.Trim().Length is > 0 and <= 100 && !Html.ContainsMarkup(input.Name)), "name", "Tên tối đa 100 ký tự, không có mã HTML.");
        v.Require(input.ExtraPerKg is >= 0 and <= 1_000_000, "extraPerKg", "Phí mỗi kg thêm từ 0 đến 1.000.000 ₫.");
        v.Require(rates.Count <= 60, "rates", "Tối đa 60 mức phí.");
        v.Require(rates.All(r => Enum.IsDefined(r.Zone) && r.MaxGrams is > 0 and <= 100_000 && r.Fee is >= 0 and <= 10_000_000), "rates",
            "Mỗi mức phí cần vùng hợp lệ, khối lượng 1–100.000 g và phí 0–10.000.000 ₫.");
        v.Require(rates.GroupBy(r => (r.Zone, r.MaxGrams)).All(g => g.Count() == 1), "rates", "Mỗi vùng không được có hai mức cùng khối lượng.");
        if (v.HasErrors) return v.ToError();
        var before = ToDto(carrier);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        carrier.Name = input.Name?.Trim() ?? carrier.Name;
        carrier.Active = input.Active;
        carrier.ExtraPerKg = input.ExtraPerKg;
        db.ShippingRates.RemoveRange(carrier.Rates);
        await db.SaveChangesAsync(ct);
        carrier.Rates = rates.Select(r => new ShippingRate { CarrierCode = code, Zone = r.Zone, MaxGrams = r.MaxGrams, Fee = r.Fee }).ToList();
        audit.Record("carrier.rates", "carrier", code, before, ToDto(carrier));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        fees.Forget();
        return ToDto(carrier);
    }

    /// <summary>Applies a carrier's status report: delivered → Delivered, returned → Returned, in_transit is only recorded.</summary>
    public async Task<Result<string>> TrackAsync(string carrierCode, TrackingUpdate update, CancellationToken ct = default)
    {
        var tracking = update.TrackingNumber?.Trim();
        if (string.IsNullOrEmpty(tracking)) return AppError.Validation("trackingNumber", "Thiếu mã vận đơn.");
        if (update.Note is { Length: > 500 } || Html.ContainsMarkup(update.Note)) return AppError.Validation("note", "Ghi chú tối đa 500 ký tự.");
        var code = await db.Orders.AsNoTracking().Where(o => o.CarrierCode == carrierCode && o.TrackingNumber == tracking).Select(o => o.Code).FirstOrDefaultAsync(ct);
        if (code is null) return AppError.NotFound($"Không có đơn nào với mã vận đơn {tracking}.");
        var order = (await workflow.LoadAsync(code, ct))!;
        var now = clock.UtcNow();
        Func<Order, AppError?>? change = update.Status?.Trim().ToLowerInvariant() switch
        {
            "delivered" => o => o.Deliver(OrderActor.System, now),
            "returned" => o => o.Return(OrderActor.System, update.Note, now),
            "in_transit" => _ => null,
            _ => null,
        };
        if (change is null) return AppError.Validation("status", "Trạng thái phải là in_transit, delivered hoặc returned.");
        var result = await workflow.ChangeAsync(order, "Tracking", $"{carrierCode}: {update.Status} {update.Note}".Trim(), change, ct: ct);
        return result.Ok ? result.Value!.Status.ToString() : result.Error!;
    }
}
