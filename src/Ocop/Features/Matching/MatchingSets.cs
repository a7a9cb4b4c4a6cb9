namespace Ocop.Features.Matching;

/// <summary>Matching's tables on the shared <see cref="OcopDb"/>; the mappings are found by assembly scan.</summary>
public static class MatchingSets
{
    extension(OcopDb db)
    {
        public DbSet<BuyerOrganisation> BuyerOrganisations => db.Set<BuyerOrganisation>();
        public DbSet<DemandPost> Demands => db.Set<DemandPost>();
        public DbSet<DemandSet> DemandSets => db.Set<DemandSet>();
        public DbSet<SupplyOffer> Offers => db.Set<SupplyOffer>();
        public DbSet<Match> Matches => db.Set<Match>();
        public DbSet<Deal> Deals => db.Set<Deal>();
        public DbSet<DealMessage> DealMessages => db.Set<DealMessage>();
    }
}
