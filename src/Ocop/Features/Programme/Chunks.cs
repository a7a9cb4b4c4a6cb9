namespace Ocop.Features.Programme;

/// <summary>
/// Runs an "IN (list)" query in slices: EF expands a list into one SQL parameter per value, and SQLite
/// refuses more than 32,766 of them, while a national funnel may involve tens of thousands of phones.
/// </summary>
internal static class Chunks
{
    public const int Size = 1000;

    public static async Task<List<T>> QueryAsync<TKey, T>(IReadOnlyCollection<TKey> keys, Func<List<TKey>, Task<List<T>>> query)
    {
        var result = new List<T>();
        foreach (var slice in keys.Chunk(Size)) result.AddRange(await query([.. slice]));
        return result;
    }
}
