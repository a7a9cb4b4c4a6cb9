namespace Ocop.Features.Traceability;

/// <summary>Traceability's tables on the shared <see cref="OcopDb"/>; the mappings are found by assembly scan.</summary>
public static class TraceabilitySets
{
    extension(OcopDb db)
    {
        public DbSet<TraceLocation> TraceLocations => db.Set<TraceLocation>();
        public DbSet<Lot> Lots => db.Set<Lot>();
        public DbSet<StoredEvent> EpcisEvents => db.Set<StoredEvent>();
        public DbSet<StoredEventEpc> EpcisEventEpcs => db.Set<StoredEventEpc>();
    }
}
