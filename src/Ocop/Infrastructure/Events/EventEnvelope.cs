using System.Text;
using System.Text.Json;

namespace Ocop.Infrastructure.Events;

/// <summary>
/// How an event travels between nodes: the sending node's id (so it ignores its own echo), the
/// event's type name and its JSON. PostgreSQL refuses NOTIFY payloads of 8000 bytes or more.
/// </summary>
public sealed record EventEnvelope(string Node, string Type, JsonElement Data)
{
    public const int MaxBytes = 7999;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize<T>(string node, T @event) where T : class
    {
        var payload = JsonSerializer.Serialize(new EventEnvelope(node, NameOf(typeof(T)), JsonSerializer.SerializeToElement(@event, Json)), Json);
        var bytes = Encoding.UTF8.GetByteCount(payload);
        if (bytes > MaxBytes)
            throw new InvalidOperationException($"Event {typeof(T).Name} is {bytes} bytes; the bus carries at most {MaxBytes} (send an id, not the record).");
        return payload;
    }

    public static EventEnvelope? Parse(string payload)
    {
        try { return JsonSerializer.Deserialize<EventEnvelope>(payload, Json); }
        catch (JsonException) { return null; }
    }

    public object? Read(Type type)
    {
        try { return Data.Deserialize(type, Json); }
        catch (JsonException) { return null; }
    }

    public static string NameOf(Type type) => type.FullName ?? type.Name;
}
