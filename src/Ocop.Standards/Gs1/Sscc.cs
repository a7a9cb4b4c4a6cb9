namespace Ocop.Standards.Gs1;

/// <summary>Serial Shipping Container Code: 18 digits, the last one a mod-10 check digit (AI 00).</summary>
public static class Sscc
{
    /// <summary>The number of digits in an SSCC.</summary>
    public const int Length = 18;

    /// <summary>
    /// Checks digits, length and check digit; on failure <paramref name="error"/> is
    /// "empty", "digits", "length" or "check-digit".
    /// </summary>
    public static bool TryValidate(string? value, out string? error)
    {
        error = Gs1KeyValidation.Check(value, length => length == Length);
        return error is null;
    }

    /// <summary>True for 18 digits with a correct check digit.</summary>
    public static bool IsValid(string? value) => TryValidate(value, out _);
}
