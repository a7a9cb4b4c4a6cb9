using System.Globalization;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Standards.Epcis;

namespace Ocop.Features.Traceability;

public enum TraceStep { Harvest = 1, Inspection = 2, Processing = 3, Packing = 4, Shipping = 5, Receiving = 6, Storage = 7 }

/// <summary>What a producer enters on the phone for one step of a lot.</summary>
public sealed class TraceStepInput
{
    public TraceStep Step { get; set; }
    public int? LocationId { get; set; }
    /// <summary>Local (Vietnam) time of the step; now when empty.</summary>
    public DateTime? At { get; set; }
    public string? Plot { get; set; }
    public string? FarmingStandard { get; set; } = "VietGAP";
    public bool Passed { get; set; } = true;
    public string? Note { get; set; }
    public List<int> InputLotIds { get; set; } = [];
    public List<decimal> InputQuantities { get; set; } = [];
    public int Cartons { get; set; } = 1;
    public decimal? Quantity { get; set; }
    public string? DestinationCommune { get; set; }
    /// <summary>Temperatures in °C, separated by commas or spaces, one per hour up to the step's time.</summary>
    public string? Temperatures { get; set; }

    public static string Label(TraceStep step) => step switch
    {
        TraceStep.Harvest => "Thu hoạch",
        TraceStep.Inspection => "Kiểm tra chất lượng",
        TraceStep.Processing => "Chế biến từ lô nguyên liệu",
        TraceStep.Packing => "Đóng thùng",
        TraceStep.Shipping => "Xuất hàng",
        TraceStep.Receiving => "Nhận hàng vào kho",
        _ => "Bảo quản, nhiệt độ",
    };
}

/// <summary>
/// The producer pages' use case: turns one step entered on a phone into EPCIS events with
/// <see cref="TraceEventBuilder"/> and records them through <see cref="CaptureEvents"/>, the same
/// validation and storage as the API.
/// </summary>
public sealed class RecordTraceEvent(OcopDb db, CurrentUser me, CaptureEvents capture, GeographyDirectory geo,
    Microsoft.Extensions.Options.IOptions<TraceabilityOptions> options, TimeProvider clock)
{
    public async Task<Result<CaptureResult>> RecordAsync(int lotId, TraceStepInput input, CancellationToken ct = default)
    {
        var lot = await db.Lots.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lotId, ct);
        if (lot is null || lot.ProducerId != me.ProducerId) return AppError.NotFound("Không tìm thấy lô của chủ thể.");
        var v = new Validation();
        TraceLocation? place = null;
        if (input.LocationId is { } locationId)
            place = await db.TraceLocations.AsNoTracking().FirstOrDefaultAsync(l => l.Id == locationId && l.ProducerId == lot.ProducerId, ct);
        var needsPlace = input.Step is not TraceStep.Shipping;
        v.Require(!needsPlace || place is not null, "locationId", "Vui lòng chọn địa điểm của chủ thể.");
        v.Require(input.Note is null || input.Note.Length <= 500, "note", "Ghi chú tối đa 500 ký tự.");
        v.Require(input.Plot is null || input.Plot.Length <= 100, "plot", "Tên lô đất tối đa 100 ký tự.");
        v.Require(input.FarmingStandard is null || input.FarmingStandard.Length <= 60, "farmingStandard", "Tiêu chuẩn tối đa 60 ký tự.");
        v.Require(!Html.ContainsMarkup(input.Note) && !Html.ContainsMarkup(input.Plot) && !Html.ContainsMarkup(input.FarmingStandard),
            "note", "Không được nhập mã HTML hoặc script.");
        var at = input.At is { } local ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamTime.Zone) : clock.UtcNow();
        var quantity = input.Quantity ?? lot.Quantity;
        v.Require(quantity > 0, "quantity", "Số lượng phải lớn hơn 0.");
        if (v.HasErrors) return v.ToError();

        EpcisEvent[] events;
        switch (input.Step)
        {
            case TraceStep.Harvest:
                var sensors = ReadTemperatures(input.Temperatures, at, v);
                events = [TraceEventBuilder.Harvest(lot, place!.Uri, at, input.Plot, input.FarmingStandard, sensors is null ? null : [TraceEventBuilder.Temperatures(sensors)])];
                break;
            case TraceStep.Inspection:
                events = [TraceEventBuilder.Inspection(lot, place!.Uri, at, input.Passed, input.Note)];
                break;
            case TraceStep.Processing:
                var ids = input.InputLotIds.Where(i => i > 0).ToList();
                var inputs = await db.Lots.AsNoTracking().Where(l => ids.Contains(l.Id) && l.ProducerId == lot.ProducerId && l.Id != lot.Id).ToListAsync(ct);
                v.Require(ids.Count > 0 && inputs.Count == ids.Distinct().Count(), "inputLotIds", "Chọn ít nhất một lô nguyên liệu của chủ thể (khác lô thành phẩm).");
                var pairs = ids.Distinct().Select((id, i) => (inputs.FirstOrDefault(l => l.Id == id)!,
                    i < input.InputQuantities.Count && input.InputQuantities[i] > 0 ? input.InputQuantities[i] : 0m)).ToList();
                v.Require(pairs.All(p => p.Item2 > 0), "inputQuantities", "Nhập lượng dùng của từng lô nguyên liệu.");
                events = v.HasErrors ? [] : [TraceEventBuilder.Processing(pairs, lot, place!.Uri, at, input.Note)];
                break;
            case TraceStep.Packing:
                v.Require(input.Cartons is >= 1 and <= 50, "cartons", "Số thùng từ 1 đến 50.");
                var perCarton = input.Cartons > 0 ? Math.Round(quantity / input.Cartons, 3) : 0;
                events = v.HasErrors ? [] : Enumerable.Range(1, input.Cartons)
                    .Select(n => (EpcisEvent)TraceEventBuilder.Packing(lot, TraceIds.CartonOf(options.Value.PlatformGln, lot.Id, n), perCarton, place!.Uri, at)).ToArray();
                break;
            case TraceStep.Shipping:
                v.Require(geo.Commune(input.DestinationCommune?.Trim()) is not null, "destinationCommune", "Vui lòng chọn xã/phường nơi nhận.");
                events = v.HasErrors ? [] : [TraceEventBuilder.Shipping(lot, quantity, null, lot.ProducerId, place?.Uri, TraceIds.CommuneOf(input.DestinationCommune!.Trim()), at)];
                break;
            case TraceStep.Receiving:
                events = [TraceEventBuilder.Receiving(lot, quantity, null, lot.ProducerId, place!.Uri, at, byConsumer: false)];
                break;
            case TraceStep.Storage:
                var readings = ReadTemperatures(input.Temperatures, at, v);
                v.Require(readings is { Count: > 0 }, "temperatures", "Nhập ít nhất một nhiệt độ, ví dụ: 4.5, 5, 4.8.");
                events = v.HasErrors ? [] : [TraceEventBuilder.Storage(lot, place!.Uri, at, readings!)];
                break;
            default:
                return AppError.Validation("step", "Bước không hợp lệ.");
        }
        if (v.HasErrors) return v.ToError();
        return await capture.CaptureAsync(TraceEventBuilder.Document(clock.UtcNow(), events), "page", ct);
    }

    private static List<(DateTime, decimal)>? ReadTemperatures(string? text, DateTime atUtc, Validation v)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        var values = new List<decimal>();
        foreach (var part in parts)
        {
            if (decimal.TryParse(part, NumberStyles.Number, CultureInfo.InvariantCulture, out var c) && c is > -50 and < 80) values.Add(c);
            else
            {
                v.Add("temperatures", $"\"{part}\" không phải nhiệt độ hợp lệ (°C, dùng dấu chấm thập phân).");
                return null;
            }
        }
        if (values.Count > 48) v.Add("temperatures", "Tối đa 48 lần đo.");
        return values.Select((c, i) => (atUtc.AddHours(i - values.Count + 1), c)).ToList();
    }
}
