using System.Net;

namespace Ocop.Bench;

/// <summary>The HTTP client of the bench: one pooled handler, enough connections for every worker, loopback only.</summary>
public static class HttpClients
{
    public static HttpClient Create(Uri baseUri, int concurrency, bool decompress = false)
    {
        if (!IsLoopback(baseUri))
            throw new ArgumentException($"{baseUri} is not a loopback address; the bench only targets 127.0.0.1, ::1 or localhost.");
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(concurrency, 1) * 2,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            AutomaticDecompression = decompress ? DecompressionMethods.All : DecompressionMethods.None,
            AllowAutoRedirect = false,
            UseCookies = false,
        };
        return new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
