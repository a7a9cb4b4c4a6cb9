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

    private static (T? Document, EpcisValidationError? Error) Read<T>(string json) where T : class
    {
        try
        {
            var document = JsonSerializer.Deserialize<T>(json, Options);
            return document is null
                ? (null, new EpcisValidationError(null, "json", "The document is JSON null."))
                : (document, null);
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

    [GeneratedRegex(@"eventList\[(\d+)\]")]
    private static partial Regex EventIndexInPath();
}
