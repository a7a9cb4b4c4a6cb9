using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>The header fields shared by capture and query documents.</summary>
public abstract record EpcisDocumentBase
{
    /// <summary>The JSON-LD context; by default the standard EPCIS 2.0 context.</summary>
    [JsonPropertyName("@context")]
    [JsonPropertyOrder(-3)]
    public JsonNode? Context { get; init; } = EpcisContext.Create();

    /// <summary>"EPCISDocument" or "EPCISQueryDocument".</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-2)]
    public string? Type { get; init; }

    /// <summary>"2.0".</summary>
    [JsonPropertyName("schemaVersion")]
    [JsonPropertyOrder(-1)]
    public string? SchemaVersion { get; init; } = "2.0";

    /// <summary>When the document was created (required for capture documents).</summary>
    [JsonPropertyName("creationDate")] public DateTimeOffset? CreationDate { get; init; }

    /// <summary>Header (master data), sender, receiver and extensions, kept as written.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; init; }
}
