using Ocop.Testing;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;

namespace Ocop.Browser.Tests;

/// <summary>
/// One running app and one headless Chromium shared by every journey: the app is the Ocop
/// project's own build output, started as a child process on a free port with a fresh SQLite
/// database and media folder in a temp directory (Development: migrated and seeded with demo data).
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "ocop-browser-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly StringBuilder _log = new();
    private Process? _app;
    private IPlaywright? _playwright;

    /// <summary>The SePay webhook key the app is started with, so a journey can post a bank notification as SePay would.</summary>
    public const string SePayKey = "browser-journey-sepay-key";

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_temp);
        var project = Path.Combine(LocalMachine.RepositoryRoot(), "src", "Ocop");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(project, "bin", configuration, "net10.0", "Ocop.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the Ocop project first.", dll);
        BaseUrl = $"http://127.0.0.1:{LocalMachine.FreePort()}";

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", BaseUrl, "--contentRoot", project }) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Ocop"] = $"Data Source={Path.Combine(_temp, "ocop.db")}";
        start.Environment["Database__QueryWarningsAsErrors"] = "true";
        start.Environment["Media__Root"] = Path.Combine(_temp, "media");
        start.Environment["Payments__SePay__ApiKey"] = SePayKey;
        _app = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        _app.OutputDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _app.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();
        await WaitUntilReadyAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh browser context (own cookies) sized like a phone, speaking Vietnamese.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "vi-VN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        // Generous: the first pages after start run unoptimised code on a 2-core CI machine (a login once took over 15 s).
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public string Log { get { lock (_log) return _log.ToString(); } }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            await _app.WaitForExitAsync();
        }
        _app?.Dispose();
        try { Directory.Delete(_temp, recursive: true); }
        catch (IOException) { /* a file still held by the exiting process: the OS temp cleaner takes it */ }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_app!.HasExited) throw new InvalidOperationException($"The app exited with code {_app.ExitCode}:\n{Log}");
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(300);
        }
        throw new TimeoutException($"The app did not become ready:\n{Log}");
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
