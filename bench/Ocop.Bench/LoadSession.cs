namespace Ocop.Bench;

/// <summary>Settings of one load run.</summary>
public sealed record LoadSettings(Uri BaseUri, IReadOnlyList<string> Scenarios, int Concurrency, TimeSpan Duration, TimeSpan Warmup, int? ServerPid);

/// <summary>Everything one load run measured, with the conditions it ran under.</summary>
public sealed record LoadReport(DateTimeOffset StartedAt, string BaseUrl, int Concurrency, double DurationSeconds, double WarmupSeconds,
    MachineInfo Machine, IReadOnlyList<ScenarioResult> Results)
{
    public ScenarioResult? Trivial => Results.FirstOrDefault(r => r.Name == "trivial" && r.Unavailable is null);

    /// <summary>Throughput relative to the trivial endpoint measured in the same run.</summary>
    public double? Ratio(ScenarioResult r) => Trivial is { RequestsPerSecond: > 0 } t && r.Unavailable is null ? r.RequestsPerSecond / t.RequestsPerSecond : null;
}

/// <summary>
/// Runs the scenarios one after another, each with its own warm-up (not recorded) then the measured
/// period. The trivial baseline is always measured first so every ratio comes from the same run.
/// </summary>
public static class LoadSession
{
    public static async Task<LoadReport> RunAsync(LoadSettings settings)
    {
        string[] names = ["trivial", .. settings.Scenarios.Where(n => n != "trivial").Distinct()];
        using var client = HttpClients.Create(settings.BaseUri, settings.Concurrency);
        var started = DateTimeOffset.Now;
        var machine = MachineInfo.Capture();
        var results = new List<ScenarioResult>();
        foreach (var name in names)
        {
            var scenario = await ScenarioCatalog.CreateAsync(name, client, CancellationToken.None);
            if (scenario.Unavailable is not null)
            {
                Console.Error.WriteLine($"[{name}] not run: {scenario.Unavailable}");
                results.Add(ScenarioResult.NotRun(scenario, settings.Concurrency));
                continue;
            }
            if (settings.Warmup > TimeSpan.Zero)
            {
                Console.Error.WriteLine($"[{name}] warm-up {settings.Warmup.TotalSeconds:0} s");
                await LoadRunner.RunAsync(client, scenario, settings.Concurrency, settings.Warmup, null);
            }
            Console.Error.WriteLine($"[{name}] measuring {settings.Duration.TotalSeconds:0} s at {settings.Concurrency} clients");
            var result = await LoadRunner.RunAsync(client, scenario, settings.Concurrency, settings.Duration, settings.ServerPid);
            Console.Error.WriteLine($"[{name}] {result.RequestsPerSecond:0} req/s, p99 {result.P99Ms:0.0} ms, errors {result.Errors}");
            results.Add(result);
        }
        return new LoadReport(started, settings.BaseUri.ToString(), settings.Concurrency, settings.Duration.TotalSeconds,
            settings.Warmup.TotalSeconds, machine, results);
    }
}
