using System.Diagnostics;

namespace Ocop.Bench;

/// <summary>
/// Closed-loop load: <c>concurrency</c> workers each send a request, read the whole body, record the
/// latency and go again until the fixed duration ends. Non-2xx answers and exceptions count as errors.
/// </summary>
public static class LoadRunner
{
    public static async Task<ScenarioResult> RunAsync(HttpClient client, Scenario scenario, int concurrency, TimeSpan duration, int? serverPid)
    {
        if (scenario.Unavailable is not null) return ScenarioResult.NotRun(scenario, concurrency);
        var workers = Enumerable.Range(0, concurrency).Select(i => new Worker(client, scenario, new Random(7919 * (i + 1)))).ToArray();
        var sampler = serverPid is { } pid ? new RssSampler(pid) : null;
        var clock = Stopwatch.StartNew();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(workers.Select(w => Task.Run(() => w.RunAsync(deadline))));
        var seconds = clock.Elapsed.TotalSeconds;
        double? peak = null;
        if (sampler is not null)
        {
            await sampler.DisposeAsync();
            peak = sampler.PeakMb;
        }

        var sorted = LatencyLog.Merge(workers.Select(w => w.Latencies));
        var statuses = new Dictionary<string, long>();
        foreach (var w in workers)
            foreach (var (status, count) in w.Statuses)
                statuses[status] = statuses.GetValueOrDefault(status) + count;
        var requests = sorted.LongLength;
        return new ScenarioResult(scenario.Name, scenario.Description, concurrency, seconds, requests,
            workers.Sum(w => w.Errors), workers.Sum(w => w.Bytes), requests / seconds,
            requests == 0 ? 0 : LatencyLog.ToMs(sorted.Average(t => (double)t)),
            LatencyLog.Percentile(sorted, 50), LatencyLog.Percentile(sorted, 95), LatencyLog.Percentile(sorted, 99),
            requests == 0 ? 0 : LatencyLog.ToMs(sorted[^1]), statuses, peak, null);
    }

    private sealed class Worker(HttpClient client, Scenario scenario, Random random)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];

        public LatencyLog Latencies { get; } = new();
        public Dictionary<string, long> Statuses { get; } = new();
        public long Errors { get; private set; }
        public long Bytes { get; private set; }

        public async Task RunAsync(long deadline)
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var path = scenario.NextPath(random);
                var start = Stopwatch.GetTimestamp();
                string status;
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    int read;
                    while ((read = await body.ReadAsync(_buffer)) > 0) Bytes += read;
                    status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if ((int)response.StatusCode >= 400) Errors++; // a redirect (the resolver's 307) is an answer, not an error
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    status = e.GetType().Name;
                    Errors++;
                }
                Latencies.Add(Stopwatch.GetTimestamp() - start);
                Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
            }
        }
    }
}
