using System.Text;

namespace Ocop.Standards.VietQr;

/// <summary>CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR), as EMVCo QR uses.</summary>
public static class Crc16CcittFalse
{
    /// <summary>The CRC of the given bytes.</summary>
    public static ushort Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFF;
        foreach (var b in data)
        {
            crc ^= b << 8;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
        }
        return (ushort)(crc & 0xFFFF);
    }

    /// <summary>The CRC of the UTF-8 bytes of <paramref name="text"/> as four upper-case hex digits.</summary>
    public static string ComputeHex(string text) => Compute(Encoding.UTF8.GetBytes(text)).ToString("X4");
}
