using System.Globalization;
using System.Text;

namespace Ocop.Features.Certification.Rubrics;

/// <summary>Uploaded rubric files (API and admin page alike): at most 100 files of 2 MB each, each name once, read as UTF-8.</summary>
public static class RubricUpload
{
    public const int MaxFileBytes = 2 * 1024 * 1024;
    public const int MaxFiles = 100;

    public static async Task<Result<ImportRubricRequest>> ReadAsync(IReadOnlyList<IFormFile> files, string? code, string? title, string? legalBasis,
        string? effectiveFrom, string? parts)
    {
        if (files.Count > MaxFiles) return AppError.Validation("files", $"Tối đa {MaxFiles} tệp.");
        if (files.FirstOrDefault(f => f.Length > MaxFileBytes) is { } big) return AppError.Validation("files", $"Tệp {big.FileName} lớn hơn 2 MB.");
        if (!DateOnly.TryParseExact(effectiveFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
            return AppError.Validation("effectiveFrom", "Ngày hiệu lực có dạng yyyy-MM-dd.");
        var contents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            if (!contents.TryAdd(Path.GetFileName(file.FileName), await reader.ReadToEndAsync()))
                return AppError.Validation("files", $"Tệp {file.FileName} gửi hai lần.");
        }
        return new ImportRubricRequest(code ?? "", title ?? "", legalBasis ?? "", from, parts, contents);
    }
}
