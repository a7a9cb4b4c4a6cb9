namespace Ocop.Standards.Gs1.DigitalLink;

/// <summary>One AI and its decoded value, e.g. ("10", "LOT2024A").</summary>
/// <param name="Ai">The Application Identifier digits.</param>
/// <param name="Value">The value with percent-encoding removed.</param>
public sealed record DigitalLinkElement(string Ai, string Value);
