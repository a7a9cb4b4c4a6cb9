namespace Ocop.Infrastructure;

/// <summary>
/// Vietnam's time zone. Times are stored as UTC <see cref="DateTime"/> (both engines order and
/// compare them natively) and shown in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
/// </summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    private static TimeZoneInfo FindZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT"); }
    }

    public static System.DateTime ToLocal(System.DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));
    public static string Date(System.DateTime utc) => Formats.Date(utc);
    public static string DateTime(System.DateTime utc) => Formats.DateTime(utc);
    public static System.DateTime UtcNow(this TimeProvider clock) => clock.GetUtcNow().UtcDateTime;
}
