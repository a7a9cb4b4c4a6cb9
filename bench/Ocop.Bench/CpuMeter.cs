using System.Diagnostics;
using System.Globalization;

namespace Ocop.Bench;

/// <summary>
/// CPU seconds (user + system) spent by the app process, by every <c>postgres</c> process and by
/// this load generator between two readings of <c>/proc</c>. Dividing by the work done gives a cost
/// per request that does not depend on how busy the machine was, unlike throughput on shared cores.
/// </summary>
public sealed record CpuReading(double App, double Postgres, double LoadGenerator)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static CpuReading Take(int appPid) => new(ProcessSeconds(appPid), PostgresSeconds(),
        Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);

    public static CpuReading operator -(CpuReading end, CpuReading start) =>
        new(end.App - start.App, end.Postgres - start.Postgres, end.LoadGenerator - start.LoadGenerator);

    /// <summary>"app X ms, PostgreSQL Y ms, load generator Z ms" of CPU per unit of work.</summary>
    public string PerUnit(double units) => string.Create(CultureInfo.InvariantCulture,
        $"app {App * 1000 / units:0.00} ms, PostgreSQL {Postgres * 1000 / units:0.00} ms, load generator {LoadGenerator * 1000 / units:0.00} ms");

    private static double ProcessSeconds(int pid)
    {
        var stat = StatFields(pid);
        return stat is null ? 0 : (long.Parse(stat[11], CultureInfo.InvariantCulture) + long.Parse(stat[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    private static double PostgresSeconds()
    {
        double total = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var text = File.ReadAllText($"/proc/{pid}/stat");
                if (text.Contains("(postgres)", StringComparison.Ordinal)) total += ProcessSeconds(pid);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return total;
    }

    /// <summary>The fields of /proc/PID/stat after the command name (field 3 onwards, so utime is index 11).</summary>
    private static string[]? StatFields(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException) { return null; }
    }
}
