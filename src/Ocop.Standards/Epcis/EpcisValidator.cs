using System.Text.RegularExpressions;

namespace Ocop.Standards.Epcis;

/// <summary>
/// Checks EPCIS 2.0 documents against the rules of the JSON schema that matter here: required fields,
/// time-zone offsets, per-event-type "what" rules, ilmd only with ADD, no action on TransformationEvent,
/// CBV bare words or non-CBV URIs, URIs where URIs are required, units, and namespaced extensions.
/// Every problem is returned, each with its event index.
/// </summary>
public static partial class EpcisValidator
{
    /// <summary>Reads and validates a capture document.</summary>
    public static IReadOnlyList<EpcisValidationError> ValidateDocumentJson(string json)
    {
        var (document, error) = EpcisJson.ReadDocument(json);
        return error is not null ? [error] : Validate(document!);
    }

    /// <summary>Reads and validates a query document.</summary>
    public static IReadOnlyList<EpcisValidationError> ValidateQueryDocumentJson(string json)
    {
        var (document, error) = EpcisJson.ReadQueryDocument(json);
        return error is not null ? [error] : Validate(document!);
    }

    /// <summary>Validates a capture document.</summary>
    public static IReadOnlyList<EpcisValidationError> Validate(EpcisDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<EpcisValidationError>();
        CheckHeader(document, EpcisDocument.DocumentType, errors);
        if (document.CreationDate is null) errors.Add(new(null, "required", "creationDate is required."));
        if (document.EpcisBody?.EventList is not { } events)
            errors.Add(new(null, "required", "epcisBody.eventList is required."));
        else
            CheckEvents(events, EpcisContext.DeclaredPrefixes(document.Context), errors);
        return errors;
    }

    /// <summary>Validates a query document.</summary>
    public static IReadOnlyList<EpcisValidationError> Validate(EpcisQueryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<EpcisValidationError>();
        CheckHeader(document, EpcisQueryDocument.DocumentType, errors);
        var results = document.EpcisBody?.QueryResults;
        if (results is null) errors.Add(new(null, "required", "epcisBody.queryResults is required."));
        else if (string.IsNullOrEmpty(results.QueryName)) errors.Add(new(null, "required", "queryResults.queryName is required."));
        if (results?.ResultsBody?.EventList is { } events)
            CheckEvents(events, EpcisContext.DeclaredPrefixes(document.Context), errors);
        return errors;
    }

    /// <summary>Validates one event; <paramref name="declaredPrefixes"/> are the CURIE prefixes the document's context declares.</summary>
    public static IReadOnlyList<EpcisValidationError> Validate(EpcisEvent epcisEvent, int index = 0,
        IReadOnlySet<string>? declaredPrefixes = null)
    {
        var errors = new List<EpcisValidationError>();
        new EventChecker(epcisEvent, index, declaredPrefixes ?? new HashSet<string>(), errors).Run();
        return errors;
    }

    private static void CheckHeader(EpcisDocumentBase document, string expectedType, List<EpcisValidationError> errors)
    {
        if (document.Context is null) errors.Add(new(null, "required", "@context is required."));
        else if (!EpcisContext.IncludesStandard(document.Context))
            errors.Add(new(null, "context", $"@context must include \"{EpcisContext.Standard}\"."));
        if (document.Type != expectedType)
            errors.Add(new(null, "document-type", $"type must be \"{expectedType}\", found \"{document.Type}\"."));
        if (document.SchemaVersion is null) errors.Add(new(null, "required", "schemaVersion is required."));
        else if (document.SchemaVersion != "2.0")
            errors.Add(new(null, "schema-version", $"schemaVersion must be \"2.0\", found \"{document.SchemaVersion}\"."));
    }

    private static void CheckEvents(IReadOnlyList<EpcisEvent> events, IReadOnlySet<string> prefixes, List<EpcisValidationError> errors)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is null) errors.Add(new(i, "required", "The event is null."));
            else new EventChecker(events[i], i, prefixes, errors).Run();
        }
    }

    [GeneratedRegex(@"^([+]|[-])((0[0-9]|1[0-3]):([0-5][0-9])|14:00)$")]
    internal static partial Regex TimeZoneOffset();

    [GeneratedRegex("^[A-Z0-9]{2,3}$")]
    internal static partial Regex UnitOfMeasure();
}
