using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>An EPCIS 2.0 capture document (JSON-LD).</summary>
public sealed record EpcisDocument : EpcisDocumentBase
{
    /// <summary>The JSON <c>type</c> of a capture document.</summary>
    public const string DocumentType = "EPCISDocument";

    /// <summary>A capture document with the standard context and schema version.</summary>
    public EpcisDocument() => Type = DocumentType;

    /// <summary>Optional document identifier.</summary>
    [JsonPropertyName("id")] public string? Id { get; init; }

    /// <summary>Optional instance identifier.</summary>
    [JsonPropertyName("instanceIdentifier")] public string? InstanceIdentifier { get; init; }

    /// <summary>The events (required).</summary>
    [JsonPropertyName("epcisBody")] public EpcisBody? EpcisBody { get; init; }
}
