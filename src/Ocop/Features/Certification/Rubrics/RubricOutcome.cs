namespace Ocop.Features.Certification.Rubrics;

/// <summary>The result of importing or activating a version: the version, or an error with every defect found.</summary>
public sealed record RubricOutcome(RubricVersion? Version, AppError? Error, IReadOnlyList<RubricDefect> Defects)
{
    public bool Ok => Error is null;

    public static RubricOutcome Success(RubricVersion version) => new(version, null, []);

    public static RubricOutcome Failure(AppError error) => new(null, error, []);

    public static RubricOutcome Refused(string message, IReadOnlyList<RubricDefect> defects) =>
        new(null, new AppError($"{message} ({defects.Count} lỗi)."), defects);
}
