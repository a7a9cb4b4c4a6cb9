namespace Ocop.Features.Certification.Rubrics;

/// <summary>What identifies a rubric version: code, title, legal basis, effective date and part totals.</summary>
public sealed record RubricVersionInfo(string Code, string Title, string LegalBasis, DateOnly EffectiveFrom, RubricExpectations Expect)
{
    public static readonly RubricVersionInfo Qd148 = new(
        "QD148-2023",
        "Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP (Quyết định 148/QĐ-TTg)",
        "Quyết định 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ, Phụ lục III",
        new DateOnly(2023, 2, 24),
        RubricExpectations.Qd148);
}
