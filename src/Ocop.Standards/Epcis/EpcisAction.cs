using System.Text.Json.Serialization;

namespace Ocop.Standards.Epcis;

/// <summary>What an event does to the objects it names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EpcisAction>))]
public enum EpcisAction
{
    /// <summary>The objects come into being or join the parent.</summary>
    [JsonStringEnumMemberName("ADD")] Add,

    /// <summary>The objects were seen; nothing about them changed.</summary>
    [JsonStringEnumMemberName("OBSERVE")] Observe,

    /// <summary>The objects cease to exist or leave the parent.</summary>
    [JsonStringEnumMemberName("DELETE")] Delete,
}
