namespace Ocop.Features.Livestream;

/// <summary>Livestream's tables on the shared <see cref="OcopDb"/>.</summary>
public static class LivestreamSets
{
    extension(OcopDb db)
    {
        public DbSet<LiveSession> LiveSessions => db.Set<LiveSession>();
        public DbSet<LiveSessionProduct> LiveProducts => db.Set<LiveSessionProduct>();
        public DbSet<LiveSessionHost> LiveHosts => db.Set<LiveSessionHost>();
        public DbSet<LiveViewer> LiveViewers => db.Set<LiveViewer>();
        public DbSet<LiveMinute> LiveMinutes => db.Set<LiveMinute>();
        public DbSet<FlashDeal> FlashDeals => db.Set<FlashDeal>();
        public DbSet<DealClaim> DealClaims => db.Set<DealClaim>();
        public DbSet<LiveConsent> LiveConsents => db.Set<LiveConsent>();
    }
}
