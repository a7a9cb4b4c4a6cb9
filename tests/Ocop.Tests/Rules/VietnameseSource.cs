using System.Text;
using System.Text.RegularExpressions;

namespace Ocop.Tests.Rules;

/// <summary>
/// Finds the Vietnamese a person can read in the application's sources: every string literal with a
/// Vietnamese letter in a .cs or .cshtml file (C# regular, verbatim, interpolated and raw literals,
/// and markup attribute values), and Vietnamese markup text that is not inside a literal.
/// Comments (<c>//</c>, <c>/* */</c>, <c>@* *@</c>, <c>&lt;!-- --&gt;</c>) are skipped.
/// A line that ends with the comment <c>// vi-only: reason</c> is not shown to people (a pattern
/// that reads Vietnamese, a word list) and is skipped.
/// </summary>
public static partial class VietnameseSource
{
    public const string ViOnlyMarker = "vi-only:";

    /// <summary>One literal: where it is, its value (escapes resolved; holes of an interpolated literal as {0}, {1}…).</summary>
    public sealed record Literal(string File, int Line, string Value, bool Interpolated, bool Shown = true);

    /// <summary>Vietnamese text written straight into markup, outside L[…].</summary>
    public sealed record BareText(string File, int Line, string Text);

    [GeneratedRegex("[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetter();

    public static bool IsVietnamese(string text) => VietnameseLetter().IsMatch(text);

    public static (List<Literal> Literals, List<BareText> Bare) Scan(string path, string text)
    {
        var razor = path.EndsWith(".cshtml", StringComparison.Ordinal);
        var literals = new List<Literal>();
        var bare = new List<BareText>();
        var outside = new StringBuilder();
        var outsideLine = 1;
        var line = 1;
        var i = 0;

        void FlushOutside()
        {
            if (razor && IsVietnamese(outside.ToString()))
                foreach (var (part, offset) in outside.ToString().Split('\n').Select((p, n) => (p, n)))
                    if (IsVietnamese(part)) bare.Add(new BareText(path, outsideLine + offset, part.Trim()));
            outside.Clear();
            outsideLine = line;
        }

        bool At(string s) => string.CompareOrdinal(text, i, s, 0, s.Length) == 0;

        void Skip(string end)
        {
            var stop = text.IndexOf(end, i, StringComparison.Ordinal);
            stop = stop < 0 ? text.Length : stop + end.Length;
            line += Count(text, i, stop);
            i = stop;
        }

        while (i < text.Length)
        {
            if (razor && At("@*")) { FlushOutside(); Skip("*@"); outsideLine = line; continue; }
            if (razor && At("<!--")) { FlushOutside(); Skip("-->"); outsideLine = line; continue; }
            if (At("/*") && !razor) { FlushOutside(); Skip("*/"); outsideLine = line; continue; }
            if (At("//") && (!razor || LineStartsWithComment(text, i)))
            {
                FlushOutside();
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end;
                outsideLine = line;
                continue;
            }
            if (!razor && text[i] == '\'' && TryCharLiteral(text, i, out var charEnd)) { i = charEnd; continue; }

            var start = i;
            var interpolated = false;
            var verbatim = false;
            while (i < text.Length && (text[i] == '$' || text[i] == '@') && i - start < 4)
            {
                if (text[i] == '$') interpolated = true; else verbatim = true;
                i++;
            }
            if (i < text.Length && text[i] == '"')
            {
                var startLine = line;
                FlushOutside();
                var value = At("\"\"\"") && !razor ? ReadRaw(text, ref i, ref line, interpolated)
                    : razor && start == i ? ReadAttribute(path, text, ref i, ref line, literals)
                    : ReadQuoted(text, ref i, ref line, verbatim, interpolated, razor: false, path, literals);
                literals.Add(new Literal(path, startLine, value, interpolated && value.Contains('\u0001'), Shown(text, start, value, i)));
                outsideLine = line;
                continue;
            }
            i = start;
            if (text[i] == '\n') line++;
            outside.Append(text[i]);
            i++;
        }
        FlushOutside();
        for (var n = 0; n < literals.Count; n++)
        {
            var l = literals[n];
            if (l.Interpolated) literals[n] = l with { Value = Holes(l.Value) };
        }
        return (literals, bare.Where(b => !ViOnly(text, LineOffset(text, b.Line))).ToList());
    }

    /// <summary>
    /// A literal people read: it has a Vietnamese letter, or it is looked up (<c>L["Xem"]</c>,
    /// <c>L.Format("{0} sao", n)</c>) even without one; and its line is not marked vi-only.
    /// </summary>
    private static bool Shown(string text, int start, string value, int end)
    {
        if (ViOnly(text, end)) return false;
        if (IsVietnamese(value)) return true;
        var before = text[Math.Max(0, start - 12)..start].TrimEnd();
        return before.EndsWith("L[", StringComparison.Ordinal) || before.EndsWith("L.Format(", StringComparison.Ordinal)
            || before.EndsWith("lang[", StringComparison.Ordinal) || before.EndsWith("l[", StringComparison.Ordinal);
    }

    /// <summary>The interpolation holes (marked \u0001 while reading) numbered {0}, {1}…</summary>
    private static string Holes(string value)
    {
        var n = 0;
        return Regex.Replace(value, "\u0001", _ => "{" + n++ + "}");
    }

    private static int Count(string text, int from, int to)
    {
        var n = 0;
        for (var k = from; k < to && k < text.Length; k++) if (text[k] == '\n') n++;
        return n;
    }

    private static bool LineStartsWithComment(string text, int i)
    {
        var k = i - 1;
        while (k >= 0 && text[k] is ' ' or '\t') k--;
        return k < 0 || text[k] == '\n' || text[k] == '{' || text[k] == ';';
    }

    private static int LineOffset(string text, int line)
    {
        var offset = 0;
        for (var l = 1; l < line && offset >= 0; l++) offset = text.IndexOf('\n', offset) + 1;
        return Math.Max(0, offset);
    }

    /// <summary>True when the line holding <paramref name="i"/> carries the vi-only marker.</summary>
    private static bool ViOnly(string text, int i)
    {
        i = Math.Clamp(i, 0, Math.Max(0, text.Length - 1));
        if (i > 0 && text[i] == '\n') i--;
        var from = i == 0 ? 0 : text.LastIndexOf('\n', i) + 1;
        var to = text.IndexOf('\n', from);
        var lineText = to < 0 ? text[from..] : text[from..to];
        return lineText.Contains("// " + ViOnlyMarker, StringComparison.Ordinal) || lineText.Contains("@* " + ViOnlyMarker, StringComparison.Ordinal);
    }

    private static bool TryCharLiteral(string text, int i, out int end)
    {
        end = i;
        if (i + 2 < text.Length && text[i + 1] != '\\' && text[i + 2] == '\'') { end = i + 3; return true; }
        if (i + 3 < text.Length && text[i + 1] == '\\')
        {
            var close = text.IndexOf('\'', i + 3);
            if (close > 0 && close - i < 12) { end = close + 1; return true; }
        }
        return false;
    }

    private static string ReadQuoted(string text, ref int i, ref int line, bool verbatim, bool interpolated, bool razor,
        string path = "", List<Literal>? sink = null)
    {
        var sb = new StringBuilder();
        i++; // opening quote
        var depth = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n') { line++; if (!verbatim && !razor && depth == 0) break; }
            if (depth > 0)
            {
                if (c == '{') depth++;
                else if (c == '}') depth--;
                else if (c == '"' || (c is '$' or '@') && i + 1 < text.Length && text[i + 1] == '"')
                {
                    // A literal inside a hole ($"{L["Đã ghi"]}: …") is a literal of its own.
                    var start = i;
                    var nestedInterpolated = c == '$';
                    if (c != '"') i++;
                    var nestedLine = line;
                    var nested = ReadQuoted(text, ref i, ref line, c == '@', nestedInterpolated, false, path, sink);
                    sink?.Add(new Literal(path, nestedLine, nested, nestedInterpolated && nested.Contains('\u0001'), Shown(text, start, nested, i)));
                    continue;
                }
                i++;
                continue;
            }
            if (interpolated && c == '{')
            {
                if (i + 1 < text.Length && text[i + 1] == '{') { sb.Append('{'); i += 2; continue; }
                sb.Append('\u0001');
                depth = 1;
                i++;
                continue;
            }
            if (interpolated && c == '}' && i + 1 < text.Length && text[i + 1] == '}') { sb.Append('}'); i += 2; continue; }
            if (c == '"')
            {
                if (verbatim && !razor && i + 1 < text.Length && text[i + 1] == '"') { sb.Append('"'); i += 2; continue; }
                i++;
                break;
            }
            if (c == '\\' && !verbatim && !razor && i + 1 < text.Length)
            {
                var e = text[i + 1];
                i += 2;
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case '0': sb.Append('\0'); break;
                    case 'u':
                        sb.Append((char)Convert.ToInt32(text.Substring(i, 4), 16));
                        i += 4;
                        break;
                    default: sb.Append(e); break;
                }
                continue;
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    /// <summary>A quoted value in Razor markup; Razor expressions inside it (@x.y, @L["…"], @(…)) are read as C#.</summary>
    private static string ReadAttribute(string path, string text, ref int i, ref int line, List<Literal> literals)
    {
        var sb = new StringBuilder();
        i++;
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] == '\n') line++;
            if (text[i] == '@' && i + 1 < text.Length && text[i + 1] != '@' && !char.IsWhiteSpace(text[i + 1]))
            {
                i++;
                ReadRazorExpression(path, text, ref i, ref line, literals);
                sb.Append('\u0001');
                continue;
            }
            sb.Append(text[i]);
            i++;
        }
        i++;
        return sb.ToString().Replace("\u0001", "");
    }

    private static void ReadRazorExpression(string path, string text, ref int i, ref int line, List<Literal> literals)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '_' || c == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1])) { i++; continue; }
            if (c is '(' or '[')
            {
                var depth = 0;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (d == '\n') line++;
                    if (d is '(' or '[') depth++;
                    else if (d is ')' or ']') { depth--; if (depth == 0) { i++; break; } }
                    else if (d == '"' || (d is '$' or '@') && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        var start = i;
                        var interpolated = d == '$';
                        if (d != '"') i++;
                        var startLine = line;
                        var value = ReadQuoted(text, ref i, ref line, false, interpolated, razor: false, path, literals);
                        literals.Add(new Literal(path, startLine, value, interpolated && value.Contains('\u0001'), Shown(text, start, value, i)));
                        continue;
                    }
                    i++;
                }
                continue;
            }
            return;
        }
    }


    private static string ReadRaw(string text, ref int i, ref int line, bool interpolated)
    {
        var quotes = 0;
        while (i < text.Length && text[i] == '"') { quotes++; i++; }
        var close = new string('"', quotes);
        var end = text.IndexOf(close, i, StringComparison.Ordinal);
        if (end < 0) end = text.Length;
        var body = text[i..end];
        line += body.Count(c => c == '\n');
        i = Math.Min(text.Length, end + quotes);
        if (interpolated) body = Regex.Replace(body, @"\{[^{}]*\}", "\u0001");
        return body;
    }
}
