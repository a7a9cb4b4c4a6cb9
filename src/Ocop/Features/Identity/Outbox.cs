namespace Ocop.Features.Identity;

/// <summary>
/// A message to a person (e-mail, SMS) written in the same transaction as the change that causes
/// it. Delivery is a separate concern: with no mail server configured, messages stay here and an
/// operator reads them with <c>ocop outbox</c>; a deployment plugs a sender in.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string Channel { get; set; }
    public required string Recipient { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox");
        b.Property(m => m.Channel).HasMaxLength(20);
        b.Property(m => m.Recipient).HasMaxLength(256);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.HasIndex(m => m.SentAt);
    }
}
