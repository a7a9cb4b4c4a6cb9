using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Features.Commerce;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.ToTable("orders");
        // PostgreSQL: each nextval reserves a block of ids for OrderNumbers (migration 0005).
        b.Property(o => o.Id).HasIdentityOptions(incrementBy: OrderNumbers.PostgresBlock);
        b.Property(o => o.Code).HasMaxLength(20);
        b.HasIndex(o => o.Code).IsUnique();
        b.Property(o => o.ProducerName).HasMaxLength(200);
        b.Property(o => o.BuyerId).HasMaxLength(64);
        b.Property(o => o.GuestSession).HasMaxLength(64);
        b.Property(o => o.LookupToken).HasMaxLength(64);
        b.Property(o => o.Status).IsConcurrencyToken();
        // Two part payments can both find the order PartiallyPaid; the amount makes the second save fail instead of overwriting the first.
        b.Property(o => o.AmountPaid).IsConcurrencyToken();
        b.Property(o => o.RecipientName).HasMaxLength(120);
        b.Property(o => o.Phone).HasMaxLength(20);
        b.Property(o => o.AddressLine).HasMaxLength(300);
        b.Property(o => o.CommuneCode).HasMaxLength(5);
        b.Property(o => o.ProvinceCode).HasMaxLength(2);
        b.Property(o => o.Note).HasMaxLength(500);
        b.Property(o => o.CarrierCode).HasMaxLength(20);
        b.Property(o => o.TrackingNumber).HasMaxLength(60);
        b.Property(o => o.CancelReason).HasMaxLength(500);
        b.Property(o => o.PayeeBankBin).HasMaxLength(6);
        b.Property(o => o.PayeeAccountNumber).HasMaxLength(19);
        b.Property(o => o.PayeeAccountName).HasMaxLength(100);
        b.Ignore(o => o.Remaining);
        b.Ignore(o => o.IsPayable);
        b.HasOne<Producers.Producer>().WithMany().HasForeignKey(o => o.ProducerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        // Indexes on a column most new orders leave empty cover only the rows that have it (migration 0007):
        // every index is one more write per order placed, and these are looked up only by a value.
        b.HasIndex(o => new { o.BuyerId, o.PlacedAt }).HasFilter("\"BuyerId\" IS NOT NULL");
        b.HasIndex(o => o.GuestSession).HasFilter("\"GuestSession\" IS NOT NULL");
        b.HasIndex(o => new { o.ProducerId, o.Status });
        b.HasIndex(o => new { o.Status, o.PaymentDeadline });
        b.HasIndex(o => new { o.CarrierCode, o.TrackingNumber }).HasFilter("\"TrackingNumber\" IS NOT NULL");
        b.HasIndex(o => o.CheckoutId);
        b.HasIndex(o => new { o.LivestreamId, o.PlacedAt }).HasFilter("\"LivestreamId\" IS NOT NULL");
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> b)
    {
        b.ToTable("order_lines");
        b.Property(l => l.ProductName).HasMaxLength(200);
        b.Property(l => l.Unit).HasMaxLength(30);
        b.Property(l => l.DealId).HasMaxLength(64);
        b.Ignore(l => l.Total);
        b.HasOne<Catalog.Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => l.ProductId);
        b.HasIndex(l => l.LotId).HasFilter("\"LotId\" IS NOT NULL"); // set when the seller packs from a lot
    }
}
