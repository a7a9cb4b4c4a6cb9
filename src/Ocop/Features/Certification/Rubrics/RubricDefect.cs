namespace Ocop.Features.Certification.Rubrics;

/// <summary>
/// A problem found in a rubric sheet, in Vietnamese. <see cref="Line"/> is the physical line where the
/// CSV record starts (what an editor shows; quoted fields may span lines); <see cref="Row"/> is the
/// record's number counting the header as 1 (what a spreadsheet shows). Both are 0 for a stored sheet.
/// </summary>
public sealed record RubricDefect(string File, int Line, int Row, string Message)
{
    public static RubricDefect At(string file, TreeNode? node, string message) =>
        new(file, node?.Line ?? 0, node?.Row ?? 0, message);

    public override string ToString() => Line > 0 ? $"{File} dòng {Line}: {Message}" : $"{File}: {Message}";
}
