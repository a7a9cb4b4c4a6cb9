using System.Text.Json;
using System.Text.Json.Nodes;
using Ocop.Infrastructure.Events;

namespace Ocop.Features.Livestream;

/// <summary>A feed event of one session on the bus: its SSE id (assigned where it happened), name and JSON data.</summary>
public sealed record LiveNews(int SessionId, long Id, string Event, string Data);

/// <summary>Viewers of a session connected to one node, sent by every node every few seconds.</summary>
public sealed record ViewerPresence(string Node, int SessionId, int Viewers);

/// <summary>
/// Feed event ids: Unix milliseconds × 1000 + a counter, increasing on each node and roughly
/// ordered across nodes, so a viewer that reconnects (to any node) resumes after its Last-Event-ID.
/// </summary>
public static class LiveEventIds
{
    private static long _last;

    public static long Next(DateTime utc)
    {
        var candidate = new DateTimeOffset(utc).ToUnixTimeMilliseconds() * 1000;
        while (true)
        {
            var last = Interlocked.Read(ref _last);
            var next = Math.Max(candidate, last + 1);
            if (Interlocked.CompareExchange(ref _last, next, last) == last) return next;
        }
    }

    /// <summary>The id of an order's news, the same on every node that hears of it.</summary>
    public static long ForOrder(DateTime placedAt, string code)
    {
        uint hash = 2166136261; // FNV-1a: string.GetHashCode differs between processes
        foreach (var c in code) hash = (hash ^ c) * 16777619;
        return new DateTimeOffset(placedAt).ToUnixTimeMilliseconds() * 1000 + hash % 1000;
    }
}

/// <summary>Publishes a session's feed events on the bus, with the server's time in every payload (countdowns follow it).</summary>
public sealed class LiveNewsroom(IEventBus bus, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task PublishAsync(int sessionId, string eventName, object data, CancellationToken ct = default)
    {
        var now = clock.UtcNow();
        return bus.PublishAsync(new LiveNews(sessionId, LiveEventIds.Next(now), eventName, Stamp(data, now)), ct);
    }

    public static string Stamp(object data, DateTime now)
    {
        var node = JsonSerializer.SerializeToNode(data, Json) as JsonObject ?? [];
        node["serverTime"] = now;
        return node.ToJsonString(Json);
    }
}
