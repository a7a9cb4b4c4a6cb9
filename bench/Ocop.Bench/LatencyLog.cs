using System.Diagnostics;

namespace Ocop.Bench;

/// <summary>One worker's latencies in <see cref="Stopwatch"/> ticks, in a preallocated array that doubles when full.</summary>
public sealed class LatencyLog(int capacity = 1 << 16)
{
    private long[] _ticks = new long[capacity];

    public int Count { get; private set; }

    public void Add(long ticks)
    {
        if (Count == _ticks.Length) Array.Resize(ref _ticks, _ticks.Length * 2);
        _ticks[Count++] = ticks;
    }

    public ReadOnlySpan<long> Values => _ticks.AsSpan(0, Count);

    /// <summary>Every worker's latencies, sorted, for exact percentiles.</summary>
    public static long[] Merge(IEnumerable<LatencyLog> logs)
    {
        var all = new long[logs.Sum(l => l.Count)];
        var at = 0;
        foreach (var log in logs)
        {
            log.Values.CopyTo(all.AsSpan(at));
            at += log.Count;
        }
        Array.Sort(all);
        return all;
    }

    public static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? 0 : ToMs(sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)]);

    public static double ToMs(double ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
