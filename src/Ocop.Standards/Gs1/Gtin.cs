namespace Ocop.Standards.Gs1;

/// <summary>Global Trade Item Number in any of its lengths (8, 12, 13, 14 digits).</summary>
public static class Gtin
{
    /// <summary>
    /// Checks digits, length and check digit; on failure <paramref name="error"/> is
    /// "empty", "digits", "length" or "check-digit".
    /// </summary>
    public static bool TryValidate(string? value, out string? error)
    {
        error = Gs1KeyValidation.Check(value, length => length is 8 or 12 or 13 or 14);
        return error is null;
    }

    /// <summary>True for a GTIN-8, -12, -13 or -14 with a correct check digit.</summary>
    public static bool IsValid(string? value) => TryValidate(value, out _);

    /// <summary>The 14-digit form used in Digital Link URIs and EPCIS (left-padded with zeros).</summary>
    /// <exception cref="FormatException">The value is not a valid GTIN.</exception>
    public static string ToGtin14(string value) =>
        IsValid(value) ? value.PadLeft(14, '0') : throw new FormatException($"'{value}' is not a valid GTIN.");
}
