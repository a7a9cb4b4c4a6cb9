using System.Text;

namespace Ocop.Standards.VietQr;

/// <summary>Reads and writes EMVCo TLV strings (ID "NN", length "LL", value).</summary>
internal static class Tlv
{
    public const int MaxValueLength = 99;

    public static StringBuilder Append(this StringBuilder sb, string id, string value)
    {
        if (value.Length > MaxValueLength)
            throw new ArgumentException($"The value of tag {id} is {value.Length} characters; EMVCo allows at most {MaxValueLength}.");
        return sb.Append(id).Append(value.Length.ToString("D2")).Append(value);
    }

    public static string Encode(string id, string value) => new StringBuilder().Append(id, value).ToString();

    /// <summary>Splits <paramref name="text"/> into fields; returns null and an error message when the structure is broken.</summary>
    public static List<TlvField>? TryRead(string text, out string? error)
    {
        var fields = new List<TlvField>();
        var i = 0;
        while (i < text.Length)
        {
            if (i + 4 > text.Length)
            {
                error = $"Truncated data object at position {i}: an ID and a length need 4 characters.";
                return null;
            }
            var id = text.Substring(i, 2);
            var lengthText = text.Substring(i + 2, 2);
            if (!id.All(char.IsAsciiDigit) || !lengthText.All(char.IsAsciiDigit))
            {
                error = $"Data object at position {i} must start with a 2-digit ID and a 2-digit length, found '{id}{lengthText}'.";
                return null;
            }
            var length = int.Parse(lengthText);
            if (i + 4 + length > text.Length)
            {
                error = $"Tag {id} declares {length} characters but only {text.Length - i - 4} remain.";
                return null;
            }
            fields.Add(new TlvField(id, text.Substring(i + 4, length)));
            i += 4 + length;
        }
        error = null;
        return fields;
    }
}
