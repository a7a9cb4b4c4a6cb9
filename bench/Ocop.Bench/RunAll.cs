using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Ocop.Bench;

/// <summary>Everything <c>run-all</c> measured.</summary>
public sealed record RunAllReport(string Data, double ColdStartMs, double FirstSearchMs, PageWeightResult Home, LoadReport Load);

/// <summary>
/// <c>run-all</c>: datagen into a temporary folder, publish the app in Release (or use <c>--app</c>),
/// start it, time the cold start, run the scenarios with the server's memory sampled, weigh the
/// home page, stop the app and print a Markdown block.
/// </summary>
public static class RunAll
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var work = Directory.CreateTempSubdirectory("ocop-bench-").FullName;
        Console.Error.WriteLine($"Working folder: {work}");
        try
        {
            var dbPath = Path.Combine(work, "ocop.db");
            var data = await DataGen.GenerateAsync(dbPath, args.Int("products", 10_000), args.Int("producers", 800), args.Int("seed", 2026));
            Console.Error.WriteLine(data);
            var appDir = args.Get("app") is { } app ? Path.GetFullPath(app) : await PublishAsync(Path.Combine(work, "app"));

            RunAllReport report;
            await using (var server = AppProcess.Start(appDir, dbPath, Path.Combine(work, "media"), Path.Combine(work, "app.log")))
            {
                var coldStart = await server.WaitReadyAsync(TimeSpan.FromSeconds(60));
                Console.Error.WriteLine($"Ready after {coldStart:0} ms (pid {server.Pid})");
                var firstSearch = await FirstSearchMsAsync(server.BaseUri);
                var settings = LoadCommand.Settings(args, server.BaseUri, server.Pid, "trivial,product,product-api,search,home");
                var load = await LoadSession.RunAsync(settings);
                var home = await PageWeight.MeasureAsync(server.BaseUri, "/");
                report = new RunAllReport(data, coldStart, firstSearch, home, load);
            }
            Console.WriteLine(Markdown(report));
            if (args.Get("out") is { } path) await ReportTable.WriteJsonAsync(path, report);
            return 0;
        }
        finally
        {
            if (args.Get("keep") is null) Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The first search builds the in-memory catalogue index; its latency shows that one-off cost.</summary>
    private static async Task<double> FirstSearchMsAsync(Uri baseUri)
    {
        using var client = HttpClients.Create(baseUri, 1);
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync("/api/v1/products?q=ch%C3%A8");
        response.EnsureSuccessStatusCode();
        return watch.Elapsed.TotalMilliseconds;
    }

    internal static async Task<string> PublishAsync(string output)
    {
        var project = Path.Combine(RepoRoot(), "src", "Ocop", "Ocop.csproj");
        Console.Error.WriteLine($"dotnet publish {project} -c Release -o {output}");
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var a in new[] { "publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "q" }) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet publish did not start.");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed with exit code {process.ExitCode}.");
        return output;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ocop.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Run from inside the repository (Ocop.slnx not found), or pass --app PUBLISHED_DIR.");
    }

    public static string Markdown(RunAllReport run)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"### Run of {run.Load.StartedAt:yyyy-MM-dd}");
        sb.AppendLine();
        sb.AppendLine(inv, $"- Conditions: {ReportTable.Conditions(run.Load)}");
        sb.AppendLine(inv, $"- Data: {run.Data}");
        sb.AppendLine(inv, $"- Cold start (process start → `/health/ready` = 200): **{run.ColdStartMs:0} ms**; first search afterwards (builds the in-memory index): {run.FirstSearchMs:0} ms");
        sb.AppendLine(HomeLine(run.Home));
        sb.AppendLine();
        sb.AppendLine(ReportTable.Markdown(run.Load));
        sb.AppendLine(Targets.Markdown(run));
        return sb.ToString();
    }

    private static string HomeLine(PageWeightResult home)
    {
        if (home.Status is < 200 or >= 300) return string.Create(CultureInfo.InvariantCulture, $"- Home page: `/` answered {home.Status}; not weighed");
        var third = home.ThirdParty.Count == 0 ? "none" : string.Join(", ", home.ThirdParty);
        var failed = home.FailedAssets.Count == 0 ? "" : "; failed assets: " + string.Join(", ", home.FailedAssets);
        return string.Create(CultureInfo.InvariantCulture,
            $"- Home page: {home.TotalBytes / 1024.0:0.0} KB transferred (HTML {home.HtmlBytes / 1024.0:0.0} KB + {home.Assets.Count} same-origin assets {home.AssetBytes / 1024.0:0.0} KB); third-party URLs: {third}{failed}");
    }
}
