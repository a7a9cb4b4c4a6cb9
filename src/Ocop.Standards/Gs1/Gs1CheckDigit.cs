namespace Ocop.Standards.Gs1;

/// <summary>The GS1 mod-10 check digit shared by GTIN-8/12/13/14, GLN and SSCC.</summary>
public static class Gs1CheckDigit
{
    /// <summary>Computes the check digit for the digits that precede it.</summary>
    public static int Compute(ReadOnlySpan<char> digitsWithoutCheck)
    {
        var sum = 0;
        // Weights 3,1,3,1... from the right-most digit of the payload.
        for (int i = digitsWithoutCheck.Length - 1, weight = 3; i >= 0; i--, weight = 4 - weight)
        {
            var d = digitsWithoutCheck[i] - '0';
            if (d is < 0 or > 9) throw new FormatException("Only digits are allowed.");
            sum += d * weight;
        }
        return (10 - sum % 10) % 10;
    }

    /// <summary>True when every character is a digit and the last one is the correct check digit.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2) return false;
        foreach (var c in digits) if (c is < '0' or > '9') return false;
        return Compute(digits[..^1]) == digits[^1] - '0';
    }
}
