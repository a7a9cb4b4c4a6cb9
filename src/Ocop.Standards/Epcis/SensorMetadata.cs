using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>Facts about the sensor and the reading session.</summary>
public sealed record SensorMetadata
{
    /// <summary>When the readings were taken.</summary>
    [JsonPropertyName("time")] public DateTimeOffset? Time { get; init; }

    /// <summary>The device URI.</summary>
    [JsonPropertyName("deviceID")] public string? DeviceId { get; init; }

    /// <summary>A URI describing the device.</summary>
    [JsonPropertyName("deviceMetadata")] public string? DeviceMetadata { get; init; }

    /// <summary>A URI of the raw data.</summary>
    [JsonPropertyName("rawData")] public string? RawData { get; init; }

    /// <summary>Start of the reading interval.</summary>
    [JsonPropertyName("startTime")] public DateTimeOffset? StartTime { get; init; }

    /// <summary>End of the reading interval.</summary>
    [JsonPropertyName("endTime")] public DateTimeOffset? EndTime { get; init; }

    /// <summary>A URI of the processing method.</summary>
    [JsonPropertyName("dataProcessingMethod")] public string? DataProcessingMethod { get; init; }

    /// <summary>A URI of the business rules applied.</summary>
    [JsonPropertyName("bizRules")] public string? BizRules { get; init; }

    /// <summary>Namespaced extension properties.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; init; }
}
