using System.Text;

namespace Ocop.Standards.Gs1.DigitalLink;

/// <summary>Percent-encoding as the Digital Link grammar wants it.</summary>
internal static class UriComponentEncoding
{
    /// <summary>Characters the grammar allows unescaped in an AI value.</summary>
    public static bool IsPlainValueChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_';

    /// <summary>GS1 character set 82, the characters an alphanumeric AI value may hold once decoded.</summary>
    public static bool IsCharacterSet82(char c) =>
        char.IsAsciiLetterOrDigit(c) || "!\"%&'()*+,-./:;<=>?_".Contains(c);

    /// <summary>Escapes everything except letters, digits, '-', '.', '_' and the extra characters given.</summary>
    public static string Encode(string value, string keep = "")
    {
        var sb = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (b < 0x80 && (IsPlainValueChar(c) || keep.Contains(c))) sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2"));
        }
        return sb.ToString();
    }

    /// <summary>Decodes %XX escapes (UTF-8); null when an escape is malformed or the bytes are not UTF-8.</summary>
    public static string? Decode(string raw)
    {
        if (!raw.Contains('%')) return raw;
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '%')
            {
                var next = raw.IndexOf('%', i);
                var end = next < 0 ? raw.Length : next;
                bytes.AddRange(Encoding.UTF8.GetBytes(raw[i..end]));
                i = end - 1;
                continue;
            }
            if (i + 2 >= raw.Length || !char.IsAsciiHexDigit(raw[i + 1]) || !char.IsAsciiHexDigit(raw[i + 2])) return null;
            bytes.Add(Convert.ToByte(raw.Substring(i + 1, 2), 16));
            i += 2;
        }
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
