using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ocop.Features.Geography;

/// <summary>
/// One edition of the administrative units: provinces, communes and the pre-2025 provinces with
/// their successors. Read from the official layout (<see cref="ReadOfficial"/>) or from the
/// project's own compact encoding shipped in <c>Data/Reference</c> (<see cref="ReadEncoded"/>).
/// </summary>
public sealed partial record AdminUnitsEdition(
    string Name,
    IReadOnlyList<Province> Provinces,
    IReadOnlyList<Commune> Communes,
    IReadOnlyList<LegacyProvince> LegacyProvinces)
{
    public const string ShippedResource = "Ocop.Data.Reference.admin-units-2025.tsv";

    /// <summary>Strips the official prefix: "Tỉnh Sơn La" → "Sơn La", "Thành phố Hà Nội" → "Hà Nội".</summary>
    public static string ShortName(string fullName)
    {
        foreach (var prefix in new[] { "Thành phố ", "Tỉnh " }) // vi-only: prefixes of official names, read not shown
            if (fullName.StartsWith(prefix, StringComparison.Ordinal)) return fullName[prefix.Length..];
        return fullName;
    }

    /// <summary>
    /// Reads the official layout of a folder like <c>shared/data/admin-units-2025</c>:
    /// <c>nested-divisions.json</c> and <c>old-to-new-communes.csv</c>. Every problem is reported.
    /// </summary>
    public static Result<AdminUnitsEdition> ReadOfficial(string folder, string editionName)
    {
        var errors = new List<string>();
        var nestedPath = Path.Combine(folder, "nested-divisions.json");
        if (!File.Exists(nestedPath)) return new AppError($"Không tìm thấy tệp {nestedPath}.");
        var provinces = new List<Province>();
        var communes = new List<Commune>();
        using (var doc = JsonDocument.Parse(File.ReadAllBytes(nestedPath)))
        {
            var i = 0;
            foreach (var p in doc.RootElement.EnumerateArray())
            {
                i++;
                if (!p.TryGetProperty("code", out var codeEl) || codeEl.ValueKind != JsonValueKind.Number ||
                    !p.TryGetProperty("name", out var nameEl) || string.IsNullOrWhiteSpace(nameEl.GetString()))
                {
                    errors.Add($"nested-divisions.json: tỉnh thứ {i} thiếu mã hoặc tên.");
                    continue;
                }
                var code = codeEl.GetInt32().ToString("00");
                var full = nameEl.GetString()!.Trim();
                provinces.Add(new Province
                {
                    Code = code, FullName = full, Name = ShortName(full),
                    Type = p.TryGetProperty("division_type", out var t) ? t.GetString() ?? "" : "",
                    Codename = p.TryGetProperty("codename", out var cn) ? cn.GetString() ?? "" : "",
                    Edition = editionName,
                });
                if (!p.TryGetProperty("wards", out var wards)) { errors.Add($"nested-divisions.json: tỉnh {code} không có danh sách xã."); continue; }
                foreach (var w in wards.EnumerateArray())
                {
                    if (!w.TryGetProperty("code", out var wc) || wc.ValueKind != JsonValueKind.Number ||
                        !w.TryGetProperty("name", out var wn) || string.IsNullOrWhiteSpace(wn.GetString()))
                    {
                        errors.Add($"nested-divisions.json: một xã của tỉnh {code} thiếu mã hoặc tên.");
                        continue;
                    }
                    communes.Add(new Commune
                    {
                        Code = wc.GetInt32().ToString("00000"), ProvinceCode = code, Name = wn.GetString()!.Trim(),
                        Type = w.TryGetProperty("division_type", out var wt) ? wt.GetString() ?? "" : "",
                        Codename = w.TryGetProperty("codename", out var wcn) ? wcn.GetString() ?? "" : "",
                        Edition = editionName,
                    });
                }
            }
        }
        foreach (var dup in communes.GroupBy(c => c.Code).Where(g => g.Count() > 1))
            errors.Add($"nested-divisions.json: mã xã {dup.Key} xuất hiện {dup.Count()} lần.");
        foreach (var dup in provinces.GroupBy(c => c.Code).Where(g => g.Count() > 1))
            errors.Add($"nested-divisions.json: mã tỉnh {dup.Key} xuất hiện {dup.Count()} lần.");

        var legacy = new List<LegacyProvince>();
        var mapPath = Path.Combine(folder, "old-to-new-communes.csv");
        if (File.Exists(mapPath))
            legacy = ReadLegacyProvinces(mapPath, provinces.Select(p => p.Code).ToHashSet(), errors);

        if (errors.Count > 0) return new AppError(string.Join("\n", errors));
        return new AdminUnitsEdition(editionName, provinces, communes, legacy);
    }

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<code>\d{2})\)\s*$")]
    private static partial Regex NameWithCode();

    private static List<LegacyProvince> ReadLegacyProvinces(string path, HashSet<string> currentCodes, List<string> errors)
    {
        // Counts of communes each old province handed to each new one.
        var counts = new Dictionary<string, (string Name, Dictionary<string, int> To)>();
        // Fields may be quoted and span lines (commune names with line breaks), so a real CSV parser reads it.
        using var reader = new StreamReader(path, Encoding.UTF8);
        var record = 0;
        foreach (var (lineNo, cols) in CsvRecords.Read(reader))
        {
            if (++record <= 2) continue; // two header lines
            if (cols.Length < 8 || string.IsNullOrWhiteSpace(cols[2])) continue; // province separator rows
            var newMatch = NameWithCode().Match(cols[0].Trim());
            var oldMatch = NameWithCode().Match(cols[7].Trim());
            if (!newMatch.Success || !oldMatch.Success)
            {
                errors.Add($"old-to-new-communes.csv dòng {lineNo}: không đọc được mã tỉnh mới/cũ.");
                continue;
            }
            var newCode = newMatch.Groups["code"].Value;
            if (!currentCodes.Contains(newCode)) { errors.Add($"old-to-new-communes.csv dòng {lineNo}: tỉnh mới {newCode} không có trong danh mục."); continue; }
            var oldCode = oldMatch.Groups["code"].Value;
            if (!counts.TryGetValue(oldCode, out var entry))
                counts[oldCode] = entry = (oldMatch.Groups["name"].Value.Trim(), new Dictionary<string, int>());
            entry.To[newCode] = entry.To.GetValueOrDefault(newCode) + 1;
        }
        return counts.OrderBy(kv => kv.Key).Select(kv => new LegacyProvince
        {
            Code = kv.Key,
            FullName = kv.Value.Name,
            SuccessorCode = kv.Value.To.OrderByDescending(t => t.Value).ThenBy(t => t.Key).First().Key,
            SuccessorCodes = string.Join(",", kv.Value.To.OrderByDescending(t => t.Value).ThenBy(t => t.Key).Select(t => t.Key)),
        }).ToList();
    }

    /// <summary>
    /// The project's encoding: tab-separated lines, <c>P code full type codename</c>,
    /// <c>C code province name type codename</c>, <c>L code full successor successors</c>; <c>#</c> comments;
    /// the first comment line <c># edition: …</c> names the edition.
    /// </summary>
    public void WriteEncoded(TextWriter writer)
    {
        writer.WriteLine($"# edition: {Name}");
        writer.WriteLine("# Đơn vị hành chính theo Quyết định 19/2025/QĐ-TTg (mã tỉnh 2 chữ số, mã xã 5 chữ số), hiệu lực từ 01/07/2025."); // vi-only: header of the reference file, for its maintainers
        writer.WriteLine("# Tỉnh trước 01/07/2025 (L) kèm tỉnh kế thừa, theo bảng chuyển đổi xã cũ → xã mới."); // vi-only: header of the reference file, for its maintainers
        writer.WriteLine("# Tạo bởi: dotnet run --project src/Ocop -- import admin-units <thư mục> --write-reference <tệp>"); // vi-only: header of the reference file, for its maintainers
        foreach (var p in Provinces) writer.WriteLine($"P\t{p.Code}\t{p.FullName}\t{p.Type}\t{p.Codename}");
        foreach (var c in Communes) writer.WriteLine($"C\t{c.Code}\t{c.ProvinceCode}\t{c.Name}\t{c.Type}\t{c.Codename}");
        foreach (var l in LegacyProvinces) writer.WriteLine($"L\t{l.Code}\t{l.FullName}\t{l.SuccessorCode}\t{l.SuccessorCodes}");
    }

    public static AdminUnitsEdition ReadEncoded(TextReader reader)
    {
        var name = "unknown";
        var provinces = new List<Province>();
        var communes = new List<Commune>();
        var legacy = new List<LegacyProvince>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith("# edition: ", StringComparison.Ordinal)) { name = line[11..].Trim(); continue; }
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            switch (f[0])
            {
                case "P":
                    provinces.Add(new Province { Code = f[1], FullName = f[2], Name = ShortName(f[2]), Type = f[3], Codename = f[4], Edition = name });
                    break;
                case "C":
                    communes.Add(new Commune { Code = f[1], ProvinceCode = f[2], Name = f[3], Type = f[4], Codename = f[5], Edition = name });
                    break;
                case "L":
                    legacy.Add(new LegacyProvince { Code = f[1], FullName = f[2], SuccessorCode = f[3], SuccessorCodes = f[4] });
                    break;
                default:
                    throw new FormatException($"Unknown record type '{f[0]}' in the admin-units encoding.");
            }
        }
        return new AdminUnitsEdition(name, provinces, communes, legacy);
    }

    public static AdminUnitsEdition Shipped()
    {
        using var stream = typeof(AdminUnitsEdition).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"Missing embedded resource {ShippedResource}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return ReadEncoded(reader);
    }
}
