namespace Ocop.Bench;

/// <summary>What one scenario measured. Latencies in milliseconds; <see cref="PeakRssMb"/> only when the server's pid is known.</summary>
public sealed record ScenarioResult(
    string Name, string Description, int Concurrency, double Seconds, long Requests, long Errors, long Bytes,
    double RequestsPerSecond, double MeanMs, double P50Ms, double P95Ms, double P99Ms, double MaxMs,
    IReadOnlyDictionary<string, long> Statuses, double? PeakRssMb, string? Unavailable)
{
    public static ScenarioResult NotRun(Scenario s, int concurrency) =>
        new(s.Name, s.Description, concurrency, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, new Dictionary<string, long>(), null, s.Unavailable);
}
