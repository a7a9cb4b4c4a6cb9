using System.Text.Json;

namespace Ocop.Features.Identity;

/// <summary>One state change: who, when, what, before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Reason { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_log");
        b.Property(a => a.ActorId).HasMaxLength(64);
        b.Property(a => a.ActorName).HasMaxLength(200);
        b.Property(a => a.Action).HasMaxLength(80);
        b.Property(a => a.EntityType).HasMaxLength(60);
        b.Property(a => a.EntityId).HasMaxLength(64);
        b.Property(a => a.Reason).HasMaxLength(1000);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
        b.HasIndex(a => a.At);
    }
}

/// <summary>
/// Writes audit entries into the same unit of work as the change they describe, so that a change
/// and its audit line are saved together or not at all.
/// </summary>
public sealed class AuditLog(OcopDb db, CurrentUser user, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Record(string action, string entityType, object entityId, object? before = null, object? after = null, string? reason = null, string? actorName = null) =>
        db.AuditLog.Add(Entry(action, entityType, entityId, before, after, reason, actorName));

    /// <summary>The entry <see cref="Record"/> would add, for a caller that writes it in its own batch (checkout).</summary>
    public AuditEntry Entry(string action, string entityType, object entityId, object? before = null, object? after = null, string? reason = null, string? actorName = null) =>
        new()
        {
            At = clock.UtcNow(),
            ActorId = user.Id,
            ActorName = actorName ?? (user.IsAuthenticated ? user.Name : "hệ thống"),
            Action = action,
            EntityType = entityType,
            EntityId = entityId.ToString()!,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
            Reason = reason,
        };

    public Task<List<AuditEntry>> HistoryAsync(string entityType, string entityId, CancellationToken ct = default) =>
        db.AuditLog.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityId == entityId)
            .OrderBy(a => a.Id).ToListAsync(ct);
}
