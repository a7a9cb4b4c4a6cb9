using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using System.Threading.Channels;
using Ocop.Features.Commerce;
using Ocop.Features.Geography;
using Ocop.Infrastructure.Events;

namespace Ocop.Features.Livestream;

/// <summary>One Server-Sent Events message, encoded once and written to every viewer as is.</summary>
public sealed record LiveFrame(long? Id, string Event, byte[] Bytes)
{
    public static readonly LiveFrame Heartbeat = new(null, "", Encoding.UTF8.GetBytes(": ping\n\n"));

    public static LiveFrame Of(long? id, string eventName, string json) =>
        new(id, eventName, Encoding.UTF8.GetBytes((id is null ? "" : $"id: {id}\n") + $"event: {eventName}\ndata: {json}\n\n"));
}

/// <summary>A connected viewer: frames to write, and the frames it missed since its Last-Event-ID.</summary>
public sealed class LiveViewerConnection(int sessionId, ChannelReader<LiveFrame> frames, IReadOnlyList<LiveFrame> missed)
{
    public int SessionId { get; } = sessionId;
    public ChannelReader<LiveFrame> Frames { get; } = frames;
    public IReadOnlyList<LiveFrame> Missed { get; } = missed;
}

/// <summary>
/// This node's side of the live feeds. It hears the bus (feed events of any node, orders placed
/// anywhere) and fans each frame out to the viewers connected here; it keeps the last
/// <see cref="RingSize"/> frames of each session so a reconnecting viewer resumes after its
/// Last-Event-ID; and it counts viewers: connections here, every node's share (from
/// <see cref="ViewerPresence"/>) and viewer keys not yet written to the database.
/// </summary>
public sealed class LiveFeed : IDisposable
{
    public const int RingSize = 256;
    private const int ViewerBuffer = 64;
    private static readonly TimeSpan PresenceTtl = TimeSpan.FromSeconds(8);
    private readonly ConcurrentDictionary<int, SessionFeed> _sessions = new();
    private readonly GeographyDirectory _geo;
    private readonly TimeProvider _clock;
    private readonly IDisposable[] _subscriptions;

    public LiveFeed(IEventBus bus, InProcessEventBus node, GeographyDirectory geo, TimeProvider clock)
    {
        _geo = geo;
        _clock = clock;
        Node = node.Node;
        _subscriptions =
        [
            bus.Subscribe<LiveNews>(n => Feed(n.SessionId).Append(LiveFrame.Of(n.Id, n.Event, n.Data))),
            bus.Subscribe<OrderPlaced>(OnOrder),
            bus.Subscribe<ViewerPresence>(p => Feed(p.SessionId).Presence[p.Node] = (p.Viewers, _clock.UtcNow())),
        ];
    }

    public string Node { get; }

    private SessionFeed Feed(int sessionId) => _sessions.GetOrAdd(sessionId, _ => new SessionFeed());

    /// <summary>Sessions with viewers on this node now.</summary>
    public IEnumerable<int> WatchedSessions => _sessions.Where(s => s.Value.Connections > 0).Select(s => s.Key);

    public LiveViewerConnection Join(int sessionId, string viewerKey, long? lastEventId)
    {
        var feed = Feed(sessionId);
        var channel = Channel.CreateBounded<LiveFrame>(new BoundedChannelOptions(ViewerBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, SingleWriter = false,
        });
        var missed = feed.Join(channel, viewerKey, lastEventId);
        return new LiveViewerConnection(sessionId, channel.Reader, missed);
    }

    public void Leave(LiveViewerConnection viewer)
    {
        if (_sessions.TryGetValue(viewer.SessionId, out var feed)) feed.Leave(viewer.Frames);
    }

    /// <summary>Sends a frame to this node's viewers of the session without keeping it (counters).</summary>
    public void Broadcast(int sessionId, LiveFrame frame) => Feed(sessionId).Send(frame);

    /// <summary>A comment line to every viewer here, so proxies and browsers keep idle connections open.</summary>
    public void Heartbeat()
    {
        foreach (var feed in _sessions.Values) feed.Send(LiveFrame.Heartbeat);
    }

    /// <summary>The opening state of a session's feed as last built, while no feed event has arrived since and it is under 2 s old.</summary>
    public string? CachedState(int sessionId) =>
        _sessions.TryGetValue(sessionId, out var f) && f.State is { } s && _clock.UtcNow() - s.At < TimeSpan.FromSeconds(2) ? s.Json : null;

    public void CacheState(int sessionId, string json) => Feed(sessionId).State = new CachedJson(json, _clock.UtcNow());

    public int LocalViewers(int sessionId) => _sessions.TryGetValue(sessionId, out var f) ? f.Connections : 0;

    /// <summary>Viewers on every node: this node's count plus the other nodes' latest fresh reports.</summary>
    public int AllViewers(int sessionId)
    {
        if (!_sessions.TryGetValue(sessionId, out var feed)) return 0;
        var now = _clock.UtcNow();
        return feed.Connections + feed.Presence.Where(p => p.Key != Node && now - p.Value.At < PresenceTtl).Sum(p => p.Value.Viewers);
    }

    /// <summary>Viewer keys seen here since the last call (to be recorded once per session).</summary>
    public IReadOnlyList<string> TakeNewViewers(int sessionId) => _sessions.TryGetValue(sessionId, out var f) ? f.TakeNewViewers() : [];

    private void OnOrder(OrderPlaced order)
    {
        if (order.LivestreamId is not { } sessionId || order.Lines.Count == 0) return;
        var first = order.Lines[0];
        var province = _geo.Province(order.ProvinceCode)?.Name;
        var text = $"Một khách{(province is null ? "" : " ở " + province)} vừa đặt {first.Quantity} {first.Unit} {first.Name}"
            + (order.Lines.Count + order.MoreLines > 1 ? $" và {order.Lines.Count + order.MoreLines - 1} sản phẩm khác" : "");
        var data = LiveNewsroom.Stamp(new
        {
            text, items = order.Lines.Sum(l => l.Quantity), productId = first.ProductId, dealId = first.DealId, placedAt = order.PlacedAt,
        }, _clock.UtcNow());
        Feed(sessionId).Append(LiveFrame.Of(LiveEventIds.ForOrder(order.PlacedAt, order.Code), "order", data));
    }

    public void Dispose()
    {
        foreach (var s in _subscriptions) s.Dispose();
    }

    private sealed record CachedJson(string Json, DateTime At);

    private sealed class SessionFeed
    {
        public volatile CachedJson? State;
        private readonly Lock _lock = new();
        private readonly LiveFrame[] _ring = new LiveFrame[RingSize];
        private int _next, _count;
        private ImmutableArray<ChannelWriter<LiveFrame>> _viewers = [];
        private readonly Dictionary<ChannelReader<LiveFrame>, ChannelWriter<LiveFrame>> _byReader = [];
        private HashSet<string> _newViewers = [];
        public readonly ConcurrentDictionary<string, (int Viewers, DateTime At)> Presence = new();

        public int Connections => _viewers.Length;

        public IReadOnlyList<LiveFrame> Join(Channel<LiveFrame> channel, string viewerKey, long? lastEventId)
        {
            lock (_lock)
            {
                _viewers = _viewers.Add(channel.Writer);
                _byReader[channel.Reader] = channel.Writer;
                _newViewers.Add(viewerKey);
                if (lastEventId is not { } last) return [];
                var missed = new List<LiveFrame>();
                for (var i = 0; i < _count; i++)
                {
                    var frame = _ring[(_next - _count + i + RingSize) % RingSize];
                    if (frame.Id > last) missed.Add(frame);
                }
                return missed;
            }
        }

        public void Leave(ChannelReader<LiveFrame> reader)
        {
            lock (_lock)
            {
                if (!_byReader.Remove(reader, out var writer)) return;
                _viewers = _viewers.Remove(writer);
                writer.TryComplete();
            }
        }

        public void Append(LiveFrame frame)
        {
            ImmutableArray<ChannelWriter<LiveFrame>> viewers;
            State = null;
            lock (_lock)
            {
                _ring[_next] = frame;
                _next = (_next + 1) % RingSize;
                _count = Math.Min(_count + 1, RingSize);
                viewers = _viewers;
            }
            foreach (var v in viewers) v.TryWrite(frame);
        }

        public void Send(LiveFrame frame)
        {
            foreach (var v in _viewers) v.TryWrite(frame);
        }

        public IReadOnlyList<string> TakeNewViewers()
        {
            lock (_lock)
            {
                if (_newViewers.Count == 0) return [];
                var taken = _newViewers.ToList();
                _newViewers = [];
                return taken;
            }
        }
    }
}
