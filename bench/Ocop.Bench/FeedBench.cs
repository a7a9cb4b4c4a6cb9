using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Data;
using Ocop.Features.Identity;

namespace Ocop.Bench;

/// <summary>
/// <c>feed-bench</c>: the livestream feed under many viewers. Generates a small catalogue, adds a
/// livestream host account, starts the published app, creates and starts a session through the API
/// as that host, opens N Server-Sent Events connections to its feed itself, waits for every
/// <c>state</c> event, then places K orders attributed to the session one after another and measures,
/// per connection, how long after the POST's 201 the <c>order</c> event arrived. The app's resident
/// memory is sampled throughout. Run with a raised descriptor limit (<c>ulimit -n</c> ≥ 2·N + 1000).
/// </summary>
public static class FeedBench
{
    private const string HostEmail = "bench.host@ocop.example", HostPassword = "Bench@2026";
    private static readonly TimeSpan OrderWait = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var connections = args.Int("connections", 5000);
        var orders = args.Int("orders", 20);
        var sources = Math.Clamp(args.Int("sources", 1), 1, 250);
        var work = Directory.CreateTempSubdirectory("ocop-feed-").FullName;
        Console.Error.WriteLine($"Working folder: {work}; descriptor limit {DescriptorLimit()}");
        try
        {
            var database = DataGen.Sqlite(Path.Combine(work, "ocop.db"));
            var media = Path.Combine(work, "media");
            Console.Error.WriteLine(await DataGen.GenerateAsync(database, media, args.Int("products", 200), args.Int("producers", 20), 2026));
            await PrepareAsync(database, media);
            var appDir = args.Get("app") is { } dir ? Path.GetFullPath(dir) : await RunAll.PublishAsync(Path.Combine(work, "app"));
            await using var app = AppProcess.Start(appDir, database, media, Path.Combine(work, "app.log"), new Dictionary<string, string>
            {
                ["Logging__LogLevel__Default"] = "Warning",
                ["Kestrel__Limits__MaxConcurrentConnections"] = (connections + 1000).ToString(CultureInfo.InvariantCulture),
            });
            await app.WaitReadyAsync(TimeSpan.FromSeconds(60));
            await using var rss = new RssSampler(app.Pid);
            using var api = HttpClients.Create(app.BaseUri, 4);
            using var buyer = HttpClients.Create(app.BaseUri, 1);
            var (sessionId, productIds) = await StartSessionAsync(api);
            var before = MachineInfo.Capture();

            // N viewers, opened at most 200 at a time, each from one of the loopback source addresses.
            using var feedClient = FeedClient(app.BaseUri, connections, sources);
            using var stop = new CancellationTokenSource();
            using var opening = new SemaphoreSlim(200);
            var viewers = Enumerable.Range(0, connections).Select(_ => new FeedConnection(orders)).ToArray();
            var connected = 0;
            var openWatch = Stopwatch.StartNew();
            var readers = viewers.Select(v => Task.Run(() => v.RunAsync(feedClient, $"/api/v1/livestreams/{sessionId}/events", opening, _ => Interlocked.Increment(ref connected), stop.Token))).ToArray();
            var openDeadline = Stopwatch.GetTimestamp() + 180 * Stopwatch.Frequency;
            while (Volatile.Read(ref connected) + viewers.Count(v => v.Error is not null) < connections && Stopwatch.GetTimestamp() < openDeadline)
                await Task.Delay(100);
            var openSeconds = openWatch.Elapsed.TotalSeconds;
            Console.Error.WriteLine($"{connected} of {connections} connected in {openSeconds:0.0} s");
            var serverViewers = await ServerViewersAsync(api, sessionId, connected);
            var rssConnectedMb = (RssSampler.ReadKb(app.Pid) ?? 0) / 1024.0;

            // K orders one after another; each waits until every connected viewer has it (or 10 s).
            var commune = (await buyer.GetFromJsonAsync<JsonElement>("/api/v1/provinces/14/communes"))[0].GetProperty("code").GetString()!;
            var carrier = (await buyer.GetFromJsonAsync<JsonElement>("/api/v1/shipping/carriers"))[0].GetProperty("code").GetString()!;
            var delays = new List<long>(connections * orders);
            var fromPost = new List<long>(connections * orders);
            var perOrderShare = new List<double>();
            long missing = 0, orderErrors = 0;
            for (var k = 0; k < orders; k++)
            {
                var (sent, created, ok) = await PlaceOrderAsync(buyer, sessionId, productIds[k % productIds.Count], commune, carrier);
                if (!ok)
                {
                    orderErrors++;
                    continue;
                }
                var index = k - (int)orderErrors;
                var deadline = created + (long)(OrderWait.TotalSeconds * Stopwatch.Frequency);
                while (viewers.Any(v => v.Connected && v.Error is null && v.OrdersSeen <= index) && Stopwatch.GetTimestamp() < deadline)
                    await Task.Delay(5);
                var within = 0;
                var live = 0;
                foreach (var v in viewers.Where(v => v.Connected))
                {
                    live++;
                    var arrival = v.OrderArrival(index);
                    if (arrival == 0)
                    {
                        missing++;
                        continue;
                    }
                    var delay = Math.Max(0, arrival - created);
                    delays.Add(delay);
                    fromPost.Add(arrival - sent);
                    if (delay <= Stopwatch.Frequency) within++;
                }
                perOrderShare.Add(live == 0 ? 0 : 100.0 * within / live);
                await Task.Delay(200);
            }
            var peakMb = rss.PeakMb;
            var after = MachineInfo.Capture();
            await stop.CancelAsync();
            await Task.WhenAll(readers);

            var errors = viewers.Where(v => v.Error is not null).GroupBy(v => v.Error!).OrderByDescending(g => g.Count()).Take(3).Select(g => $"{g.Count()}× {g.Key}").ToList();
            var sorted = delays.Order().ToArray();
            var sortedPost = fromPost.Order().ToArray();
            var deliveries = (long)delays.Count + missing;
            var withinShare = deliveries == 0 ? 0 : 100.0 * delays.Count(d => d <= Stopwatch.Frequency) / deliveries;
            var met = withinShare >= 99 && perOrderShare.Count > 0 && perOrderShare.Min() >= 99 && peakMb < 1024 && connected == connections;
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"### Live feed fan-out, {connections} SSE connections, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
            Console.WriteLine();
            Console.WriteLine(string.Create(inv, $"- Machine: {before.Cores} cores, {before.MemoryGb} GB, {before.Os}, {before.Runtime}; load average before {before.LoadAverage}, after {after.LoadAverage}; app and load generator on the same machine, SQLite"));
            Console.WriteLine(string.Create(inv, $"- Connections: {connected} of {connections} received the opening `state` event in {openSeconds:0.0} s ({sources} loopback source address(es)); server counted {serverViewers} viewers; connection errors {viewers.Count(v => v.Error is not null)}{(errors.Count == 0 ? "" : " (" + string.Join("; ", errors) + ")")}"));
            Console.WriteLine(string.Create(inv, $"- Orders: {orders - orderErrors} placed one after another (POST /api/v1/orders with livestreamId, 201), {orderErrors} failed; {delays.Count} deliveries measured, {missing} not received within {OrderWait.TotalSeconds:0} s"));
            Console.WriteLine(string.Create(inv, $"- Delay from the POST's 201 to the `order` event on each connection: p50 {LatencyLog.Percentile(sorted, 50):0} ms, p95 {LatencyLog.Percentile(sorted, 95):0} ms, p99 **{LatencyLog.Percentile(sorted, 99):0} ms**, max {(sorted.Length == 0 ? 0 : LatencyLog.ToMs(sorted[^1])):0} ms (from the POST being sent: p99 {LatencyLog.Percentile(sortedPost, 99):0} ms)"));
            Console.WriteLine(string.Create(inv, $"- Within 1 s: **{withinShare:0.00}%** of all deliveries; worst order {(perOrderShare.Count == 0 ? 0 : perOrderShare.Min()):0.00}% of connections"));
            Console.WriteLine(string.Create(inv, $"- App resident memory (VmRSS): {rssConnectedMb:0} MB with all connections open, peak **{peakMb:0} MB**"));
            Console.WriteLine(string.Create(inv, $"- Target (99% within 1 s, RSS < 1 GB, all connected): **{(met ? "met" : "not met")}**"));
            return met ? 0 : 2;
        }
        finally
        {
            if (args.Get("keep") is null) Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>A livestream host account and plenty of stock, written before the app starts.</summary>
    private static async Task PrepareAsync(BenchDatabase database, string media)
    {
        await using var app = DataGen.CreateApp(database, media);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var host = new AppUser
        {
            UserName = HostEmail, Email = HostEmail, FullName = "Người dẫn benchmark", EmailConfirmed = true, ProvinceCode = "14", CreatedAt = DateTime.UtcNow,
        };
        var created = await users.CreateAsync(host, HostPassword);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(host, Roles.Livestream);
        await scope.ServiceProvider.GetRequiredService<OcopDb>().Products.ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, 1_000_000));
    }

    /// <summary>Signs in as the host, schedules a session with ten products and goes live.</summary>
    private static async Task<(int Id, List<int> Products)> StartSessionAsync(HttpClient api)
    {
        var token = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = HostEmail, password = HostPassword });
        token.EnsureSuccessStatusCode();
        var bearer = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/products?pageSize=10&sort=newest");
        var products = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        var created = await api.PostAsJsonAsync("/api/v1/livestreams", new
        {
            title = "Phiên benchmark luồng trực tiếp", organiser = "Ocop.Bench", hostNames = "Người dẫn benchmark", streamUrl = "https://www.youtube.com/watch?v=ocopBench01",
            scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5), plannedMinutes = 60, productIds = products,
        });
        if (created.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException("Creating the session failed: " + await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var started = await api.PostAsync($"/api/v1/livestreams/{id}/start", null);
        if (!started.IsSuccessStatusCode) throw new InvalidOperationException("Starting the session failed: " + await started.Content.ReadAsStringAsync());
        return (id, products);
    }

    /// <summary>A guest's COD order of one unit, attributed to the session; Stopwatch timestamps of sending and of the 201.</summary>
    private static async Task<(long Sent, long Created, bool Ok)> PlaceOrderAsync(HttpClient buyer, int sessionId, int productId, string commune, string carrier)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new
            {
                items = new[] { new { productId, quantity = 1 } },
                shipping = new { name = "Nguyễn Văn Bench", phone = "0912345678", address = "Bản Nà", communeCode = commune, carrier },
                paymentMethod = "cod", livestreamId = sessionId,
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var sent = Stopwatch.GetTimestamp();
        using var response = await buyer.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var created = Stopwatch.GetTimestamp();
        if (response.StatusCode != HttpStatusCode.Created) Console.Error.WriteLine($"Order answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (sent, created, response.StatusCode == HttpStatusCode.Created);
    }

    /// <summary>The server's own count of viewers on this node, once its 2-second tick has seen them all.</summary>
    private static async Task<int> ServerViewersAsync(HttpClient api, int sessionId, int expected)
    {
        var viewers = 0;
        for (var attempt = 0; attempt < 20 && viewers < expected; attempt++)
        {
            viewers = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/livestreams/{sessionId}/figures")).GetProperty("viewersNow").GetInt32();
            if (viewers < expected) await Task.Delay(500);
        }
        return viewers;
    }

    /// <summary>One pooled handler with a connection per viewer; with several sources, connections are spread over 127.0.0.1…127.0.0.n.</summary>
    private static HttpClient FeedClient(Uri baseUri, int connections, int sources)
    {
        var next = 0;
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections + 10,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            UseCookies = false,
            AllowAutoRedirect = false,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    if (sources > 1) socket.Bind(new IPEndPoint(IPAddress.Parse($"127.0.0.{1 + Interlocked.Increment(ref next) % sources}"), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseUri, Timeout = Timeout.InfiniteTimeSpan };
    }

    private static string DescriptorLimit() =>
        File.Exists("/proc/self/limits")
            ? File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal))?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3] ?? "?"
            : "?";
}
