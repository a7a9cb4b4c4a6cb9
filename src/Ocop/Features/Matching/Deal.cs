namespace Ocop.Features.Matching;

/// <summary>
/// contacted → negotiating → agreed → closed; declined from contacted or negotiating. While negotiating, one
/// side proposes terms and the deal is agreed when the other side accepts them.
/// </summary>
public enum DealStatus { Contacted = 0, Negotiating = 1, Agreed = 2, Closed = 3, Declined = 4 }

public enum DealSide { Buyer = 0, Producer = 1 }

/// <summary>
/// A contact between a buyer and a producer on one demand × offer pair, with its conversation and,
/// once agreed, its terms (volume, unit price, period). Agreed and closed deals count in statistics
/// by the producer's province and the offer's product set.
/// </summary>
public sealed class Deal
{
    public int Id { get; set; }
    public int DemandId { get; set; }
    public int OfferId { get; set; }
    public int OrganisationId { get; set; }
    public int ProducerId { get; set; }
    public DealSide OpenedBy { get; set; }
    public DealStatus Status { get; set; }
    public int MatchScore { get; set; }
    public int SetCode { get; set; }
    public required string ProducerProvinceCode { get; set; }
    public required string DeliveryProvinceCode { get; set; }
    public int? AgreedQuantity { get; set; }
    public TradeUnit? AgreedUnit { get; set; }
    public long? AgreedPrice { get; set; }
    public DateOnly? AgreedFrom { get; set; }
    public DateOnly? AgreedTo { get; set; }
    public string? DeclineReason { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? AgreedAt { get; set; }
    /// <summary>
    /// Terms one side has proposed while negotiating; the deal is agreed only when the other side accepts the
    /// same terms (a party alone cannot record a sale that counts in B2B statistics).
    /// </summary>
    public DealSide? ProposedBy { get; set; }
    public int? ProposedQuantity { get; set; }
    public TradeUnit? ProposedUnit { get; set; }
    public long? ProposedPrice { get; set; }
    public DateOnly? ProposedFrom { get; set; }
    public DateOnly? ProposedTo { get; set; }
    public DateTime? ProposedAt { get; set; }
    public List<DealMessage> Messages { get; set; } = [];

    public DealTerms? Proposal => ProposedBy is null ? null : new DealTerms(ProposedQuantity, ProposedUnit, ProposedPrice, ProposedFrom, ProposedTo);

    public static string Label(DealStatus s) => s switch
    {
        DealStatus.Contacted => "Đã liên hệ",
        DealStatus.Negotiating => "Đang thương lượng",
        DealStatus.Agreed => "Đã thoả thuận",
        DealStatus.Closed => "Đã hoàn tất",
        _ => "Đã từ chối",
    };

    /// <summary>The agreed value in đồng (volume × unit price), when agreed.</summary>
    public long? AgreedValue => AgreedQuantity is { } q && AgreedPrice is { } p ? q * p : null;
}

/// <summary>One plain-text message of a deal's conversation.</summary>
public sealed class DealMessage
{
    public long Id { get; set; }
    public int DealId { get; set; }
    public DealSide Side { get; set; }
    public required string SenderId { get; set; }
    public required string SenderName { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Deal> b)
    {
        b.ToTable("match_deals");
        b.Property(d => d.ProducerProvinceCode).HasMaxLength(2);
        b.Property(d => d.DeliveryProvinceCode).HasMaxLength(2);
        b.Property(d => d.DeclineReason).HasMaxLength(1000);
        b.Ignore(d => d.AgreedValue);
        b.Ignore(d => d.Proposal);
        b.HasOne<DemandPost>().WithMany().HasForeignKey(d => d.DemandId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SupplyOffer>().WithMany().HasForeignKey(d => d.OfferId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Messages).WithOne().HasForeignKey(m => m.DealId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.DemandId, d.OfferId }).IsUnique();
        b.HasIndex(d => d.OrganisationId);
        b.HasIndex(d => d.ProducerId);
        b.HasIndex(d => d.Status);
    }
}

internal sealed class DealMessageConfiguration : IEntityTypeConfiguration<DealMessage>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<DealMessage> b)
    {
        b.ToTable("match_deal_messages");
        b.Property(m => m.SenderId).HasMaxLength(64);
        b.Property(m => m.SenderName).HasMaxLength(200);
        b.Property(m => m.Text).HasMaxLength(2000);
        b.HasIndex(m => new { m.DealId, m.Id });
    }
}
