using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ocop.Data;
using Ocop.Features.Commerce;

namespace Ocop.Bench;

/// <summary>
/// <c>orders</c>: order placement under load. Generates a catalogue on SQLite or PostgreSQL, gives every
/// product a known stock, starts the published app on it, and has N concurrent buyers POST
/// <c>/api/v1/orders</c> (COD, one random product, 1–3 units, a fresh Idempotency-Key each) for a fixed
/// time. Afterwards it checks the books against the database: units taken from stock = units in the
/// orders = units the clients were told they bought, and no stock below zero (zero oversell). On
/// PostgreSQL it also runs pgbench's built-in TPC-B-like script on the same server for a ratio.
/// </summary>
public static class OrdersCommand
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var engine = (args.Get("engine") ?? "sqlite").ToLowerInvariant();
        var concurrency = args.Int("concurrency", 32);
        var duration = args.Duration("duration", TimeSpan.FromSeconds(20));
        // The tiered JIT is still recompiling hot code at full optimisation for about 40 s after start
        // on two cores (DOTNET_JitStdOutFile + DOTNET_JitDisasmSummary show it), taking a tenth of the CPU:
        // a shorter warm-up measures the JIT, not the checkout.
        var warmup = args.Duration("warmup", TimeSpan.FromSeconds(45));
        const int stockPerProduct = 1_000_000;
        var work = Directory.CreateTempSubdirectory("ocop-orders-").FullName;
        BenchDatabase database;
        if (engine == "postgres")
        {
            var admin = args.Required("pg");
            // The pool bounds how many PostgreSQL backends work at once; on two cores shared with the app,
            // 8 (about four per core) keeps them from preempting each other (docs/operations.md).
            var name = "ocop_orders_" + DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
            await ExecAsync(admin, $"CREATE DATABASE {name}");
            database = new BenchDatabase("Postgres", new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = args.Int("pool", 8) }.ToString(), name);
        }
        else database = new BenchDatabase("Sqlite", $"Data Source={Path.Combine(work, "ocop.db")}", Path.Combine(work, "ocop.db"));

        Console.Error.WriteLine(await DataGen.GenerateAsync(database, Path.Combine(work, "media"), args.Int("products", 2000), args.Int("producers", 200), 2026));
        long initialStock;
        await using (var db = Context(database))
        {
            await db.Products.ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, stockPerProduct));
            initialStock = await db.Products.SumAsync(p => (long)p.Stock);
        }
        var appDir = args.Get("app") is { } dir ? Path.GetFullPath(dir) : await RunAll.PublishAsync(Path.Combine(work, "app"));
        await using var app = AppProcess.Start(appDir, database, Path.Combine(work, "media"), Path.Combine(work, "app.log"),
            AppEnvironment(args));
        var coldStart = await app.WaitReadyAsync(TimeSpan.FromSeconds(60));
        using var client = HttpClients.Create(app.BaseUri, concurrency);
        var products = await ProductIdsAsync(client);
        var commune = (await client.GetFromJsonAsync<JsonElement>("/api/v1/provinces/14/communes"))[0].GetProperty("code").GetString()!;
        var carrier = (await client.GetFromJsonAsync<JsonElement>("/api/v1/shipping/carriers"))[0].GetProperty("code").GetString()!;

        await RunAsync(client, products, commune, carrier, concurrency, warmup, 0);
        var cpuBefore = CpuReading.Take(app.Pid);
        var result = await RunAsync(client, products, commune, carrier, concurrency, duration, 1);
        var cpu = CpuReading.Take(app.Pid) - cpuBefore;
        var books = await BooksAsync(database, initialStock);
        await app.DisposeAsync();
        // Left behind, each run's database would keep autovacuum busy during the next runs.
        if (engine == "postgres" && args.Get("keep-db") is null) await ExecAsync(args.Required("pg"), $"DROP DATABASE {database.Label} WITH (FORCE)");
        string? pgbench = engine == "postgres" ? await PgBenchAsync(args.Required("pg"), concurrency, duration) : null;

        var tps = result.Placed / result.Seconds;
        Console.WriteLine($"### Order placement, {engine}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine($"- {concurrency} concurrent buyers, {warmup.TotalSeconds:0} s warm-up + {duration.TotalSeconds:0} s measured; {products.Count} products{(engine == "postgres" ? $"; app connection pool {args.Int("pool", 8)}" : "")}; cold start {coldStart:0} ms; load average at end {MachineInfo.Capture().LoadAverage}");
        Console.WriteLine($"- placed {result.Placed} orders ({result.Units} units): **{tps:0} orders/s**, p50 {result.P50:0.0} ms, p95 {result.P95:0.0} ms, p99 **{result.P99:0.0} ms**, max {result.Max:0.0} ms; non-201 answers: {result.Errors}");
        Console.WriteLine($"- CPU per order placed: {cpu.PerUnit(result.Placed)}");
        Console.WriteLine($"- books: stock taken {books.StockTaken} units; units in orders {books.UnitsInOrders}; units confirmed to clients (warm-up + run) {result.UnitsAllRuns}; products below zero {books.Negative} → oversell **{(books.StockTaken == books.UnitsInOrders && books.UnitsInOrders == result.UnitsAllRuns && books.Negative == 0 ? "0" : "MISMATCH")}**");
        if (pgbench is not null) Console.WriteLine($"- pgbench (TPC-B-like, {concurrency} clients, same server): {pgbench} tps → orders/s ÷ pgbench tps = **{tps / double.Parse(pgbench, CultureInfo.InvariantCulture):0.00}**");
        return 0;
    }

    /// <summary>The app's environment: no login rate limit, warnings only, plus any <c>--app-env K=V;K=V</c> (profiling switches such as DOTNET_PerfMapEnabled=1).</summary>
    private static Dictionary<string, string> AppEnvironment(BenchArgs args)
    {
        var env = new Dictionary<string, string> { ["RateLimits__LoginPerMinute"] = "1000000", ["Logging__LogLevel__Default"] = "Warning" };
        foreach (var pair in (args.Get("app-env") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new ArgumentException($"--app-env expects KEY=VALUE pairs separated by ';', not \"{pair}\".");
            env[pair[..eq]] = pair[(eq + 1)..];
        }
        return env;
    }

    private static long _unitsAllRuns;

    private sealed record RunResult(long Placed, long Units, long UnitsAllRuns, long Errors, double Seconds, double P50, double P95, double P99, double Max);

    private static async Task<RunResult> RunAsync(HttpClient client, IReadOnlyList<int> products, string commune, string carrier, int concurrency, TimeSpan duration, int runNo)
    {
        long placed = 0, units = 0, errors = 0;
        var logs = new LatencyLog[concurrency];
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var random = new Random(1000 * runNo + w);
            var log = logs[w] = new LatencyLog();
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var quantity = random.Next(1, 4);
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
                {
                    Content = JsonContent.Create(new
                    {
                        items = new[] { new { productId = products[random.Next(products.Count)], quantity } },
                        shipping = new { name = "Nguyễn Văn Bench", phone = "0912345678", address = "Bản Nà", communeCode = commune, carrier },
                        paymentMethod = "cod",
                    }),
                };
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                    log.Add(Stopwatch.GetTimestamp() - start);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        Interlocked.Increment(ref placed);
                        Interlocked.Add(ref units, quantity);
                        Interlocked.Add(ref _unitsAllRuns, quantity);
                    }
                    else Interlocked.Increment(ref errors);
                }
                catch (HttpRequestException) { Interlocked.Increment(ref errors); }
            }
        })));
        var sorted = LatencyLog.Merge(logs);
        return new RunResult(placed, units, Interlocked.Read(ref _unitsAllRuns), errors, clock.Elapsed.TotalSeconds,
            LatencyLog.Percentile(sorted, 50), LatencyLog.Percentile(sorted, 95), LatencyLog.Percentile(sorted, 99),
            sorted.Length == 0 ? 0 : LatencyLog.ToMs(sorted[^1]));
    }

    private sealed record Books(long StockTaken, long UnitsInOrders, int Negative);

    private static async Task<Books> BooksAsync(BenchDatabase database, long initialStock)
    {
        await using var db = Context(database);
        var stock = await db.Products.SumAsync(p => (long)p.Stock);
        var units = await db.Set<OrderLine>().SumAsync(l => (long)l.Quantity);
        var negative = await db.Products.CountAsync(p => p.Stock < 0);
        return new Books(initialStock - stock, units, negative);
    }

    private static async Task<List<int>> ProductIdsAsync(HttpClient client)
    {
        var ids = new List<int>();
        for (var page = 1; page <= 10; page++)
        {
            var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/products?pageSize=100&page={page}&sort=newest");
            ids.AddRange(json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        }
        return ids.Distinct().ToList();
    }

    private static OcopDb Context(BenchDatabase database)
    {
        var options = new DbContextOptionsBuilder<OcopDb>();
        if (database.Provider == "Postgres") options.UseNpgsql(database.ConnectionString);
        else options.UseSqlite(database.ConnectionString);
        return new OcopDb(options.Options);
    }

    private static async Task ExecAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>pgbench -i then a TPC-B-like run with the same client count and duration; returns its tps.</summary>
    private static async Task<string> PgBenchAsync(string admin, int clients, TimeSpan duration)
    {
        var cs = new NpgsqlConnectionStringBuilder(admin);
        await ExecAsync(admin, "DROP DATABASE IF EXISTS ocop_pgbench");
        await ExecAsync(admin, "CREATE DATABASE ocop_pgbench");
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => d, StringComparer.Ordinal).Last() + "/bin/pgbench";
        string Run(params string[] a)
        {
            var info = new ProcessStartInfo(bin) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var x in new[] { "-h", cs.Host!, "-p", cs.Port.ToString(CultureInfo.InvariantCulture), "-U", cs.Username! }.Concat(a)) info.ArgumentList.Add(x);
            using var p = Process.Start(info)!;
            var output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
            p.WaitForExit();
            return output;
        }
        Run("-i", "-s", "10", "-q", "ocop_pgbench");
        var output = Run("-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2", "-T", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture), "ocop_pgbench");
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("tps = ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("pgbench printed no tps line:\n" + output);
        return line.Split(' ')[2];
    }
}
