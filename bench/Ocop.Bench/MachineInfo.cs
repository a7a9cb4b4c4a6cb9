using System.Runtime.InteropServices;

namespace Ocop.Bench;

/// <summary>The machine and how busy it was when the run started (load average counts other work too).</summary>
public sealed record MachineInfo(int Cores, double MemoryGb, string Os, string Runtime, string LoadAverage)
{
    public static MachineInfo Capture() => new(
        Environment.ProcessorCount,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
        OsName(),
        RuntimeInformation.FrameworkDescription,
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a");

    private static string OsName()
    {
        if (!File.Exists("/etc/os-release")) return RuntimeInformation.OSDescription;
        var pretty = File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
        return pretty is null ? RuntimeInformation.OSDescription : pretty["PRETTY_NAME=".Length..].Trim('"');
    }
}
