namespace Ocop.Bench;

/// <summary>A request mix: <see cref="NextPath"/> draws the next path with the worker's own random source.</summary>
public sealed record Scenario(string Name, string Description, Func<Random, string> NextPath)
{
    /// <summary>Set when the scenario cannot run against this server (e.g. the page does not exist yet).</summary>
    public string? Unavailable { get; init; }

    public static Scenario NotAvailable(string name, string description, string reason) =>
        new(name, description, _ => "/") { Unavailable = reason };
}
