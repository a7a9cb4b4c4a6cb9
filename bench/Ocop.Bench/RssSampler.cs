namespace Ocop.Bench;

/// <summary>Samples a process's resident memory (VmRSS of /proc/PID/status) every 100 ms and keeps the peak.</summary>
public sealed class RssSampler : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peakKb;

    public RssSampler(int pid)
    {
        _pid = pid;
        _loop = Task.Run(LoopAsync);
    }

    public double PeakMb => Volatile.Read(ref _peakKb) / 1024.0;

    public static long? ReadKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException) { /* the process has exited */ }
        return null;
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            do
            {
                if (ReadKb(_pid) is { } kb && kb > _peakKb) Volatile.Write(ref _peakKb, kb);
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException) { /* stopped */ }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
