namespace Ocop.Features.Certification.Rubrics;

/// <summary>
/// What a decision requires of every sheet: the maximum of each part and the total. Decision 148/QĐ-TTg
/// (2023): A = 40, B = 25, C = 35; Decision 1048/QĐ-TTg (2019) had 35/25/40, so versions carry their own.
/// </summary>
public sealed record RubricExpectations(IReadOnlyDictionary<string, decimal> PartTotals, decimal Total, string Basis)
{
    public static readonly RubricExpectations Qd148 = new(
        new Dictionary<string, decimal> { ["A"] = 40, ["B"] = 25, ["C"] = 35 }, 100, "Quyết định 148/QĐ-TTg");

    /// <summary>Only the total and the sheet's own consistency (for stored versions whose part split is not recorded).</summary>
    public static readonly RubricExpectations Consistency = new(new Dictionary<string, decimal>(), 100, "bộ tiêu chí");

    /// <summary>Parses "A=40,B=25,C=35"; null when the text is not of that form or does not sum to 100.</summary>
    public static RubricExpectations? Parse(string text, string basis)
    {
        var parts = new Dictionary<string, decimal>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = item.Split('=', StringSplitOptions.TrimEntries);
            if (kv.Length != 2 || kv[0].Length != 1 || !char.IsAsciiLetterUpper(kv[0][0]) ||
                !decimal.TryParse(kv[1], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var points) ||
                !parts.TryAdd(kv[0], points))
                return null;
        }
        return parts.Count > 0 && parts.Values.Sum() == 100 ? new RubricExpectations(parts, 100, basis) : null;
    }
}
