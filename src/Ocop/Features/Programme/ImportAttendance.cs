using System.Globalization;
using Ocop.Features.Geography;
using Ocop.Features.Identity;

namespace Ocop.Features.Programme;

public sealed record AttendanceImportRowError(int Line, string Message);
public sealed record AttendanceImportSummary(int Imported, int LinkedToProducers);

/// <summary>
/// Imports a session's sign-in sheet (CSV, UTF-8, header row): <c>ho_ten,so_dien_thoai,ma_xa,ngay</c>
/// with the date as dd/MM/yyyy (empty: the session's first day). Every bad row is reported with its
/// line — malformed rows, unknown commune codes, duplicates in the sheet or already recorded, dates
/// outside the session — and nothing is written unless every row is good. The funnel moves in the same save.
/// </summary>
public sealed class ImportAttendance(OcopDb db, GeographyDirectory geo, TrainingCommands commands, FunnelRefresh funnel, AuditLog audit, TimeProvider clock)
{
    public const int MaxRows = 5000;

    public async Task<Result<AttendanceImportSummary>> RunAsync(int sessionId, TextReader csv)
    {
        var session = await db.Set<TrainingSession>().FindAsync(sessionId);
        if (session is null) return AppError.NotFound("Không tìm thấy lớp tập huấn.");
        if (!commands.CanManage(session.ProvinceCode)) return AppError.Forbidden("Bạn chỉ ghi danh cho lớp trong tỉnh của mình.");
        var today = VietnamTime.Today(clock);
        var errors = new List<AttendanceImportRowError>();
        var rows = new List<(int Line, TrainingAttendance Attendance)>();
        var header = true;
        foreach (var (line, f) in CsvRecords.Read(csv))
        {
            if (header) { header = false; continue; }
            if (f.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count + errors.Count >= MaxRows) { errors.Add(new(line, $"Tệp có hơn {MaxRows} dòng; hãy chia nhỏ.")); break; }
            if (f.Length is < 3 or > 4) { errors.Add(new(line, $"Dòng cần 3 hoặc 4 cột (họ tên, số điện thoại, mã xã, ngày), có {f.Length}.")); continue; }
            DateOnly? day = null;
            if (f.Length == 4 && !string.IsNullOrWhiteSpace(f[3]))
            {
                if (!DateOnly.TryParseExact(f[3].Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                { errors.Add(new(line, $"ngày \"{f[3].Trim()}\" không đúng dạng dd/MM/yyyy.")); continue; }
                day = d;
            }
            var check = AttendanceRules.Check(session, new AttendanceRequest(f[0], f[1], f[2], day), geo, today);
            var messages = check.Errors.Select(e => e.Message).ToList();
            if (check.Attendance is { } a && rows.FirstOrDefault(r => r.Attendance.Phone == a.Phone) is { Attendance: not null } first)
                messages.Add($"Số điện thoại {a.Phone} trùng với dòng {first.Line}.");
            if (messages.Count > 0) { errors.Add(new(line, string.Join(" ", messages))); continue; }
            rows.Add((line, check.Attendance!));
        }
        var phones = rows.Select(r => r.Attendance.Phone).ToList();
        var already = (await Chunks.QueryAsync(phones, slice => db.Set<TrainingAttendance>().AsNoTracking()
            .Where(a => a.SessionId == sessionId && slice.Contains(a.Phone)).Select(a => a.Phone).ToListAsync())).ToHashSet();
        foreach (var (line, a) in rows.Where(r => already.Contains(r.Attendance.Phone)))
            errors.Add(new(line, $"Số điện thoại {a.Phone} đã điểm danh ở lớp này."));
        if (errors.Count > 0)
            return new AppError($"Tệp có {errors.Count} dòng lỗi, chưa nhập dòng nào.", 400,
                new Dictionary<string, string[]> { ["rows"] = errors.OrderBy(e => e.Line).Select(e => $"Dòng {e.Line}: {e.Message}").ToArray() });
        if (rows.Count == 0) return AppError.Validation("rows", "Tệp không có dòng điểm danh nào.");

        var producers = await commands.ProducersByPhoneAsync(phones);
        var now = clock.UtcNow();
        foreach (var (_, a) in rows)
        {
            a.ProducerId = producers.TryGetValue(a.Phone, out var id) ? id : null;
            a.CreatedAt = now;
        }
        db.AddRange(rows.Select(r => r.Attendance));
        await funnel.TrackAsync(rows.Select(r => r.Attendance.Person()).ToList());
        var linked = rows.Count(r => r.Attendance.ProducerId is not null);
        audit.Record("training.attendance_imported", "training_session", sessionId, after: new { Count = rows.Count, Linked = linked });
        await db.SaveChangesAsync();
        return new AttendanceImportSummary(rows.Count, linked);
    }
}
