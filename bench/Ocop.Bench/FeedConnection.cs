using System.Diagnostics;
using System.Text;

namespace Ocop.Bench;

/// <summary>
/// One viewer of the live feed: a GET of <c>/api/v1/livestreams/{id}/events</c> read as Server-Sent
/// Events. It notes when the opening <c>state</c> event arrived (connected) and the
/// <see cref="Stopwatch"/> timestamp of each <c>order</c> event, by order of arrival.
/// </summary>
public sealed class FeedConnection(int orders)
{
    private static readonly byte[] EventPrefix = Encoding.ASCII.GetBytes("event: ");
    private readonly long[] _orderArrivals = new long[orders];
    private int _ordersSeen;

    public bool Connected { get; private set; }
    public string? Error { get; private set; }
    public int OrdersSeen => Volatile.Read(ref _ordersSeen);

    /// <summary>When the k-th order event arrived, or 0 when it did not.</summary>
    public long OrderArrival(int k) => k < OrdersSeen ? _orderArrivals[k] : 0;

    /// <summary>Opens the stream (headers read while <paramref name="opening"/> is held) and reads it until cancelled.</summary>
    public async Task RunAsync(HttpClient client, string path, SemaphoreSlim opening, Action<FeedConnection> connected, CancellationToken ct)
    {
        Stream body;
        await opening.WaitAsync(ct);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Accept.ParseAdd("text/event-stream");
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                Error = $"HTTP {(int)response.StatusCode}";
                response.Dispose();
                return;
            }
            body = await response.Content.ReadAsStreamAsync(ct);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            Error = e.GetBaseException().Message;
            return;
        }
        finally
        {
            opening.Release();
        }

        await using (body)
        {
            try
            {
                await ReadAsync(body, connected, ct);
            }
            catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException)
            {
                if (!ct.IsCancellationRequested) Error = "stream closed: " + e.GetBaseException().Message;
            }
        }
    }

    private async Task ReadAsync(Stream body, Action<FeedConnection> connected, CancellationToken ct)
    {
        var buffer = new byte[4096];
        var line = new List<byte>(256);
        string? eventName = null;
        while (true)
        {
            var read = await body.ReadAsync(buffer, ct);
            if (read == 0)
            {
                if (!ct.IsCancellationRequested) Error = "stream ended by the server";
                return;
            }
            var now = Stopwatch.GetTimestamp();
            for (var i = 0; i < read; i++)
            {
                var b = buffer[i];
                if (b != (byte)'\n')
                {
                    line.Add(b);
                    continue;
                }
                if (line.Count == 0)
                {
                    Dispatch(eventName, now, connected);
                    eventName = null;
                }
                else if (StartsWith(line, EventPrefix)) eventName = Encoding.ASCII.GetString(line.ToArray(), EventPrefix.Length, line.Count - EventPrefix.Length);
                line.Clear();
            }
        }
    }

    private void Dispatch(string? eventName, long now, Action<FeedConnection> connected)
    {
        if (eventName == "state" && !Connected)
        {
            Connected = true;
            connected(this);
        }
        else if (eventName == "order" && _ordersSeen < _orderArrivals.Length)
        {
            _orderArrivals[_ordersSeen] = now;
            Volatile.Write(ref _ordersSeen, _ordersSeen + 1);
        }
    }

    private static bool StartsWith(List<byte> line, byte[] prefix)
    {
        if (line.Count < prefix.Length) return false;
        for (var i = 0; i < prefix.Length; i++)
            if (line[i] != prefix[i]) return false;
        return true;
    }
}
