using System.Globalization;
using Ocop.Features.Geography;
using Ocop.Features.Identity;

namespace Ocop.Features.Certification;

public sealed record ImportRowError(int Line, string Message);
public sealed record ImportSummary(int Imported, IReadOnlyList<ImportRowError> Errors);

/// <summary>
/// Imports certificates issued before the platform (CSV, UTF-8, header row):
/// <c>number,product,producer,province_code,set,stars,score,decision_number,decision_date,issued_on[,expires_on]</c>
/// with dates as dd/MM/yyyy. A province code on a certificate issued before 01/07/2025 is a pre-2025
/// code and is mapped to today's province (kept as LegacyProvinceCode). Every bad row is reported
/// with its line and nothing is imported unless every row is good. A provincial officer imports only
/// its own province's 3★/4★ certificates: a file with a row of another province or a 5★ row (the
/// centre's) is refused whole (403) with those rows listed.
/// </summary>
public sealed class ImportHistoricCertificates(OcopDb db, GeographyDirectory geo, CertificationAccess access, AuditLog audit, TimeProvider clock)
{
    private static readonly DateOnly Reform = new(2025, 7, 1);

    public async Task<Result<ImportSummary>> RunAsync(TextReader csv)
    {
        if (!access.IsCentral && !access.IsProvinceOf(access.ProvinceCode)) return AppError.Forbidden();
        var errors = new List<ImportRowError>();
        var certificates = new List<Certificate>();
        var lines = new Dictionary<string, int>();
        var header = true;
        foreach (var (line, f) in CsvRecords.Read(csv))
        {
            if (header) { header = false; continue; }
            if (f.Length == 1 && string.IsNullOrWhiteSpace(f[0])) continue;
            if (f.Length < 10) { errors.Add(new(line, $"Dòng cần ít nhất 10 cột, có {f.Length}.")); continue; }
            var rowErrors = new List<string>();
            var number = f[0].Trim();
            if (number.Length is 0 or > 40 || Html.ContainsMarkup(number)) rowErrors.Add("số giấy chứng nhận không hợp lệ");
            if (f[1].Trim().Length is 0 or > 200 || Html.ContainsMarkup(f[1])) rowErrors.Add("tên sản phẩm không hợp lệ");
            if (f[2].Trim().Length is 0 or > 200 || Html.ContainsMarkup(f[2])) rowErrors.Add("tên chủ thể không hợp lệ");
            var issued = Date(f[9]);
            if (issued is null) rowErrors.Add("ngày cấp không hợp lệ (dd/MM/yyyy)");
            var decisionDate = Date(f[8]);
            if (decisionDate is null) rowErrors.Add("ngày quyết định không hợp lệ");
            var code = f[3].Trim().PadLeft(2, '0');
            Province? province = null;
            string? legacy = null;
            if (issued < Reform)
            {
                var old = geo.Legacy(code);
                if (old is null) rowErrors.Add($"mã tỉnh cũ {code} không có trong danh mục trước 01/07/2025");
                else { province = geo.Province(old.SuccessorCode); legacy = code; }
            }
            else
            {
                province = geo.Province(code);
                if (province is null) rowErrors.Add($"mã tỉnh {code} không có trong danh mục");
            }
            if (!int.TryParse(f[4], out var set) || set is < 1 or > 26) rowErrors.Add("bộ sản phẩm phải từ 1 đến 26");
            if (!int.TryParse(f[5], out var stars) || stars is < 3 or > 5) rowErrors.Add("số sao phải từ 3 đến 5");
            if (!decimal.TryParse(f[6], NumberStyles.Number, CultureInfo.InvariantCulture, out var score) || score is < 50 or > 100) rowErrors.Add("điểm phải từ 50 đến 100");
            else if (stars is >= 3 and <= 5 && Rubrics.Scoring.BandStars(score) < stars) rowErrors.Add($"điểm {score} không đạt {stars} sao");
            if (f[7].Trim().Length is 0 or > 60) rowErrors.Add("số quyết định không hợp lệ");
            DateOnly? expires = f.Length > 10 && !string.IsNullOrWhiteSpace(f[10]) ? Date(f[10]) : issued is null ? null : Certificate.ExpiryFor(issued.Value);
            if (expires is null) rowErrors.Add("ngày hết hạn không hợp lệ");
            if (certificates.Any(c => c.Number == number)) rowErrors.Add("số giấy chứng nhận trùng trong tệp");
            if (rowErrors.Count > 0) { errors.Add(new(line, string.Join("; ", rowErrors) + ".")); continue; }
            lines[number] = line;
            certificates.Add(new Certificate
            {
                Number = number, ProductName = f[1].Trim(), ProducerName = f[2].Trim(), ProvinceCode = province!.Code, LegacyProvinceCode = legacy,
                SetCode = set, Stars = stars, Score = score, Level = stars == 5 ? RecognitionLevel.Central : RecognitionLevel.Province,
                DecisionNumber = f[7].Trim(), DecisionDate = decisionDate!.Value, IssuedOn = issued!.Value, ExpiresOn = expires!.Value,
                Status = expires < VietnamTime.Today(clock) ? CertificateStatus.Expired : CertificateStatus.Valid, Historic = true, CreatedAt = clock.UtcNow(),
            });
        }
        if (!access.IsCentral)
        {
            var outside = certificates.Where(c => c.ProvinceCode != access.ProvinceCode || c.Level == RecognitionLevel.Central)
                .Select(c => c.ProvinceCode != access.ProvinceCode
                    ? Lang.Text("Dòng {0}: {1} thuộc {2}, ngoài tỉnh của bạn.", lines[c.Number], c.Number, geo.Province(c.ProvinceCode)?.Name ?? c.ProvinceCode)
                    : Lang.Text("Dòng {0}: {1} là 5 sao, do Trung ương công nhận và nhập.", lines[c.Number], c.Number)).ToArray();
            if (outside.Length > 0)
                return new AppError(Lang.Text("Bạn chỉ nhập được giấy chứng nhận 3–4 sao của tỉnh mình; {0} dòng ngoài phạm vi, chưa nhập dòng nào.", outside.Length), 403,
                    new Dictionary<string, string[]> { ["rows"] = outside });
        }
        var numbers = certificates.Select(c => c.Number).ToList();
        foreach (var existing in await db.Set<Certificate>().Where(c => numbers.Contains(c.Number)).Select(c => c.Number).ToListAsync())
            errors.Add(new(0, $"{existing}: đã có trong hệ thống."));
        if (errors.Count > 0) return new AppError($"Tệp có {errors.Count} lỗi, chưa nhập dòng nào.", 400,
            new Dictionary<string, string[]> { ["rows"] = errors.Select(e => e.Line > 0 ? $"Dòng {e.Line}: {e.Message}" : e.Message).ToArray() });
        db.AddRange(certificates);
        audit.Record("certificates.imported", "certificate", "historic", after: new { Count = certificates.Count });
        await db.SaveChangesAsync();
        return new ImportSummary(certificates.Count, []);
    }

    private static DateOnly? Date(string s) =>
        DateOnly.TryParseExact(s.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
