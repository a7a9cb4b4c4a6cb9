namespace Ocop.Standards.Gs1.DigitalLink;

/// <summary>How an AI's value is written.</summary>
internal enum AiFormat
{
    /// <summary>Fixed-length digits ending in a GS1 check digit.</summary>
    NumericKey,

    /// <summary>1..MaxLength characters of GS1 character set 82.</summary>
    Alphanumeric,

    /// <summary>YYMMDD.</summary>
    Date,

    /// <summary>YYMMDD or YYMMDDYYMMDD.</summary>
    DateOrRange,
}

/// <summary>Where an AI may appear in a Digital Link URI.</summary>
internal enum AiRole
{
    PrimaryKey,
    Qualifier,
    Attribute,
}

/// <summary>One Application Identifier as the Digital Link grammar uses it.</summary>
internal sealed record AiDefinition(string Ai, string Title, AiRole Role, AiFormat Format, int MaxLength)
{
    /// <summary>True when a date value may use day 00 for "the whole month".</summary>
    public bool AllowsDayZero => Ai is ApplicationIdentifiers.ExpiryDate or ApplicationIdentifiers.BestBeforeDate
        or ApplicationIdentifiers.SellByDate;

    public string Label => $"AI {Ai} ({Title})";
}
