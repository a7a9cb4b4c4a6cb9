using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>Dispositions that stay in force until unset (e.g. "recalled").</summary>
public sealed record PersistentDisposition
{
    /// <summary>Dispositions that become true.</summary>
    [JsonPropertyName("set")] public IReadOnlyList<string>? Set { get; init; }

    /// <summary>Dispositions that stop being true.</summary>
    [JsonPropertyName("unset")] public IReadOnlyList<string>? Unset { get; init; }
}
