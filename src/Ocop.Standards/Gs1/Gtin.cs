namespace Ocop.Standards.Gs1;

/// <summary>Global Trade Item Number in any of its lengths (8, 12, 13, 14 digits).</summary>
public static class Gtin
{
    /// <summary>Checks length, digits and check digit; the error says which one failed.</summary>
    public static bool TryValidate(string? value, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(value)) { error = "empty"; return false; }
        if (!value.All(char.IsAsciiDigit)) { error = "digits"; return false; }
        if (value.Length is not (8 or 12 or 13 or 14)) { error = "length"; return false; }
        if (!Gs1CheckDigit.IsValid(value)) { error = "check-digit"; return false; }
        return true;
    }

    public static bool IsValid(string? value) => TryValidate(value, out _);

    /// <summary>The 14-digit form used in Digital Link URIs and EPCIS (left-padded with zeros).</summary>
    public static string ToGtin14(string value) =>
        IsValid(value) ? value.PadLeft(14, '0') : throw new FormatException($"'{value}' is not a valid GTIN.");
}
