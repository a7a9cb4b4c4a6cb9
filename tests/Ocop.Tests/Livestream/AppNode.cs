using Ocop.Testing;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Ocop.Tests.Livestream;

/// <summary>
/// A real application node: the Ocop project's own build output (<c>dotnet Ocop.dll</c>) run as a
/// child process on a free loopback port, in Production on the given PostgreSQL database. Disposing
/// kills it with its process tree, so a failing test never leaves it running.
/// </summary>
public sealed class AppNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly string _media;

    public Uri BaseUri { get; }

    private AppNode(Process process, Uri baseUri, string media)
    {
        _process = process;
        BaseUri = baseUri;
        _media = media;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static AppNode StartOnPostgres(string connectionString)
    {
        var project = Path.Combine(LocalMachine.RepositoryRoot(), "src", "Ocop");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(project, "bin", configuration, "net10.0", "Ocop.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the Ocop project first.", dll);
        var baseUri = new Uri($"http://127.0.0.1:{LocalMachine.FreePort()}");
        var media = Path.Combine(Path.GetTempPath(), "ocop-node-" + Guid.NewGuid().ToString("N")[..8]);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", baseUri.ToString().TrimEnd('/'), "--contentRoot", project }) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["App__PublicBaseUrl"] = baseUri.ToString().TrimEnd('/');
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["Database__MigrateOnStartup"] = "true";
        start.Environment["Database__QueryWarningsAsErrors"] = "true";
        start.Environment["ConnectionStrings__Ocop"] = connectionString;
        start.Environment["Media__Root"] = media;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        return new AppNode(process, baseUri, media);
    }

    /// <summary>A client of this node that keeps cookies (a guest's cart and orders).</summary>
    public HttpClient Client() => new() { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(30) };

    public string Log { get { lock (_log) return _log.ToString(); } }

    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"Node {BaseUri} exited with code {_process.ExitCode}:\n{Log}");
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* busy starting */ }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Node {BaseUri} was not ready within {timeout.TotalSeconds:0} s:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        finally
        {
            _process.Dispose();
            try { Directory.Delete(_media, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
