using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>One sensor reading, e.g. Temperature 26.0 CEL.</summary>
public sealed record SensorReport
{
    /// <summary>Measurement type such as "Temperature" or "RelativeHumidity" (required).</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }

    /// <summary>The reading.</summary>
    [JsonPropertyName("value")] public decimal? Value { get; init; }

    /// <summary>UN/CEFACT unit, e.g. "CEL".</summary>
    [JsonPropertyName("uom")] public string? Uom { get; init; }

    /// <summary>Minimum over the interval.</summary>
    [JsonPropertyName("minValue")] public decimal? MinValue { get; init; }

    /// <summary>Maximum over the interval.</summary>
    [JsonPropertyName("maxValue")] public decimal? MaxValue { get; init; }

    /// <summary>Mean over the interval.</summary>
    [JsonPropertyName("meanValue")] public decimal? MeanValue { get; init; }

    /// <summary>Standard deviation.</summary>
    [JsonPropertyName("sDev")] public decimal? StandardDeviation { get; init; }

    /// <summary>Percentile rank.</summary>
    [JsonPropertyName("percRank")] public decimal? PercentileRank { get; init; }

    /// <summary>Value at <see cref="PercentileRank"/>.</summary>
    [JsonPropertyName("percValue")] public decimal? PercentileValue { get; init; }

    /// <summary>A text reading.</summary>
    [JsonPropertyName("stringValue")] public string? StringValue { get; init; }

    /// <summary>A yes/no reading.</summary>
    [JsonPropertyName("booleanValue")] public bool? BooleanValue { get; init; }

    /// <summary>A binary reading as hex.</summary>
    [JsonPropertyName("hexBinaryValue")] public string? HexBinaryValue { get; init; }

    /// <summary>A URI reading.</summary>
    [JsonPropertyName("uriValue")] public string? UriValue { get; init; }

    /// <summary>Exception type, e.g. "ALARM_CONDITION".</summary>
    [JsonPropertyName("exception")] public string? Exception { get; init; }

    /// <summary>Component measured, e.g. "x" for an axis.</summary>
    [JsonPropertyName("component")] public string? Component { get; init; }

    /// <summary>When this reading was taken.</summary>
    [JsonPropertyName("time")] public DateTimeOffset? Time { get; init; }

    /// <summary>The device URI for this reading.</summary>
    [JsonPropertyName("deviceID")] public string? DeviceId { get; init; }

    /// <summary>Microorganism URI, for microbiological tests.</summary>
    [JsonPropertyName("microorganism")] public string? Microorganism { get; init; }

    /// <summary>Chemical substance URI, for residue tests.</summary>
    [JsonPropertyName("chemicalSubstance")] public string? ChemicalSubstance { get; init; }

    /// <summary>Coordinate reference system URI, for positions.</summary>
    [JsonPropertyName("coordinateReferenceSystem")] public string? CoordinateReferenceSystem { get; init; }

    /// <summary>Namespaced extension properties.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; init; }
}
