namespace Ocop.Features.Certification.Rubrics;

public sealed record RubricSheetSummary(int SetCode, string Title, string Status);

public sealed record RubricVersionDto(string Code, string Title, string LegalBasis, DateOnly EffectiveFrom, string Status,
    DateTime CreatedAt, IReadOnlyList<RubricSheetSummary> Sheets)
{
    public static RubricVersionDto From(RubricVersion v) => new(v.Code, v.Title, v.LegalBasis, v.EffectiveFrom, v.Status.ToString(), v.CreatedAt,
        v.Sheets.OrderBy(s => s.SetCode).Select(s => new RubricSheetSummary(s.SetCode, s.Title, s.Status.ToString())).ToList());
}

public sealed record RubricNodeDto(string Kind, string Code, string Title, string? Description, decimal Score, int? StarGate,
    IReadOnlyList<RubricNodeDto> Children)
{
    public static RubricNodeDto From(TreeNode n) =>
        new(n.Kind.ToString(), n.Code, n.Title, n.Description, n.Score ?? 0, n.StarGate, n.Children.Select(From).ToList());
}

public sealed record RubricSheetDto(string Version, int SetCode, string Title, string Status, string? Source, string? Corrections,
    decimal MaxTotal, IReadOnlyList<RubricNodeDto> Parts);
