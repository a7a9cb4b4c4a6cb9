using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>An EPCIS 2.0 capture document (JSON-LD).</summary>
public sealed record EpcisDocument
{
    /// <summary>The JSON-LD context; by default the standard EPCIS 2.0 context.</summary>
    [JsonPropertyName("@context")] public JsonNode? Context { get; init; } = EpcisContext.Create();

    /// <summary>"EPCISDocument".</summary>
    [JsonPropertyName("type")] public string? Type { get; init; } = "EPCISDocument";

    /// <summary>"2.0".</summary>
    [JsonPropertyName("schemaVersion")] public string? SchemaVersion { get; init; } = "2.0";

    /// <summary>When the document was created (required).</summary>
    [JsonPropertyName("creationDate")] public DateTimeOffset? CreationDate { get; init; }

    /// <summary>Optional document identifier.</summary>
    [JsonPropertyName("id")] public string? Id { get; init; }

    /// <summary>Optional instance identifier.</summary>
    [JsonPropertyName("instanceIdentifier")] public string? InstanceIdentifier { get; init; }

    /// <summary>The events (required).</summary>
    [JsonPropertyName("epcisBody")] public EpcisBody? EpcisBody { get; init; }

    /// <summary>Header (master data), sender, receiver and extensions, kept as written.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; init; }
}
