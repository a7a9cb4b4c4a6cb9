namespace Ocop.Standards.Gs1;

/// <summary>Global Location Number: 13 digits, the last one a mod-10 check digit (AI 414 and 417).</summary>
public static class Gln
{
    /// <summary>The number of digits in a GLN.</summary>
    public const int Length = 13;

    /// <summary>
    /// Checks digits, length and check digit; on failure <paramref name="error"/> is
    /// "empty", "digits", "length" or "check-digit".
    /// </summary>
    public static bool TryValidate(string? value, out string? error)
    {
        error = Gs1KeyValidation.Check(value, length => length == Length);
        return error is null;
    }

    /// <summary>True for 13 digits with a correct check digit.</summary>
    public static bool IsValid(string? value) => TryValidate(value, out _);
}
