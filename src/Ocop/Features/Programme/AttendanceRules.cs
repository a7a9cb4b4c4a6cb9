using Ocop.Features.Geography;

namespace Ocop.Features.Programme;

public sealed record FieldProblem(string Field, string Message);
public sealed record CheckedAttendance(TrainingAttendance? Attendance, IReadOnlyList<FieldProblem> Errors);

/// <summary>The checks every attendance passes, typed on the page or read from a sign-in sheet.</summary>
public static class AttendanceRules
{
    public static CheckedAttendance Check(TrainingSession session, AttendanceRequest r, GeographyDirectory geo, DateOnly today)
    {
        var errors = new List<FieldProblem>();
        var name = r.FullName?.Trim() ?? "";
        if (name.Length is 0 or > 120 || Html.ContainsMarkup(name)) errors.Add(new("fullName", "Họ tên từ 1 đến 120 ký tự, không chứa mã HTML."));
        if (!PhoneNumbers.IsValid(r.Phone)) errors.Add(new("phone", "Số điện thoại không hợp lệ (10 số, bắt đầu bằng 0)."));
        var code = r.CommuneCode?.Trim() ?? "";
        if (code.Length is > 0 and < 5 && code.All(char.IsAsciiDigit)) code = code.PadLeft(5, '0');
        var commune = geo.Commune(code);
        if (commune is null) errors.Add(new("communeCode", $"Mã xã/phường \"{code}\" không có trong danh mục."));
        else if (commune.ProvinceCode != session.ProvinceCode) errors.Add(new("communeCode", $"Xã/phường {commune.Name} không thuộc tỉnh của lớp tập huấn."));
        var day = r.AttendedOn ?? session.StartsOn;
        if (day < session.StartsOn || day > session.EndsOn)
            errors.Add(new("attendedOn", $"Ngày {day:dd/MM/yyyy} nằm ngoài thời gian lớp học ({session.StartsOn:dd/MM/yyyy}–{session.EndsOn:dd/MM/yyyy})."));
        else if (day > today) errors.Add(new("attendedOn", $"Ngày {day:dd/MM/yyyy} chưa tới."));
        if (errors.Count > 0) return new(null, errors);
        return new(new TrainingAttendance
        {
            SessionId = session.Id, FullName = name, Phone = PhoneNumbers.Canonical(r.Phone!), CommuneCode = commune!.Code,
            ProvinceCode = commune.ProvinceCode, AttendedOn = day,
        }, []);
    }
}
