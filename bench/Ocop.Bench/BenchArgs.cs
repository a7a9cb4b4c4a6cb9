using System.Globalization;

namespace Ocop.Bench;

/// <summary>Plain <c>--name value</c> options of the bench commands.</summary>
public sealed class BenchArgs
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static BenchArgs Parse(IEnumerable<string> args)
    {
        var result = new BenchArgs();
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (name is not null) result._values[name] = "true";
                name = arg[2..];
            }
            else if (name is not null)
            {
                result._values[name] = arg;
                name = null;
            }
            else throw new ArgumentException($"Unexpected argument '{arg}'.");
        }
        if (name is not null) result._values[name] = "true";
        return result;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public string Required(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required.");

    public int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    /// <summary>Durations as <c>20s</c>, <c>500ms</c>, <c>2m</c> or plain seconds.</summary>
    public TimeSpan Duration(string name, TimeSpan fallback)
    {
        if (Get(name) is not { } v) return fallback;
        if (v.EndsWith("ms", StringComparison.Ordinal)) return TimeSpan.FromMilliseconds(double.Parse(v[..^2], CultureInfo.InvariantCulture));
        if (v.EndsWith('s')) return TimeSpan.FromSeconds(double.Parse(v[..^1], CultureInfo.InvariantCulture));
        if (v.EndsWith('m')) return TimeSpan.FromMinutes(double.Parse(v[..^1], CultureInfo.InvariantCulture));
        return TimeSpan.FromSeconds(double.Parse(v, CultureInfo.InvariantCulture));
    }

    public static int Usage()
    {
        Console.Error.WriteLine("""
            Ocop.Bench commands:
              datagen --db PATH | --pg CONNECTION [--products 10000] [--producers 800] [--seed 2026] [--events 0]
              trace-data --db PATH | --pg CONNECTION [--events 1000000] [--lots-per-product 10]   (adds lots and events to a catalogue)
              load --url BASE [--scenario trivial,product,product-api,search,home,resolver,trace,resolver-wide,trace-wide] [--concurrency 32]
                   [--duration 20s] [--warmup 5s] [--out results.json] [--pid SERVER_PID]
              weigh --url BASE [--path /]
              match-bench --db PATH [--demands 10000] [--offers 50000] [--producers 1500] [--samples 200]
              run-all [--products 10000] [--producers 800] [--app PUBLISHED_DIR] [--scenario …]
                   [--concurrency 32] [--duration 20s] [--warmup 5s] [--out results.json] [--keep]
              orders [--engine sqlite|postgres] [--pg ADMIN_CONNECTION_STRING] [--products 2000] [--producers 200]
                   [--app PUBLISHED_DIR] [--concurrency 32] [--duration 20s] [--warmup 45s] [--pool 8] [--keep-db]
                   [--app-env "KEY=VALUE;…"]
              feed-bench [--connections 5000] [--orders 20] [--sources 1] [--products 200] [--producers 20] [--app PUBLISHED_DIR] [--keep]
                   (raise the descriptor limit first: ulimit -n 65536, or as far as `ulimit -Hn` allows; it needs ≥ 2·connections + 1000)
            """);
        return 1;
    }
}
