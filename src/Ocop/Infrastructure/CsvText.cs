using System.Text;

namespace Ocop.Infrastructure;

/// <summary>
/// Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled; CRLF line ends.
/// Every CSV the platform hands out is written here, so every text field is made safe for spreadsheets in one place
/// (see <see cref="Field"/>).
/// </summary>
public sealed class CsvText
{
    private readonly StringBuilder _sb = new();

    /// <summary>A byte-order mark first, so spreadsheet programs read Vietnamese correctly.</summary>
    public CsvText(bool bom = true) { if (bom) _sb.Append('\uFEFF'); }

    public CsvText Row(params object?[] fields)
    {
        _sb.AppendJoin(',', fields.Select(f => f switch
        {
            null => "",
            // Numbers are written as numbers (a negative figure stays -5); only text can carry a formula.
            IFormattable x => Quote(x.ToString(null, System.Globalization.CultureInfo.InvariantCulture)),
            _ => Field(f.ToString() ?? ""),
        }));
        _sb.Append("\r\n");
        return this;
    }

    /// <summary>A line written as it is (a comment line such as <c># số liệu tại …</c>), without field quoting.</summary>
    public CsvText Line(string text)
    {
        _sb.Append(text.ReplaceLineEndings(" ")).Append("\r\n");
        return this;
    }

    /// <summary>
    /// A text field, quoted as RFC 4180 asks. Text that a spreadsheet would run as a formula (it starts with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, e.g. <c>=HYPERLINK(…)</c>) gets a leading
    /// apostrophe, the OWASP advice for CSV injection: the cell shows the text instead of running it.
    /// </summary>
    public static string Field(string v) => Quote(IsFormula(v) ? "'" + v : v);

    /// <summary>Whether a spreadsheet program would read the text as a formula.</summary>
    public static bool IsFormula(string v) => v.Length > 0 && v[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';

    private static string Quote(string v) =>
        v.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{v.Replace("\"", "\"\"")}\"" : v;

    public override string ToString() => _sb.ToString();
    public byte[] ToBytes() => Encoding.UTF8.GetBytes(_sb.ToString());
}
