namespace Ocop.Standards.VietQr;

/// <summary>A bank (or wallet) that receives NAPAS 247 transfers.</summary>
/// <param name="Bin">The 6-digit BIN written in tag 38/01/00.</param>
/// <param name="ShortName">The name customers know, e.g. "Vietcombank".</param>
public sealed record Bank(string Bin, string ShortName);
