namespace Ocop.Features.Traceability;

/// <summary>Settings of the Traceability module (section <c>Traceability</c>).</summary>
public sealed class TraceabilityOptions
{
    /// <summary>
    /// The platform's own GLN: producer locations without a GLN of their own are identified as extensions
    /// under it (<c>/414/{PlatformGln}/254/{code}</c>). The default is a placeholder under Vietnam's prefix 893.
    /// </summary>
    public string PlatformGln { get; set; } = "8930000000002";

    /// <summary>How far in the future (clock drift of phones) an event time may lie.</summary>
    public int FutureToleranceMinutes { get; set; } = 10;

    /// <summary>At most this many events in one capture document.</summary>
    public int MaxEventsPerCapture { get; set; } = 500;

    /// <summary>How long the resolver keeps a found identifier's links in memory (0: not at all, every scan reads the database).</summary>
    public int ResolverCacheSeconds { get; set; } = 30;
}
