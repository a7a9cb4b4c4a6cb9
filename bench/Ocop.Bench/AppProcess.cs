using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ocop.Bench;

/// <summary>The published app run as a child process on a free loopback port, its output kept in a log file.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly long _startedAt;

    public Uri BaseUri { get; }
    public int Pid => _process.Id;
    public string LogPath { get; }

    private AppProcess(Process process, StreamWriter log, string logPath, Uri baseUri, long startedAt)
    {
        _process = process;
        _log = log;
        LogPath = logPath;
        BaseUri = baseUri;
        _startedAt = startedAt;
    }

    public static AppProcess Start(string appDir, string dbPath, string mediaRoot, string logPath) =>
        Start(appDir, new BenchDatabase("Sqlite", $"Data Source={dbPath}", dbPath), mediaRoot, logPath);

    public static AppProcess Start(string appDir, BenchDatabase database, string mediaRoot, string logPath, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var baseUri = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(appDir, "Ocop.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseUri.ToString().TrimEnd('/'));
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["App__PublicBaseUrl"] = baseUri.ToString().TrimEnd('/');
        info.Environment["Database__Provider"] = database.Provider;
        info.Environment["Database__MigrateOnStartup"] = "true";
        info.Environment["ConnectionStrings__Ocop"] = database.ConnectionString;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        info.Environment["Media__Root"] = mediaRoot;
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process, log, logPath, baseUri, startedAt);
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log) log.WriteLine(line);
    }

    /// <summary>Milliseconds from process start until <c>/health/ready</c> answers 200.</summary>
    public async Task<double> WaitReadyAsync(TimeSpan timeout)
    {
        using var client = HttpClients.Create(BaseUri, 1);
        client.Timeout = TimeSpan.FromSeconds(5);
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}; see {LogPath}.");
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK) return Stopwatch.GetElapsedTime(_startedAt).TotalMilliseconds;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            await Task.Delay(20);
        }
        throw new TimeoutException($"/health/ready did not answer 200 within {timeout.TotalSeconds:0} s; see {LogPath}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private bool _disposed;

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        lock (_log) _log.Dispose();
    }
}
