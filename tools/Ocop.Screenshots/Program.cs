using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ocop.Testing;

// Phone (390×844) and desktop (1366×900) screenshots of every page of OCOP Hub, anonymous and signed in
// as each demo account of README, written to the folder given as argument. Not a test: it asserts nothing.
//
//   dotnet tools/Ocop.Screenshots/bin/Release/net10.0/Ocop.Screenshots.dll OUT [--base-url URL] [--only TEXT] [--full]
//       [--roles anonymous,buyer,…] [--paths /a,/b]
//
// The pages are the app's own: every Razor page under src/Ocop/Pages gives a route template; each role
// crawls the links it can follow (from its start pages, within the site) and one address per template is
// photographed. Without --base-url the app's Release (or Debug) build is started on a free port with a
// fresh demo database. --only keeps addresses containing TEXT; --full takes whole pages, not the first screen;
// --roles keeps the roles named; --paths photographs just those addresses (no crawl).

var argv = args.ToList();
string? Option(string name)
{
    var i = argv.IndexOf(name);
    if (i < 0 || i + 1 >= argv.Count) return null;
    var value = argv[i + 1];
    argv.RemoveRange(i, 2);
    return value;
}
var full = argv.Remove("--full");
var baseUrl = Option("--base-url");
var only = Option("--only");
var onlyRoles = Option("--roles")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var paths = Option("--paths")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
if (argv.Count != 1)
{
    Console.Error.WriteLine("usage: Ocop.Screenshots OUT-FOLDER [--base-url URL] [--only TEXT] [--full] [--roles a,b] [--paths /a,/b]");
    return 2;
}
var output = Path.GetFullPath(argv[0]);
Directory.CreateDirectory(output);
var root = LocalMachine.RepositoryRoot();
var templates = PageRoutes.Read(Path.Combine(root, "src", "Ocop", "Pages"));

await using var app = baseUrl is null ? await LocalApp.StartAsync(root) : null;
baseUrl ??= app!.BaseUrl;

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});

(string Name, string? Email, string[] Start)[] roles =
[
    ("host", "livestream@ocop.example", ["/livestream", "/tai-khoan"]),
    ("anonymous", null, ["/", "/tim-kiem", "/tinh", "/chung-nhan", "/livestream", "/ket-noi", "/dang-ky/chu-the", "/dang-nhap", "/gio-hang"]),
    ("buyer", "nguoimua@ocop.example", ["/", "/tai-khoan", "/don-hang", "/gio-hang", "/thanh-toan"]),
    ("producer", "htx.songma@ocop.example", ["/ban-hang", "/tai-khoan"]),
    ("commune", "xa.songma@ocop.example", ["/quan-ly"]),
    ("province", "sonla@ocop.example", ["/quan-ly"]),
    ("council", "hoidong1@ocop.example", ["/hoi-dong"]),
    ("central", "trunguong@ocop.example", ["/quan-ly"]),
    ("b2b", "thumua@ocop.example", ["/ket-noi", "/tai-khoan"]),
    ("admin", "admin@ocop.example", ["/quan-ly", "/tai-khoan"]),
];
(string Name, int Width, int Height)[] sizes = [("phone", 390, 844), ("desktop", 1366, 900)];

var seen = new HashSet<string>();
var written = 0;
foreach (var role in roles.Where(r => onlyRoles is null || onlyRoles.Contains(r.Name)))
{
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = baseUrl, Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 390, Height = 844 },
    });
    context.SetDefaultTimeout(30_000);
    var page = await context.NewPageAsync();
    if (role.Email is not null && !await SignInAsync(page, role.Email))
    {
        Console.Error.WriteLine($"{role.Name}: could not sign in as {role.Email}; skipped");
        continue;
    }
    if (role.Name == "buyer") await FillCartAsync(page);
    if (role.Name == "host") await GoLiveAsync(page);

    // One address per route template this role reaches, found by following the links of the pages it sees.
    var chosen = new Dictionary<string, string>();
    foreach (var path in paths ?? []) chosen[templates.Match(path) is { } t ? $"{t} {path}" : path] = path;
    var queue = new Queue<string>(paths is null ? role.Start : []);
    var visited = new HashSet<string>();
    while (queue.Count > 0 && visited.Count < 400)
    {
        var url = queue.Dequeue();
        if (!visited.Add(url)) continue;
        var template = templates.Match(url);
        if (template is not null && chosen.ContainsKey(template)) continue;
        var response = await context.APIRequest.GetAsync(url, new() { MaxRedirects = 0 });
        if (response.Status != 200 || !(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html")) continue;
        if (template is not null) chosen[template] = url;
        foreach (var link in Links.In(await response.TextAsync()))
            if (!visited.Contains(link)) queue.Enqueue(link);
    }

    foreach (var (template, url) in chosen.OrderBy(c => c.Key, StringComparer.Ordinal))
    {
        if (only is not null && !url.Contains(only, StringComparison.OrdinalIgnoreCase)) continue;
        if (paths is null) seen.Add(template);
        foreach (var size in sizes)
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
            await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
            var file = Path.Combine(output, $"{role.Name}{Slug(paths is null ? template : url)}-{size.Name}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = full });
            written++;
        }
        Console.WriteLine($"{role.Name,-9} {url}");
    }
}
Console.WriteLine($"{written} screenshots in {output}");
var missed = templates.All.Where(t => !seen.Contains(t)).ToList();
if (only is null && paths is null && missed.Count > 0)
    Console.WriteLine($"No role reached these pages by a link (forms' results, POST-only or per-token pages): {string.Join(", ", missed)}");
return 0;

static string Slug(string template)
{
    var slug = Regex.Replace(template.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
    return slug.Length == 0 ? "-home" : "-" + slug;
}

static async Task<bool> SignInAsync(IPage page, string email)
{
    await page.GotoAsync("/dang-nhap");
    await page.GetByLabel("Email").FillAsync(email);
    await page.GetByLabel("Mật khẩu").FillAsync("Ocop@2026");
    await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
    await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    return !page.Url.Contains("/dang-nhap");
}

// The buyer's cart holds one product, so the cart and checkout pages show what a buyer sees mid-purchase.
static async Task FillCartAsync(IPage page)
{
    await page.GotoAsync("/tim-kiem?q=nhan");
    await page.Locator(".card-link").First.ClickAsync();
    var add = page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào giỏ" });
    if (await add.CountAsync() > 0) await add.First.ClickAsync();
    await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
}

// The host puts the demo's scheduled session on air and pins a product, so the live pages (and the home page's
// "on air now") show a market in progress. Roles after the host see it live.
static async Task GoLiveAsync(IPage page)
{
    await page.GotoAsync("/livestream");
    var scheduled = page.Locator(".live-scheduled a[href^='/livestream/']");
    if (await scheduled.CountAsync() == 0) return;
    var href = await scheduled.First.GetAttributeAsync("href");
    await page.GotoAsync(href + "/dieu-khien");
    var start = page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu phát trực tiếp" });
    if (await start.CountAsync() == 0) return;
    await start.ClickAsync();
    await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    var pin = page.GetByRole(AriaRole.Button, new() { Name = "Ghim" });
    if (await pin.CountAsync() > 0) await pin.First.ClickAsync();
    await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
}

/// <summary>The route template of every Razor page: its @page directive, or its path under Pages.</summary>
sealed class PageRoutes(List<(string Template, Regex Pattern)> routes)
{
    public IEnumerable<string> All => routes.Select(r => r.Template);

    public string? Match(string url)
    {
        var path = url.Split('?', '#')[0].TrimEnd('/');
        if (path.Length == 0) path = "/";
        // Literal templates win over parameterised ones (/ban-hang/truy-xuat/moi before /ban-hang/truy-xuat/{id}).
        return routes.Where(r => r.Pattern.IsMatch(path)).OrderBy(r => r.Template.Count(c => c == '{')).Select(r => r.Template).FirstOrDefault();
    }

    public static PageRoutes Read(string pages)
    {
        var list = new List<(string, Regex)>();
        foreach (var file in Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('_')) continue;
            var directive = File.ReadLines(file).Select(l => Regex.Match(l, "^@page(?:\\s+\"([^\"]*)\")?\\s*$")).FirstOrDefault(m => m.Success);
            if (directive is null) continue;
            var relative = Path.GetRelativePath(pages, file).Replace('\\', '/')[..^".cshtml".Length];
            var folder = relative.EndsWith("Index") ? relative[..^"Index".Length].TrimEnd('/') : relative;
            var given = directive.Groups[1].Success ? directive.Groups[1].Value : "";
            var template = given.StartsWith('/') ? given : "/" + string.Join('/', new[] { folder, given }.Where(s => s.Length > 0));
            if (template.Length > 1) template = template.TrimEnd('/');
            var pattern = "^" + Regex.Replace(Regex.Escape(template).Replace("\\{", "{"), "/\\{([^}]*)\\}", m =>
                m.Groups[1].Value.StartsWith('*') ? "(?:/.*)?" : m.Groups[1].Value.EndsWith('?') ? "(?:/[^/]+)?" : "/[^/]+") + "$";
            list.Add((template, new Regex(pattern, RegexOptions.IgnoreCase)));
        }
        return new PageRoutes(list);
    }
}

static class Links
{
    private static readonly string[] Skip = ["/dang-xuat", "/ngon-ngu", "/api", "/openapi", "/media", "/health", "/css", "/js", "/img"];

    /// <summary>The site's own addresses linked from a page (no sign-out, language switch, API or files).</summary>
    public static IEnumerable<string> In(string html)
    {
        foreach (Match m in Regex.Matches(html, "<a\\b[^>]*\\bhref=\"(/[^\"/][^\"]*|/)\""))
        {
            var href = System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Split('#')[0];
            if (Skip.Any(s => href.StartsWith(s, StringComparison.OrdinalIgnoreCase))) continue;
            if (Regex.IsMatch(href.Split('?')[0], "\\.(pdf|csv|png|jpe?g|svg|json|xml|jsonld|zip)$", RegexOptions.IgnoreCase)) continue;
            yield return href;
        }
    }
}

/// <summary>The app's own build started as a child process on a free port with a fresh demo database (like the browser tests' fixture).</summary>
sealed class LocalApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _temp;
    public string BaseUrl { get; }

    private LocalApp(Process process, string temp, string baseUrl) => (_process, _temp, BaseUrl) = (process, temp, baseUrl);

    public static async Task<LocalApp> StartAsync(string root)
    {
        var project = Path.Combine(root, "src", "Ocop");
        var dll = new[] { "Release", "Debug" }.Select(c => Path.Combine(project, "bin", c, "net10.0", "Ocop.dll")).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("Build the app first: dotnet build src/Ocop -c Release");
        var temp = Path.Combine(Path.GetTempPath(), "ocop-screenshots-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(temp);
        var baseUrl = $"http://127.0.0.1:{LocalMachine.FreePort()}";
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "--urls", baseUrl, "--contentRoot", project }) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Ocop"] = $"Data Source={Path.Combine(temp, "ocop.db")}";
        start.Environment["Media__Root"] = Path.Combine(temp, "media");
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new LocalApp(process, temp, baseUrl);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The app exited with code {process.ExitCode}.");
            try { if ((await http.GetAsync(baseUrl + "/health/ready")).IsSuccessStatusCode) return app; }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(500);
        }
        await app.DisposeAsync();
        throw new TimeoutException("The app did not become ready in 3 minutes.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { }
    }
}
