using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>An EPCIS 2.0 query result document (JSON-LD).</summary>
public sealed record EpcisQueryDocument : EpcisDocumentBase
{
    /// <summary>The JSON <c>type</c> of a query document.</summary>
    public const string DocumentType = "EPCISQueryDocument";

    /// <summary>A query document with the standard context and schema version.</summary>
    public EpcisQueryDocument() => Type = DocumentType;

    /// <summary>The query results (required).</summary>
    [JsonPropertyName("epcisBody")] public EpcisQueryBody? EpcisBody { get; init; }
}
