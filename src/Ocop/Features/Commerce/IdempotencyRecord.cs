using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Features.Commerce;

/// <summary>
/// The first answer to a checkout carrying an <c>Idempotency-Key</c>, per buyer or guest session.
/// Written in the checkout's transaction; the unique (scope, key) index makes a concurrent
/// duplicate fail and read this answer instead of placing a second order.
/// </summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }
    public required string Scope { get; set; }
    public required string Key { get; set; }
    public DateTime CreatedAt { get; set; }
    public string Response { get; set; } = "";
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_keys");
        b.Property(r => r.Scope).HasMaxLength(80);
        b.Property(r => r.Key).HasMaxLength(100);
        b.HasIndex(r => new { r.Scope, r.Key }).IsUnique();
    }
}
