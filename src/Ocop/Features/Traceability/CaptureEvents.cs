using Microsoft.Extensions.Options;
using Ocop.Features.Identity;
using Ocop.Standards.Epcis;

namespace Ocop.Features.Traceability;

public sealed record CaptureResult(int Count, IReadOnlyList<string> EventIds);

/// <summary>
/// Captures an EPCIS 2.0 document: the whole document is validated (the standard's rules with
/// <see cref="EpcisValidator"/>, then the platform's with <see cref="EventRecorder"/>) and stored in
/// one transaction, or refused with every error and its event index and nothing stored. Producers
/// capture for themselves; national officers may capture exchanges for any lot.
/// </summary>
public sealed class CaptureEvents(OcopDb db, CurrentUser me, EventRecorder recorder, AuditLog audit, IOptions<TraceabilityOptions> options)
{
    public async Task<Result<CaptureResult>> CaptureJsonAsync(string json, CancellationToken ct = default)
    {
        var (document, error) = EpcisJson.ReadDocument(json);
        return error is not null ? Refuse([error]) : await CaptureAsync(document!, "capture", ct);
    }

    public async Task<Result<CaptureResult>> CaptureAsync(EpcisDocument document, string origin, CancellationToken ct = default)
    {
        if (me.ProducerId is null && !me.IsNational)
            return AppError.Forbidden("Chỉ chủ thể OCOP (cho lô của mình) hoặc cán bộ trung ương được ghi sự kiện truy xuất.");
        var errors = EpcisValidator.Validate(document).ToList();
        var events = document.EpcisBody?.EventList ?? [];
        if (events.Count == 0 && errors.Count == 0) errors.Add(new(null, "empty", "eventList has no events."));
        if (events.Count > options.Value.MaxEventsPerCapture)
            errors.Add(new(null, "too-many-events", $"At most {options.Value.MaxEventsPerCapture} events per document."));
        if (errors.Count == 0) errors.AddRange(await recorder.CheckAsync(events, me.IsNational ? null : me.ProducerId, ct));
        if (errors.Count > 0) return Refuse(errors);

        var stored = await recorder.AddAsync(events, EventRecorder.Namespaces(document.Context), me.IsNational ? null : me.ProducerId, origin, ct);
        audit.Record("epcis.captured", "epcis_document", document.Id ?? stored[0].EventId,
            after: new { Events = stored.Count, Types = stored.Select(s => s.Type).Distinct(), Origin = origin });
        await db.SaveChangesAsync(ct);
        return new CaptureResult(stored.Count, stored.Select(s => s.EventId).ToList());
    }

    /// <summary>Every error, keyed by <c>eventList[i]</c> (or <c>document</c>), in a 400 refusal that names how many there are.</summary>
    public static AppError Refuse(IReadOnlyList<EpcisValidationError> errors)
    {
        var fields = errors.GroupBy(e => e.EventIndex is { } i ? $"eventList[{i}]" : "document")
            .ToDictionary(g => g.Key, g => g.Select(e => $"{e.Code}: {e.Message}").ToArray());
        return new AppError($"Tài liệu EPCIS không hợp lệ ({errors.Count} lỗi); không sự kiện nào được lưu.", 400, fields);
    }
}
