namespace Ocop.Standards.Gs1.DigitalLink;

/// <summary>
/// Parses and validates GS1 Digital Link URIs (grammar 1.4: numeric AIs only, GTIN as 14 digits,
/// key qualifiers in fixed order, percent-encoded values, known data attributes in the query string).
/// </summary>
public static class DigitalLinkParser
{
    /// <summary>
    /// Parses an absolute http(s) URI or a path starting with "/". Every problem is reported with a code such as
    /// "check-digit", "qualifier-order", "value-length" or "unknown-ai"; bad input never throws.
    /// </summary>
    /// <param name="input">The URI or path as scanned.</param>
    /// <param name="padShortGtin">
    /// Accept a valid GTIN-8/12/13 in the path and pad it to 14 digits, as grammar 1.2 labels allowed.
    /// Off by default: grammar 1.4.1 requires 14 digits.
    /// </param>
    public static ParseResult<DigitalLinkUri> Parse(string? input, bool padShortGtin = false)
    {
        if (string.IsNullOrWhiteSpace(input))
            return Fail("empty", "The Digital Link is empty.");
        input = input.Trim();

        var errors = new List<ValidationError>();
        if (!TrySplit(input, out var origin, out var path, out var query, errors))
            return ParseResult<DigitalLinkUri>.Failure(errors);

        var segments = path.Split('/').Skip(1).ToList();
        if (segments.Count > 0 && segments[^1].Length == 0) segments.RemoveAt(segments.Count - 1); // tolerated trailing slash
        if (segments.Any(s => s.Length == 0))
            return Fail("empty-segment", "The path contains an empty segment (\"//\").");

        var start = FindPrimaryKey(segments);
        if (start < 0) return ParseResult<DigitalLinkUri>.Failure([ExplainMissingPrimaryKey(segments)]);

        var stem = origin + string.Concat(segments.Take(start).Select(s => "/" + s));
        var elements = new List<DigitalLinkElement>();
        for (var i = start; i < segments.Count; i += 2)
        {
            var ai = segments[i];
            var value = DecodePathValue(ai, segments[i + 1], errors);
            if (value is not null) elements.Add(new(ai, value));
        }
        if (elements.Count == 0 || elements[0].Ai != segments[start]) return ParseResult<DigitalLinkUri>.Failure(errors);

        var primaryDefinition = AiTable.Find(elements[0].Ai)!;
        var primary = elements[0] with { Value = AiValueRules.Check(primaryDefinition, elements[0].Value, errors, padShortGtin) };
        var qualifiers = CheckQualifiers(primary.Ai, elements.Skip(1).ToList(), errors);
        var (attributes, linkType, others) = ReadQuery(query, errors);

        if (errors.Count > 0) return ParseResult<DigitalLinkUri>.Failure(errors);
        return ParseResult<DigitalLinkUri>.Success(new DigitalLinkUri
        {
            Stem = stem,
            PrimaryKey = primary,
            Qualifiers = qualifiers,
            Attributes = attributes,
            LinkType = linkType,
            OtherParameters = others,
        });
    }

    private static bool TrySplit(string input, out string origin, out string path, out string query, List<ValidationError> errors)
    {
        origin = path = query = string.Empty;
        var rest = input;
        var fragment = rest.IndexOf('#');
        if (fragment >= 0) rest = rest[..fragment];

        if (!rest.StartsWith('/'))
        {
            var schemeEnd = rest.IndexOf("://", StringComparison.Ordinal);
            if (schemeEnd <= 0)
            {
                errors.Add(new("scheme", "A Digital Link must be an http(s) URI or a path starting with \"/\"."));
                return false;
            }
            var scheme = rest[..schemeEnd];
            if (!scheme.Equals("https", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("http", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new("scheme", $"The scheme must be http or https, found \"{scheme}\"."));
                return false;
            }
            var hostStart = schemeEnd + 3;
            var hostEnd = rest.IndexOfAny(['/', '?'], hostStart);
            if (hostEnd < 0) hostEnd = rest.Length;
            if (hostEnd == hostStart)
            {
                errors.Add(new("host", "The URI has no host name."));
                return false;
            }
            origin = scheme.ToLowerInvariant() + "://" + rest[hostStart..hostEnd].ToLowerInvariant();
            rest = rest[hostEnd..];
        }

        var queryStart = rest.IndexOf('?');
        path = queryStart < 0 ? rest : rest[..queryStart];
        query = queryStart < 0 ? string.Empty : rest[(queryStart + 1)..];
        return true;
    }

    // The primary key is the first primary-key AI followed by a whole number of AI/value pairs;
    // anything before it is the stem's own path prefix.
    private static int FindPrimaryKey(List<string> segments)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            if (AiTable.IsPrimaryKey(segments[i]) && (segments.Count - i) % 2 == 0) return i;
        }
        return -1;
    }

    private static ValidationError ExplainMissingPrimaryKey(List<string> segments)
    {
        if (segments.FirstOrDefault(AiTable.IsLetterAlias) is { } alias)
            return new("letter-alias", $"The letter alias \"/{alias}/\" was removed in Digital Link 1.3; use the numeric AI.");
        if (segments.LastOrDefault(AiTable.IsPrimaryKey) is { } key)
            return new("missing-value", $"AI {key} or one of its qualifiers has no value: the path must alternate AI and value.");
        return new("no-primary-key", "The path has no primary key: it must contain /01/ (GTIN), /414/ or /417/ (GLN) or /00/ (SSCC).");
    }

    private static string? DecodePathValue(string ai, string raw, List<ValidationError> errors)
    {
        var bad = raw.FirstOrDefault(c => c != '%' && !UriComponentEncoding.IsPlainValueChar(c));
        if (bad != default)
        {
            errors.Add(new("character", $"The value of AI {ai} contains '{bad}', which must be percent-encoded."));
            return null;
        }
        var value = UriComponentEncoding.Decode(raw);
        if (value is null) errors.Add(new("percent-encoding", $"The value of AI {ai} has a malformed percent-escape: \"{raw}\"."));
        return value;
    }

    private static List<DigitalLinkElement> CheckQualifiers(string primaryAi, List<DigitalLinkElement> found, List<ValidationError> errors)
    {
        var primaryLabel = AiTable.Find(primaryAi)!.Label;
        var allowed = AiTable.QualifiersOf(primaryAi);
        var result = new List<DigitalLinkElement>();
        var lastPosition = -1;
        string? lastAi = null;
        foreach (var element in found)
        {
            var definition = AiTable.Find(element.Ai);
            if (definition is null)
            {
                errors.Add(UnknownAi(element.Ai));
                continue;
            }
            if (definition.Role == AiRole.Attribute)
            {
                errors.Add(new("qualifier-not-allowed", $"{definition.Label} is a data attribute and belongs in the query string (?{element.Ai}=...)."));
                continue;
            }
            if (result.Any(q => q.Ai == element.Ai))
            {
                errors.Add(new("qualifier-duplicate", $"{definition.Label} appears more than once."));
                continue;
            }
            var isTpx = primaryAi == ApplicationIdentifiers.Gtin && element.Ai == ApplicationIdentifiers.ThirdPartySerialExtension;
            if (isTpx && found.Count > 1)
            {
                errors.Add(new("qualifier-not-allowed", $"{definition.Label} qualifies a GTIN on its own: /01/{{gtin}}/235/{{tpx}}."));
                continue;
            }
            var position = IndexOf(allowed, element.Ai);
            if (position < 0 && !isTpx)
            {
                var expected = allowed.Count == 0 ? "it takes no qualifiers" : "allowed: " + string.Join(", ", allowed);
                errors.Add(new("qualifier-not-allowed", $"{definition.Label} does not qualify {primaryLabel}; {expected}."));
                continue;
            }
            if (position < lastPosition)
            {
                errors.Add(new("qualifier-order",
                    $"{definition.Label} must come before AI {lastAi}: the order after {primaryLabel} is {string.Join(" → ", allowed)}."));
                continue;
            }
            lastPosition = position;
            lastAi = element.Ai;
            result.Add(element with { Value = AiValueRules.Check(definition, element.Value, errors, padShortGtin: false) });
        }
        return result;
    }

    private static (List<DigitalLinkElement> Attributes, string? LinkType, List<KeyValuePair<string, string>> Others) ReadQuery(
        string query, List<ValidationError> errors)
    {
        var attributes = new List<DigitalLinkElement>();
        var others = new List<KeyValuePair<string, string>>();
        string? linkType = null;
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var rawKey = equals < 0 ? pair : pair[..equals];
            var rawValue = equals < 0 ? string.Empty : pair[(equals + 1)..];
            var key = UriComponentEncoding.Decode(rawKey.Replace('+', ' '));
            var value = UriComponentEncoding.Decode(rawValue.Replace('+', ' '));
            if (key is null || value is null)
            {
                errors.Add(new("percent-encoding", $"The query parameter \"{pair}\" has a malformed percent-escape."));
                continue;
            }

            if (key == "linkType")
            {
                if (linkType is not null) errors.Add(new("duplicate-parameter", "linkType appears more than once."));
                else if (value.Length == 0) errors.Add(new("link-type", "linkType is empty; use e.g. gs1:pip or gs1:traceability."));
                else linkType = value;
            }
            else if (key.Length > 0 && key.All(char.IsAsciiDigit))
            {
                var definition = AiTable.Find(key);
                if (definition is null) errors.Add(UnknownAi(key));
                else if (definition.Role != AiRole.Attribute)
                    errors.Add(new("attribute-not-allowed", $"{definition.Label} is part of the identifier and belongs in the path, not the query string."));
                else if (attributes.Any(a => a.Ai == key))
                    errors.Add(new("duplicate-parameter", $"{definition.Label} appears more than once."));
                else attributes.Add(new(key, AiValueRules.Check(definition, value, errors, padShortGtin: false)));
            }
            else
            {
                others.Add(new(key, value));
            }
        }
        attributes.Sort((a, b) => a.Ai.Length != b.Ai.Length ? a.Ai.Length - b.Ai.Length : string.CompareOrdinal(a.Ai, b.Ai));
        return (attributes, linkType, others);
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }

    private static ValidationError UnknownAi(string segment) => AiTable.IsLetterAlias(segment)
        ? new("letter-alias", $"The letter alias \"{segment}\" was removed in Digital Link 1.3; use the numeric AI.")
        : new("unknown-ai", $"\"{segment}\" is not an Application Identifier supported in a Digital Link here.");

    private static ParseResult<DigitalLinkUri> Fail(string code, string message) =>
        ParseResult<DigitalLinkUri>.Failure([new ValidationError(code, message)]);
}
