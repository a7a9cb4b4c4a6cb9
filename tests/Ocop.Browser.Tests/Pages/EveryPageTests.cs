using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Ocop.Browser.Tests.Pages;

/// <summary>
/// Every page of <see cref="PageTable"/> for every role that sees it, at phone (390×844) and desktop
/// (1366×900) size, in a real Chromium: the expected HTTP status, axe-core with no critical or serious
/// violation, no horizontal overflow on the phone, the intended style of its main components (computed),
/// no console error, no failed request and no request to another host. A route with optional parameters is
/// visited with them (as found) and without. One theory per role; the problems
/// of every page are gathered and listed together, so one broken page does not hide another. The test
/// output gives each visit's time. OCOP_PAGES_ONLY=TEXT[,TEXT…] keeps the routes containing a TEXT (while mending a page).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class EveryPageTests(AppFixture app, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly (string Name, int Width, int Height)[] Viewports = [("phone", 390, 844), ("desktop", 1366, 900)];

    /// <summary>Route parameters found once per (route, role): demo data is the same for every theory.</summary>
    private static readonly ConcurrentDictionary<(string Route, string Role), IReadOnlyDictionary<string, string>> Resolved = new();

    private readonly Dictionary<string, Visitor> _visitors = [];
    private long _axeMs;

    public static TheoryData<string> Roles()
    {
        var data = new TheoryData<string>();
        foreach (var role in Role.Everyone) data.Add(role.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_the_role_sees_is_accessible_fits_and_is_styled(string roleName)
    {
        var role = Role.Everyone.Single(r => r.Name == roleName);
        var problems = new List<string>();
        var only = Environment.GetEnvironmentVariable("OCOP_PAGES_ONLY")?.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var pages = PageTable.All.Where(p => p.Roles.Contains(role) && (only is null || only.Any(p.Route.Contains))).ToList();
        Assert.NotEmpty(pages);
        foreach (var check in pages)
        {
            List<string> paths;
            try
            {
                var values = await ResolveAsync(check, role);
                // A route with optional parameters is two pages: with them (as found) and without (e.g. /tinh and /tinh/01).
                paths = [Visit(check, values)];
                if (check.Visit is null && check.Route.Contains("?}"))
                {
                    var required = PageRoutes.Required(check.Route).ToHashSet();
                    paths = [.. paths.Append(Visit(check, values.Where(v => required.Contains(v.Key)).ToDictionary())).Distinct()];
                }
            }
            catch (Exception e) when (e is InvalidOperationException or PlaywrightException or TimeoutException)
            {
                problems.Add($"{check.Route}: parameters not found: {e.Message}");
                continue;
            }
            foreach (var path in paths)
            foreach (var viewport in Viewports)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                foreach (var problem in await CheckAsync(check, role, path, viewport))
                    problems.Add($"{path} [{viewport.Name}]: {problem}");
                output.WriteLine($"{watch.ElapsedMilliseconds,6} ms (axe {_axeMs,5} ms) {path} [{viewport.Name}]");
            }
        }
        Assert.True(problems.Count == 0,
            $"{problems.Count} problem(s) on the pages {role} sees:\n" + string.Join("\n", problems));
    }

    private async Task<List<string>> CheckAsync(PageCheck check, Role role, string path, (string Name, int Width, int Height) viewport)
    {
        var visitor = await VisitorAsync(role);
        if (check.FillCart) await visitor.FillCartAsync();
        var page = visitor.Page;
        await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        visitor.Reset();
        var problems = new List<string>();

        var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        if (response is null) { problems.Add("no response"); return problems; }
        if (response.Status != check.Status) problems.Add($"HTTP {response.Status}, expected {check.Status}");
        var landed = new Uri(page.Url).AbsolutePath;
        if (landed is "/dang-nhap" or "/khong-co-quyen" && !path.StartsWith(landed))
            problems.Add($"sent to {landed}");

        var axeWatch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var v in await AxeAsync(page, role, viewport.Name))
            problems.Add($"axe {v.Impact} {v.Id} ({v.Help}): {string.Join(" | ", v.Nodes)}" + (v.Count > v.Nodes.Length ? $" and {v.Count - v.Nodes.Length} more" : ""));
        _axeMs = axeWatch.ElapsedMilliseconds;

        if (viewport.Name == "phone")
        {
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            if (widths[0] > widths[1])
            {
                var widest = await page.EvaluateAsync<string>(WidestScript);
                problems.Add($"{widths[0] - widths[1]} px wider than the phone (scrollWidth {widths[0]}; overflowing: {widest})");
            }
        }

        // A link, form or picture whose address still holds a route template's parameter ("{step?}") leads nowhere.
        foreach (var unfilled in await page.EvaluateAsync<string[]>(Unfilled))
            problems.Add($"address with an unfilled route parameter: {unfilled}");

        foreach (var style in check.Styles)
        {
            var wrong = await page.EvaluateAsync<string?>(
                $"(() => {{ const e = document.querySelector({Js(style.Selector)}); if (!e) return 'missing'; const s = getComputedStyle(e); return {style.Script}; }})()");
            if (wrong is not null) problems.Add($"{style.Selector} should have {style.What}: {wrong}");
        }

        problems.AddRange(visitor.Problems());
        return problems;
    }

    /// <summary>
    /// axe-core's critical and serious violations of the page: the site's header once per role and viewport
    /// (it is the same on every page of a role), the rest of the page once per distinct rendering (the same
    /// markup, numbers aside, at the same viewport gives the same result: a public page seen by ten roles is
    /// checked once, a page whose content differs by role once per role).
    /// </summary>
    private static async Task<List<Violation>> AxeAsync(IPage page, Role role, string viewport)
    {
        var found = new List<Violation>();
        async Task Inject() { if (await page.EvaluateAsync<bool>("() => typeof axe === 'undefined'")) await page.EvaluateAsync(AxeSource.Value); }
        if (HeadersChecked.TryAdd((role.Name, viewport), true))
        {
            await Inject();
            found.AddRange(await page.EvaluateAsync<Violation[]>(AxeRun, new { include = new[] { "header.top" }, exclude = Array.Empty<string>() }));
        }
        var rendering = viewport + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(await page.EvaluateAsync<string>(Fingerprint))));
        if (!Renderings.TryGetValue(rendering, out var rest))
        {
            await Inject();
            rest = await page.EvaluateAsync<Violation[]>(AxeRun, new { include = new[] { "html" }, exclude = new[] { "header.top" } });
            Renderings[rendering] = rest;
        }
        found.AddRange(rest);
        return found;
    }

    private static readonly ConcurrentDictionary<(string Role, string Viewport), bool> HeadersChecked = new();
    private static readonly ConcurrentDictionary<string, Violation[]> Renderings = new();

    /// <summary>The page's markup outside the site header (tags, attributes, text) with every number as #.</summary>
    private const string Fingerprint = """
        () => { const walk = n => {
            if (n.nodeType === 3) return n.textContent.trim();
            if (n.nodeType !== 1 || n.matches('header.top, script, style')) return '';
            let s = '<' + n.tagName + [...n.attributes].filter(a => a.name !== 'value').map(a => ' ' + a.name + '=' + a.value).join('') + '>';
            for (const c of n.childNodes) s += walk(c);
            return s + '</>'; };
          return walk(document.body).replace(/[0-9]+/g, '#'); }
        """;

    /// <summary>The route's parameters, from the first matching link of its source page (resolved itself when it is a route).</summary>
    private async Task<IReadOnlyDictionary<string, string>> ResolveAsync(PageCheck check, Role role)
    {
        if (check.Params is null) return new Dictionary<string, string>();
        var from = check.Params;
        var reader = from.As ?? role;
        if (Resolved.TryGetValue((check.Route, reader.Name), out var known)) return known;

        var source = from.Source;
        if (source.Contains('{'))
        {
            var sourceCheck = PageTable.All.SingleOrDefault(p => p.Route == source)
                ?? throw new InvalidOperationException($"source {source} is not a route of the table");
            source = PageRoutes.Fill(source, await ResolveAsync(sourceCheck, reader));
        }
        var link = from.Link ?? check.Route;
        var matcher = PageRoutes.Matcher(link);
        var page = (await VisitorAsync(reader)).Page;
        await page.GotoAsync(source, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var paths = await page.EvaluateAsync<string[]>(
            "within => [...document.querySelectorAll(within ? within.split(',').map(w => w + ' a[href]').join(',') : 'a[href]')]" +
            ".filter(a => a.host === location.host).map(a => decodeURI(a.pathname))", from.Within);
        foreach (var p in paths)
        {
            var m = matcher.Match(p);
            if (!m.Success) continue;
            var values = matcher.GetGroupNames().Where(g => !int.TryParse(g, out _) && m.Groups[g].Success)
                .ToDictionary(g => g, g => m.Groups[g].Value);
            Resolved[(check.Route, reader.Name)] = values;
            return values;
        }
        throw new InvalidOperationException($"no link like {link} on {source} as {reader}" + (from.Within is null ? "" : $" within {from.Within}"));
    }

    private static string Visit(PageCheck check, IReadOnlyDictionary<string, string> values)
    {
        if (check.Visit is null) return PageRoutes.Fill(check.Route, values);
        return Regex.Replace(check.Visit, @"\{(\w+)\??\}", m => values.TryGetValue(m.Groups[1].Value, out var v) ? v
            : throw new InvalidOperationException($"No value for {m.Value} of {check.Visit}."));
    }

    private async Task<Visitor> VisitorAsync(Role role)
    {
        if (_visitors.TryGetValue(role.Name, out var visitor)) return visitor;
        visitor = await Visitor.OpenAsync(app, role);
        _visitors[role.Name] = visitor;
        return visitor;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var v in _visitors.Values) await v.Context.CloseAsync();
    }

    /// <summary>axe-core as shipped in Deque's package (Deque.AxeCore.Commons), evaluated in the page itself.</summary>
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeResult).Assembly
            .GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe-core is not in Deque.AxeCore.Commons");
        return new StreamReader(stream).ReadToEnd();
    });

    /// <summary>
    /// Runs axe-core on the whole page in the page (Deque's RunAxe runs the same engine frame by frame and
    /// finishes in a new page: ten times slower here, for the same result on pages without frames).
    /// Only critical and serious violations come back, with their first three elements.
    /// </summary>
    private const string AxeRun = """
        context => axe.run(context, { resultTypes: ['violations'] }).then(r => r.violations
          .filter(v => v.impact === 'critical' || v.impact === 'serious')
          .map(v => ({ id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
            nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.html.length > 120 ? n.html.slice(0, 120) + '…' : n.html)) })))
        """;

    private sealed class Violation
    {
        public string Id { get; set; } = "";
        public string Impact { get; set; } = "";
        public string Help { get; set; } = "";
        public int Count { get; set; }
        public string[] Nodes { get; set; } = [];
    }

    private static string Js(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 120 ? html : html[..120] + "…";

    private const string Unfilled = """
        () => [...document.querySelectorAll('[href], [action], [src], [formaction]')]
          .flatMap(e => ['href', 'action', 'src', 'formaction'].map(n => e.getAttribute(n)).filter(v => v && /\{|%7B/i.test(v)))
          .slice(0, 5)
        """;

    /// <summary>Where the overflow starts: the outermost elements reaching past the viewport's right edge inside a parent that does not.</summary>
    private const string WidestScript = """
        () => { const w = window.innerWidth; const out = [];
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
          for (const e of document.querySelectorAll('body *')) {
            const r = e.getBoundingClientRect(), p = e.parentElement.getBoundingClientRect();
            if (r.right > w + 1 && r.width > 0 && p.right <= w + 1) {
              out.push(name(e) + ' in ' + name(e.parentElement) + ' right=' + Math.round(r.right) + ' width=' + Math.round(r.width));
              if (out.length >= 3) break; } }
          return out.join(', '); }
        """;


    /// <summary>One role's browser context (signed in), recording console errors, failed requests and other hosts.</summary>
    private sealed class Visitor
    {
        private readonly List<string> _problems = [];
        private bool _cartFilled;

        public required IBrowserContext Context { get; init; }
        public required IPage Page { get; init; }
        public required string Host { get; init; }

        public static async Task<Visitor> OpenAsync(AppFixture app, Role role)
        {
            var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = app.BaseUrl,
                Locale = "vi-VN",
                ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            });
            context.SetDefaultTimeout(30_000);
            var visitor = new Visitor { Context = context, Page = await context.NewPageAsync(), Host = new Uri(app.BaseUrl).Authority };
            // Nothing leaves the machine: a request to another host is recorded and refused.
            await context.RouteAsync(url => new Uri(url).Authority != visitor.Host && url.StartsWith("http"), route => route.AbortAsync());
            context.Request += (_, r) =>
            {
                if (r.Url.StartsWith("http") && new Uri(r.Url).Authority != visitor.Host) visitor.Add($"request to another host: {r.Url}");
            };
            context.Response += (_, r) =>
            {
                if (r.Status >= 400 && r.Request.ResourceType != "document") visitor.Add($"HTTP {r.Status} for {r.Request.ResourceType} {Path(r.Url)}");
            };
            visitor.Page.Console += (_, m) =>
            {
                // A failed load is named with its address by the response listener (the page itself: by its status).
                if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource")) visitor.Add($"console error: {m.Text}" + (m.Location is { Length: > 0 } at ? $" ({Path(at)})" : ""));
            };
            visitor.Page.PageError += (_, e) => visitor.Add($"script error: {e}");
            if (role.Email is not null)
                Assert.True(await Journeys.TryLoginAsync(visitor.Page, role.Email), $"{role} ({role.Email}) could not sign in");
            visitor.Reset();
            return visitor;
        }

        public async Task FillCartAsync()
        {
            if (_cartFilled) return;
            await Page.GotoAsync("/tim-kiem");
            var product = await Page.Locator(".card a[href^='/san-pham/']").First.GetAttributeAsync("href");
            await Page.GotoAsync(product!);
            await Page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào giỏ" }).ClickAsync();
            await Page.WaitForLoadStateAsync(LoadState.Load);
            _cartFilled = true;
        }

        private static string Path(string url) => url.StartsWith("http") ? new Uri(url).PathAndQuery : url;

        private void Add(string problem) { lock (_problems) if (!_problems.Contains(problem)) _problems.Add(problem); }

        public void Reset() { lock (_problems) _problems.Clear(); }

        public List<string> Problems() { lock (_problems) return [.. _problems]; }
    }
}
