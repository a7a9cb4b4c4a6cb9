using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Ocop.Standards.Epcis;

/// <summary>Reads and writes EPCIS 2.0 JSON-LD with System.Text.Json.</summary>
public static partial class EpcisJson
{
    /// <summary>The options used for EPCIS documents: nulls omitted, Vietnamese text unescaped, "type" anywhere in an event.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        AllowOutOfOrderMetadataProperties = true,
        WriteIndented = false,
    };

    /// <summary>Serialises a capture document.</summary>
    public static string Serialize(EpcisDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Serialises a query document.</summary>
    public static string Serialize(EpcisQueryDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Reads a capture document; malformed JSON or an unsupported event type becomes an error, never an exception.</summary>
    public static (EpcisDocument? Document, EpcisValidationError? Error) ReadDocument(string json) => Read<EpcisDocument>(json);

    /// <summary>Reads a query document; malformed JSON or an unsupported event type becomes an error, never an exception.</summary>
    public static (EpcisQueryDocument? Document, EpcisValidationError? Error) ReadQueryDocument(string json) =>
        Read<EpcisQueryDocument>(json);

    private static (T? Document, EpcisValidationError? Error) Read<T>(string json) where T : EpcisDocumentBase
    {
        try
        {
            var document = JsonSerializer.Deserialize<T>(json, Options);
            if (document is null) return (null, new EpcisValidationError(null, "json", "The document is JSON null."));
            return ((T)ForgetDefaultsAbsentFrom(json, document), null);
        }
        catch (JsonException ex)
        {
            int? index = ex.Path is not null && EventIndexInPath().Match(ex.Path) is { Success: true } match
                ? int.Parse(match.Groups[1].Value)
                : null;
            return (null, new EpcisValidationError(index, "json", $"The JSON cannot be read at {ex.Path ?? "$"}: {ex.Message}"));
        }
        catch (NotSupportedException ex)
        {
            return (null, new EpcisValidationError(null, "json", $"The JSON uses an unsupported shape: {ex.Message}"));
        }
    }

    // The model pre-fills @context, type and schemaVersion for documents built in code; a document read
    // from JSON must not gain them, or the validator could not report them missing.
    private static EpcisDocumentBase ForgetDefaultsAbsentFrom(string json, EpcisDocumentBase document)
    {
        using var raw = JsonDocument.Parse(json);
        bool Has(string name) => raw.RootElement.ValueKind == JsonValueKind.Object && raw.RootElement.TryGetProperty(name, out _);
        return document with
        {
            Context = Has("@context") ? document.Context : null,
            Type = Has("type") ? document.Type : null,
            SchemaVersion = Has("schemaVersion") ? document.SchemaVersion : null,
        };
    }

    [GeneratedRegex(@"eventList\[(\d+)\]")]
    private static partial Regex EventIndexInPath();
}
