namespace Ocop.Standards.Gs1.DigitalLink;

/// <summary>Checks a decoded AI value against its format.</summary>
internal static class AiValueRules
{
    /// <summary>Adds any problems to <paramref name="errors"/> and returns the value, normalised where allowed.</summary>
    public static string Check(AiDefinition definition, string value, List<ValidationError> errors, bool padShortGtin)
    {
        switch (definition.Format)
        {
            case AiFormat.NumericKey:
                return CheckNumericKey(definition, value, errors, padShortGtin);
            case AiFormat.Alphanumeric:
                if (value.Length is 0 || value.Length > definition.MaxLength)
                    errors.Add(new("value-length", $"{definition.Label} must be 1–{definition.MaxLength} characters, found {value.Length}."));
                var bad = value.FirstOrDefault(c => !UriComponentEncoding.IsCharacterSet82(c));
                if (bad != default)
                    errors.Add(new("character-set", $"{definition.Label} contains '{bad}', which is outside the GS1 82-character set."));
                return value;
            case AiFormat.Date:
                CheckDate(definition, value, errors);
                return value;
            default:
                if (value.Length is not (6 or 12) || !value.All(char.IsAsciiDigit))
                {
                    errors.Add(new("date-format", $"{definition.Label} must be YYMMDD or YYMMDDYYMMDD, found \"{value}\"."));
                    return value;
                }
                if (CheckDate(definition, value[..6], errors) is { } from && value.Length == 12
                    && CheckDate(definition, value[6..], errors) is { } to && to < from)
                    errors.Add(new("date-invalid", $"{definition.Label} range ends before it starts: \"{value}\"."));
                return value;
        }
    }

    private static string CheckNumericKey(AiDefinition definition, string value, List<ValidationError> errors, bool padShortGtin)
    {
        if (value.Length == 0 || !value.All(char.IsAsciiDigit))
        {
            errors.Add(new("value-digits", $"{definition.Label} must be digits only, found \"{value}\"."));
            return value;
        }
        if (definition.Ai == ApplicationIdentifiers.Gtin && value.Length != 14 && Gtin.IsValid(value))
        {
            if (padShortGtin) return value.PadLeft(14, '0');
            errors.Add(new("gtin-not-14", $"A GTIN must be written as 14 digits in a Digital Link: use {value.PadLeft(14, '0')}."));
            return value;
        }
        if (value.Length != definition.MaxLength)
        {
            errors.Add(new("value-length", $"{definition.Label} must be {definition.MaxLength} digits, found {value.Length}."));
            return value;
        }
        if (!Gs1CheckDigit.IsValid(value))
        {
            var expected = Gs1CheckDigit.Compute(value.AsSpan(0, value.Length - 1));
            errors.Add(new("check-digit", $"{definition.Label} {value} has check digit {value[^1]}; expected {expected}."));
        }
        return value;
    }

    private static DateOnly? CheckDate(AiDefinition definition, string value, List<ValidationError> errors)
    {
        if (value.Length != 6 || !value.All(char.IsAsciiDigit))
        {
            errors.Add(new("date-format", $"{definition.Label} must be six digits YYMMDD, found \"{value}\"."));
            return null;
        }
        if (Gs1Date.TryParse(value, out var date, definition.AllowsDayZero)) return date;
        errors.Add(new("date-invalid", $"{definition.Label} \"{value}\" has the right shape but is not a calendar date."));
        return null;
    }
}
