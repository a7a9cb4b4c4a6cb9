namespace Ocop.Features.Traceability;

public enum LocationKind { Farm = 1, Workshop = 2, Warehouse = 3 }

/// <summary>
/// A place of a producer where events happen: a farm (vùng trồng), a workshop (xưởng) or a warehouse
/// (kho). Its identifier is a GS1 Digital Link: <c>/414/{GLN}</c> when the producer has its own GLN,
/// otherwise a platform-local one, <c>/414/{platform GLN}/254/{code}</c>, an extension under the
/// platform's GLN. <see cref="Key"/> is that path, the form events are indexed by.
/// </summary>
public sealed class TraceLocation
{
    public int Id { get; set; }
    public int ProducerId { get; set; }
    public LocationKind Kind { get; set; }
    public required string Name { get; set; }
    public required string CommuneCode { get; set; }
    public required string ProvinceCode { get; set; }
    public string? Gln { get; set; }
    /// <summary>The Digital Link URI on id.gs1.org, as written in events.</summary>
    public required string Uri { get; set; }
    /// <summary>The identifier's path (<c>/414/…[/254/…]</c>), unique.</summary>
    public required string Key { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class TraceLocationConfiguration : IEntityTypeConfiguration<TraceLocation>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<TraceLocation> b)
    {
        b.ToTable("trace_locations");
        b.Property(l => l.Name).HasMaxLength(200);
        b.Property(l => l.CommuneCode).HasMaxLength(5);
        b.Property(l => l.ProvinceCode).HasMaxLength(2);
        b.Property(l => l.Gln).HasMaxLength(13);
        b.Property(l => l.Uri).HasMaxLength(200);
        b.Property(l => l.Key).HasMaxLength(120);
        b.HasIndex(l => l.Key).IsUnique();
        b.HasIndex(l => l.ProducerId);
        b.HasOne<Producers.Producer>().WithMany().HasForeignKey(l => l.ProducerId).OnDelete(DeleteBehavior.Restrict);
    }
}
