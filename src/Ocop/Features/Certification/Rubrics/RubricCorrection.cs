namespace Ocop.Features.Certification.Rubrics;

/// <summary>
/// One documented correction of a transcription: in file <see cref="File"/>, the record starting on
/// physical line <see cref="Line"/>, field <see cref="Field"/> changes from <see cref="From"/> to
/// <see cref="To"/>. Fields are the columns of the reference layout (title, description, level, stars,
/// score) or <c>structure</c>, whose only change is <c>sum → alternatives</c>: the group's criteria are
/// alternative cases ("Lựa chọn một trong hai trường hợp"), scored as one criterion. A correction
/// applies only when the field still holds <see cref="From"/>, so a new edition is never silently altered.
/// </summary>
public sealed record RubricCorrection(string File, int Line, string Field, string From, string To, string Reason, string Source)
{
    public static readonly string[] Fields = ["title", "description", "level", "stars", "score", "structure"];

    public const string Alternatives = "alternatives";

    public override string ToString() =>
        $"{File} dòng {Line}, {Field}: «{From}» → «{To}». {Reason} (Nguồn: {Source})";

    /// <summary>
    /// Reads a corrections table: tab-separated <c>set line field from to reason source</c>, one per line;
    /// <c>#</c> comments and the header line are skipped; <c>set</c> is the set number (file set-NN.csv).
    /// </summary>
    public static Result<IReadOnlyList<RubricCorrection>> Parse(TextReader reader, string fileName = "corrections.tsv")
    {
        var list = new List<RubricCorrection>();
        var errors = new List<string>();
        var lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("set\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length != 7 || !int.TryParse(f[0], out var set) || !int.TryParse(f[1], out var at) || !Fields.Contains(f[2]) ||
                string.IsNullOrWhiteSpace(f[5]) || string.IsNullOrWhiteSpace(f[6]))
            {
                errors.Add($"{fileName} dòng {lineNo}: cần 7 cột (set, line, field, from, to, reason, source), trường là một trong {string.Join(", ", Fields)}, có lý do và nguồn.");
                continue;
            }
            if (f[2] == "structure" && f[4] != Alternatives)
            {
                errors.Add($"{fileName} dòng {lineNo}: trường structure chỉ nhận giá trị mới «{Alternatives}».");
                continue;
            }
            list.Add(new RubricCorrection(RubricEdition.SetFileName(set), at, f[2], f[3], f[4], f[5], f[6]));
        }
        return errors.Count > 0 ? new AppError(string.Join("\n", errors)) : list;
    }
}
