using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Features.Commerce;

public enum PaymentNotificationState { Applied = 1, Unmatched = 2, Assigned = 3, Dismissed = 4 }

/// <summary>
/// A bank transfer reported by a provider (SePay, Casso) or confirmed by hand by a producer. The
/// pair (provider, transaction id) is unique, so a delivery retried by the provider is stored and
/// applied once. A transfer whose memo names no payable order waits in the unmatched queue.
/// </summary>
public sealed class PaymentNotification
{
    public long Id { get; set; }
    public required string Provider { get; set; }
    public required string TransactionId { get; set; }
    public long Amount { get; set; }
    public string Content { get; set; } = "";
    public string? AccountNumber { get; set; }
    public DateTime ReceivedAt { get; set; }
    public PaymentNotificationState State { get; set; }
    public int? OrderId { get; set; }
    public int? ProducerId { get; set; }
    public string? Note { get; set; }
    public string? ResolvedBy { get; set; }
    public DateTime? ResolvedAt { get; set; }
}

internal sealed class PaymentNotificationConfiguration : IEntityTypeConfiguration<PaymentNotification>
{
    public void Configure(EntityTypeBuilder<PaymentNotification> b)
    {
        b.ToTable("payment_notifications");
        b.Property(p => p.Provider).HasMaxLength(20);
        b.Property(p => p.TransactionId).HasMaxLength(64);
        b.Property(p => p.Content).HasMaxLength(500);
        b.Property(p => p.AccountNumber).HasMaxLength(40);
        b.Property(p => p.Note).HasMaxLength(500);
        b.Property(p => p.ResolvedBy).HasMaxLength(64);
        b.Property(p => p.State).IsConcurrencyToken();
        b.HasIndex(p => new { p.Provider, p.TransactionId }).IsUnique();
        b.HasIndex(p => new { p.State, p.ProducerId });
        b.HasIndex(p => p.OrderId);
    }
}
