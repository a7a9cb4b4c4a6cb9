namespace Ocop.Bench;

/// <summary><c>load</c>: the load generator against a running server.</summary>
public static class LoadCommand
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var settings = Settings(args, new Uri(args.Required("url")), args.Get("pid") is { } pid ? int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture) : null);
        var report = await LoadSession.RunAsync(settings);
        Console.WriteLine(ReportTable.Conditions(report));
        Console.WriteLine();
        Console.WriteLine(ReportTable.Markdown(report));
        if (args.Get("out") is { } path) await ReportTable.WriteJsonAsync(path, report);
        return 0;
    }

    /// <summary>The load options shared by <c>load</c> and <c>run-all</c>.</summary>
    public static LoadSettings Settings(BenchArgs args, Uri baseUri, int? serverPid, string defaultScenarios = "trivial,search") => new(
        baseUri,
        (args.Get("scenario") ?? defaultScenarios).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        args.Int("concurrency", 32),
        args.Duration("duration", TimeSpan.FromSeconds(20)),
        args.Duration("warmup", TimeSpan.FromSeconds(5)),
        serverPid);
}
