using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ocop.Standards.BankWebhooks;

/// <summary>
/// Re-serialises JSON compactly with object keys sorted (ordinal) at every depth, numbers kept as written.
/// Two string-escaping styles: JavaScript's JSON.stringify, and PHP json_encode's default, which also writes
/// "\/" and \uXXXX for non-ASCII.
/// </summary>
internal static class SortedJson
{
    public static string Serialize(JsonElement element, bool phpEscaping)
    {
        var sb = new StringBuilder();
        Write(element, sb, phpEscaping);
        return sb.ToString();
    }

    private static void Write(JsonElement element, StringBuilder sb, bool php)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                sb.Append('{');
                var first = true;
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (!first) sb.Append(',');
                    first = false;
                    WriteString(property.Name, sb, php);
                    sb.Append(':');
                    Write(property.Value, sb, php);
                }
                sb.Append('}');
                break;
            case JsonValueKind.Array:
                sb.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (index++ > 0) sb.Append(',');
                    Write(item, sb, php);
                }
                sb.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(element.GetString()!, sb, php);
                break;
            default:
                sb.Append(element.GetRawText());
                break;
        }
    }

    private static void WriteString(string value, StringBuilder sb, bool php)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '/' when php: sb.Append("\\/"); break;
                default:
                    if (c < 0x20 || (php && c > 0x7E))
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
