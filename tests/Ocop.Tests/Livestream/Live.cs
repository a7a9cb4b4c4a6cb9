using System.Text.Json;
using System.Threading.Channels;
using Ocop.Features.Identity;
using Ocop.Features.Livestream;
using Ocop.Tests.Commerce;

namespace Ocop.Tests.Livestream;

public sealed record LiveSetup(HttpClient Host, int SessionId, int ProductId, int ProducerId, HttpClient Owner);

public sealed record SseEvent(string? Id, string Name, JsonElement Data);

/// <summary>Intent methods for livestream scenarios: a live session with a product, deals, buying, reading the feed.</summary>
public static class Live
{
    /// <summary>
    /// A verified producer's product (stock, price) in the bag of a session that a new livestream host has started;
    /// the producer has consented to livestream sales with a floor of half the price.
    /// </summary>
    public static async Task<LiveSetup> LiveSessionAsync(this OcopApp app, int stock = 1000, long price = 100_000, bool start = true)
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var product = await owner.ListProductAsync(app, price: price, stock: stock, name: app.Unique("Nhãn Sông Mã "));
        await owner.ConsentAsync(product, price / 2);
        var host = await app.LoginAsNewAsync(Roles.Livestream, "14");
        var created = await (await host.PostAsJsonAsync("/api/v1/livestreams", new
        {
            title = "Chợ phiên OCOP – Sơn La", organiser = "Tỉnh đoàn Sơn La", hostNames = "Lò Thị Test", streamUrl = "https://www.youtube.com/watch?v=abcdefghijk",
            scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5), plannedMinutes = 120, productIds = new[] { product },
        })).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        if (start) await (await host.PostAsync($"/api/v1/livestreams/{id}/start", null)).JsonAsync();
        return new LiveSetup(host, id, product, producer.Id, owner);
    }

    /// <summary>The producer (or an officer of its province) consents to livestream sales of the product with this deal floor.</summary>
    public static async Task ConsentAsync(this HttpClient producer, int productId, long floor) =>
        await (await producer.PutAsJsonAsync($"/api/v1/products/{productId}/livestream-consent", new { floorPrice = floor })).JsonAsync();

    public static object Deal(int productId, long price = 80_000, int quota = 100, int perBuyer = 2, int countdown = 10, int duration = 5, bool start = true) =>
        new { productId, dealPrice = price, quota, perBuyerLimit = perBuyer, countdownSeconds = countdown, durationMinutes = duration, start };

    /// <summary>Starts a deal and skips its countdown (the tests' fast-forward), returning its id.</summary>
    public static async Task<string> OpenDealAsync(this OcopApp app, LiveSetup live, int quota = 100, int perBuyer = 2, long price = 80_000)
    {
        var deal = await (await live.Host.PostAsJsonAsync($"/api/v1/livestreams/{live.SessionId}/deals", Deal(live.ProductId, price, quota, perBuyer)))
            .JsonAsync(HttpStatusCode.Created);
        var dealId = deal.GetProperty("dealId").GetString()!;
        await app.SkipCountdownAsync(dealId);
        return dealId;
    }

    public static Task SkipCountdownAsync(this OcopApp app, string dealId)
    {
        var id = FlashDeal.IdOf(dealId);
        return app.WithDb(db => db.Set<FlashDeal>().Where(d => d.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.StartsAt, DateTime.UtcNow.AddSeconds(-1))));
    }

    /// <summary>An order from the session; each to a phone of its own unless one is given (a deal's allowance holds per phone too).</summary>
    public static object Order(LiveSetup live, string? dealId, int quantity = 1, string payment = "cod", string? phone = null) => new
    {
        items = new[] { new { productId = live.ProductId, quantity, dealId } }, shipping = Shop.Shipping(phone: phone ?? Shop.NewPhone()), paymentMethod = payment,
        livestreamId = live.SessionId,
    };

    /// <summary>Waits until the feed job has closed the deal (time or quota gone).</summary>
    public static async Task<FlashDeal> EndedDealAsync(this OcopApp app, string dealId)
    {
        for (var i = 0; i < 50; i++)
        {
            var deal = await app.DealAsync(dealId);
            if (deal.State == DealState.Ended) return deal;
            await Task.Delay(200);
        }
        throw new TimeoutException($"Deal {dealId} was not closed.");
    }

    public static Task<FlashDeal> DealAsync(this OcopApp app, string dealId)
    {
        var id = FlashDeal.IdOf(dealId);
        return app.WithDb(db => db.Set<FlashDeal>().AsNoTracking().SingleAsync(d => d.Id == id));
    }

    /// <summary>Opens the session's SSE feed and reads its events into a channel until disposed.</summary>
    public static async Task<LiveFeedReader> OpenFeedAsync(this HttpClient client, int sessionId, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/livestreams/{sessionId}/events");
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new LiveFeedReader(response);
    }
}

public sealed class LiveFeedReader : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<SseEvent> _events = Channel.CreateUnbounded<SseEvent>();
    private readonly Task _pump;

    public LiveFeedReader(HttpResponseMessage response)
    {
        _response = response;
        _pump = Task.Run(PumpAsync);
    }

    private async Task PumpAsync()
    {
        try
        {
            using var reader = new StreamReader(await _response.Content.ReadAsStreamAsync(_stop.Token));
            string? id = null, name = null, data = null;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (name is not null && data is not null) await _events.Writer.WriteAsync(new SseEvent(id, name, JsonDocument.Parse(data).RootElement.Clone()));
                    id = name = data = null;
                }
                else if (line.StartsWith("id: ", StringComparison.Ordinal)) id = line[4..];
                else if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException) { }
        finally { _events.Writer.TryComplete(); }
    }

    private readonly List<SseEvent> _skipped = [];

    /// <summary>The next event with this name, within the timeout; events of other names are kept for later calls.</summary>
    public async Task<SseEvent> NextAsync(string name, int seconds = 10)
    {
        if (_skipped.FirstOrDefault(e => e.Name == name) is { } earlier)
        {
            _skipped.Remove(earlier);
            return earlier;
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            while (true)
            {
                var e = await _events.Reader.ReadAsync(timeout.Token);
                if (e.Name == name) return e;
                _skipped.Add(e);
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No '{name}' event within {seconds} s.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        await _pump.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        _stop.Dispose();
    }
}
