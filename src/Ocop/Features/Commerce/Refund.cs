using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Features.Commerce;

public enum RefundState { Owed = 1, Settled = 2 }

/// <summary>How the producer paid a refund back.</summary>
public enum RefundMethod { BankTransfer = 1, Cash = 2 }

/// <summary>
/// Money a producer owes a buyer: written in the same transaction that cancels or returns an order on
/// which something was paid (the whole amount received, also the part of a part-paid order that
/// expired). The producer settles it with the method and the bank reference; the buyer sees it on the
/// order. One refund per order (unique), so a cancellation cannot owe twice.
/// </summary>
public sealed class Refund
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public int ProducerId { get; set; }
    public long Amount { get; set; }
    public required string Reason { get; set; }
    public RefundState State { get; set; } = RefundState.Owed;
    public DateTime CreatedAt { get; set; }
    public RefundMethod? Method { get; set; }
    public string? Reference { get; set; }
    public DateTime? SettledAt { get; set; }
    public string? SettledBy { get; set; }

    public AppError? Settle(RefundMethod method, string? reference, string? by, DateTime now)
    {
        if (State != RefundState.Owed) return AppError.Conflict("Khoản hoàn tiền này đã được ghi nhận là đã trả.");
        State = RefundState.Settled;
        Method = method;
        Reference = reference;
        SettledBy = by;
        SettledAt = now;
        return null;
    }
}

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> b)
    {
        b.ToTable("refunds");
        b.Property(r => r.Reason).HasMaxLength(500);
        b.Property(r => r.Reference).HasMaxLength(60);
        b.Property(r => r.SettledBy).HasMaxLength(64);
        b.Property(r => r.State).IsConcurrencyToken();
        b.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => r.OrderId).IsUnique();
        b.HasIndex(r => new { r.ProducerId, r.State });
    }
}
