using System.Text.Json.Nodes;

namespace Ocop.Standards.Epcis;

/// <summary>The JSON-LD <c>@context</c> of EPCIS 2.0 documents.</summary>
public static class EpcisContext
{
    /// <summary>The standard EPCIS 2.0 context URL.</summary>
    public const string Standard = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    /// <summary>
    /// The standard context, followed by one object declaring <paramref name="namespaces"/> (prefix → URI)
    /// when given, e.g. ["…epcis-context.jsonld", {"vn": "https://truyxuat.example.vn/voc/"}].
    /// </summary>
    public static JsonNode Create(IReadOnlyDictionary<string, string>? namespaces = null)
    {
        var context = new JsonArray(Standard);
        if (namespaces is { Count: > 0 })
        {
            var declarations = new JsonObject();
            foreach (var (prefix, uri) in namespaces) declarations[prefix] = uri;
            context.Add(declarations);
        }
        return context;
    }

    /// <summary>True when the context is the standard URL or an array containing it.</summary>
    public static bool IncludesStandard(JsonNode? context) => context switch
    {
        JsonValue value => value.TryGetValue<string>(out var url) && url == Standard,
        JsonArray array => array.Any(item => item is JsonValue v && v.TryGetValue<string>(out var url) && url == Standard),
        _ => false,
    };

    /// <summary>The namespace prefixes the context declares in its objects.</summary>
    public static IReadOnlySet<string> DeclaredPrefixes(JsonNode? context)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<JsonNode?> items = context is JsonArray array ? array : [context];
        foreach (var item in items)
        {
            if (item is JsonObject declarations)
                foreach (var (prefix, _) in declarations) prefixes.Add(prefix);
        }
        return prefixes;
    }
}
