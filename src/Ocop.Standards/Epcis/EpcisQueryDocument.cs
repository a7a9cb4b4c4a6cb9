using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>An EPCIS 2.0 query result document (JSON-LD).</summary>
public sealed record EpcisQueryDocument
{
    /// <summary>The JSON-LD context; by default the standard EPCIS 2.0 context.</summary>
    [JsonPropertyName("@context")] public JsonNode? Context { get; init; } = EpcisContext.Create();

    /// <summary>"EPCISQueryDocument".</summary>
    [JsonPropertyName("type")] public string? Type { get; init; } = "EPCISQueryDocument";

    /// <summary>"2.0".</summary>
    [JsonPropertyName("schemaVersion")] public string? SchemaVersion { get; init; } = "2.0";

    /// <summary>When the document was created.</summary>
    [JsonPropertyName("creationDate")] public DateTimeOffset? CreationDate { get; init; }

    /// <summary>The query results (required).</summary>
    [JsonPropertyName("epcisBody")] public EpcisQueryBody? EpcisBody { get; init; }

    /// <summary>Other properties, kept as written.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; init; }
}
