using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;

namespace Ocop.Features.Livestream;

/// <summary>
/// <c>GET /api/v1/livestreams/{id}/events</c>: a Server-Sent Events stream. It opens with
/// <c>retry</c> and a <c>state</c> event (status, pinned card, open deals, server time), then
/// replays what the viewer missed after its <c>Last-Event-ID</c> (header, or <c>?lastEventId=</c>)
/// while still in the session's ring buffer, then streams live frames until the viewer leaves.
/// </summary>
public static class LiveEvents
{
    private static readonly byte[] Retry = Encoding.UTF8.GetBytes("retry: 3000\n\n");

    public static async Task StreamAsync(int id, HttpContext http, LiveFeed feed, LiveQueries queries, CurrentUser me, GuestSession guest,
        IHostApplicationLifetime lifetime, [FromHeader(Name = "Last-Event-ID")] string? lastEventId, CancellationToken ct)
    {
        var state = feed.CachedState(id);
        if (state is null)
        {
            state = await queries.StateJsonAsync(id, ct);
            if (state is null)
            {
                await LiveAccess.NotFound(id).ToProblem().ExecuteAsync(http);
                return;
            }
            feed.CacheState(id, state);
        }
        var viewerKey = me.IsAuthenticated && me.Id is not null ? "u:" + me.Id : "g:" + guest.Ensure();
        var response = http.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-transform";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var last = long.TryParse(lastEventId ?? http.Request.Query["lastEventId"], out var parsed) ? parsed : (long?)null;

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, lifetime.ApplicationStopping);
        var viewer = feed.Join(id, viewerKey, last);
        try
        {
            var body = response.Body;
            await body.WriteAsync(Retry, stop.Token);
            await body.WriteAsync(LiveFrame.Of(null, "state", state).Bytes, stop.Token);
            foreach (var frame in viewer.Missed) await body.WriteAsync(frame.Bytes, stop.Token);
            await body.FlushAsync(stop.Token);
            while (await viewer.Frames.WaitToReadAsync(stop.Token))
            {
                while (viewer.Frames.TryRead(out var frame)) await body.WriteAsync(frame.Bytes, stop.Token);
                await body.FlushAsync(stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The viewer left or the node is stopping; the browser reconnects with its Last-Event-ID.
        }
        finally
        {
            feed.Leave(viewer);
        }
    }
}
