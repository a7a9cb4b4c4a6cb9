namespace Ocop.Features.Commerce;

/// <summary>Commerce's tables on the shared <see cref="OcopDb"/>; the mappings are found by assembly scan.</summary>
public static class CommerceSets
{
    extension(OcopDb db)
    {
        public DbSet<Order> Orders => db.Set<Order>();
        public DbSet<OrderLine> OrderLines => db.Set<OrderLine>();
        public DbSet<PaymentNotification> PaymentNotifications => db.Set<PaymentNotification>();
        public DbSet<Refund> Refunds => db.Set<Refund>();
        public DbSet<IdempotencyRecord> IdempotencyKeys => db.Set<IdempotencyRecord>();
        public DbSet<Carrier> Carriers => db.Set<Carrier>();
        public DbSet<ShippingRate> ShippingRates => db.Set<ShippingRate>();
        public DbSet<Review> Reviews => db.Set<Review>();
        public DbSet<GiftCombo> GiftCombos => db.Set<GiftCombo>();
    }
}
