using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>Sensor data attached to an event: optional metadata and at least one report.</summary>
public sealed record SensorElement
{
    /// <summary>Facts about the sensor.</summary>
    [JsonPropertyName("sensorMetadata")] public SensorMetadata? SensorMetadata { get; init; }

    /// <summary>The readings (required, non-empty).</summary>
    [JsonPropertyName("sensorReport")] public IReadOnlyList<SensorReport>? SensorReport { get; init; }
}
