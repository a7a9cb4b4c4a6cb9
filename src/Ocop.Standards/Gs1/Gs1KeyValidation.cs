namespace Ocop.Standards.Gs1;

/// <summary>Shared checks for numeric GS1 keys that end in a mod-10 check digit.</summary>
internal static class Gs1KeyValidation
{
    /// <summary>
    /// Returns null when <paramref name="value"/> is all digits, has an allowed length and a correct check digit;
    /// otherwise one of "empty", "digits", "length", "check-digit".
    /// </summary>
    public static string? Check(string? value, Func<int, bool> allowedLength)
    {
        if (string.IsNullOrWhiteSpace(value)) return "empty";
        foreach (var c in value) if (!char.IsAsciiDigit(c)) return "digits";
        if (!allowedLength(value.Length)) return "length";
        return Gs1CheckDigit.IsValid(value) ? null : "check-digit";
    }
}
