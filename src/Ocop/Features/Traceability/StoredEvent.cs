namespace Ocop.Features.Traceability;

/// <summary>
/// One captured EPCIS 2.0 event: the validated JSON-LD as received (with its eventID and recordTime
/// filled in) plus the columns the standard query parameters filter on. Identifiers of the objects it
/// names are rows of <see cref="StoredEventEpc"/>.
/// </summary>
public sealed class StoredEvent
{
    public long Id { get; set; }
    public required string EventId { get; set; }
    public required string Type { get; set; }
    public DateTime EventTime { get; set; }
    public DateTime RecordTime { get; set; }
    public string? BizStep { get; set; }
    public string? Disposition { get; set; }
    /// <summary>The business location's key (Digital Link path, or the URI as written when it is not a GS1 key).</summary>
    public string? BizLocation { get; set; }
    public int? ProducerId { get; set; }
    /// <summary>How it arrived: capture (API), page (producer pages), order (Commerce hook), demo.</summary>
    public required string Origin { get; set; }
    public required string Json { get; set; }
    /// <summary>The namespace prefixes the capture document's @context declared (JSON object), for extensions.</summary>
    public string? Namespaces { get; set; }
    public List<StoredEventEpc> Epcs { get; set; } = [];
}

/// <summary>What an identifier is to the event: an instance (MATCH_epc) or a class with a quantity (MATCH_epcClass).</summary>
public enum EpcRole { Instance = 1, Class = 2 }

/// <summary>An identifier an event names, as its key (Digital Link path), with the platform lot it denotes if any.</summary>
public sealed class StoredEventEpc
{
    public long Id { get; set; }
    public long StoredEventId { get; set; }
    public required string Key { get; set; }
    public EpcRole Role { get; set; }
    public int? LotId { get; set; }
    /// <summary>True when the lot is consumed by a transformation (an input), so a trace can walk back to it.</summary>
    public bool IsInput { get; set; }
}

internal sealed class StoredEventConfiguration : IEntityTypeConfiguration<StoredEvent>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<StoredEvent> b)
    {
        b.ToTable("epcis_events");
        b.Property(e => e.EventId).HasMaxLength(200);
        b.Property(e => e.Type).HasMaxLength(40);
        b.Property(e => e.BizStep).HasMaxLength(200);
        b.Property(e => e.Disposition).HasMaxLength(200);
        b.Property(e => e.BizLocation).HasMaxLength(200);
        b.Property(e => e.Origin).HasMaxLength(20);
        b.Property(e => e.Namespaces).HasMaxLength(2000);
        b.HasIndex(e => e.EventId).IsUnique();
        b.HasIndex(e => e.EventTime);
        b.HasIndex(e => new { e.BizStep, e.EventTime });
        b.HasIndex(e => new { e.BizLocation, e.EventTime });
        b.HasIndex(e => e.ProducerId);
        b.HasMany(e => e.Epcs).WithOne().HasForeignKey(x => x.StoredEventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredEventEpcConfiguration : IEntityTypeConfiguration<StoredEventEpc>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<StoredEventEpc> b)
    {
        b.ToTable("epcis_event_epcs");
        b.Property(x => x.Key).HasMaxLength(200);
        b.HasIndex(x => new { x.Key, x.Role, x.StoredEventId });
        b.HasIndex(x => new { x.LotId, x.StoredEventId });
        b.HasOne<Lot>().WithMany().HasForeignKey(x => x.LotId).OnDelete(DeleteBehavior.Restrict);
    }
}
