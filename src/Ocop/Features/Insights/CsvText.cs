using System.Text;

namespace Ocop.Features.Insights;

/// <summary>Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled; CRLF line ends.</summary>
public sealed class CsvText
{
    private readonly StringBuilder _sb = new();

    /// <summary>A byte-order mark first, so spreadsheet programs read Vietnamese correctly.</summary>
    public CsvText(bool bom = true) { if (bom) _sb.Append('\uFEFF'); }

    public CsvText Row(params object?[] fields)
    {
        _sb.AppendJoin(',', fields.Select(f => Field(f switch
        {
            null => "",
            IFormattable x => x.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => f.ToString() ?? "",
        })));
        _sb.Append("\r\n");
        return this;
    }

    public static string Field(string v) =>
        v.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{v.Replace("\"", "\"\"")}\"" : v;

    public override string ToString() => _sb.ToString();
    public byte[] ToBytes() => Encoding.UTF8.GetBytes(_sb.ToString());
}
