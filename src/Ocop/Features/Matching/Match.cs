using System.Text.Json;

namespace Ocop.Features.Matching;

/// <summary>A kept demand × offer pair: its score and the reasons (JSON), recomputed when either post changes.</summary>
public sealed class Match
{
    public long Id { get; set; }
    public int DemandId { get; set; }
    public int OfferId { get; set; }
    public int Score { get; set; }
    public string ReasonsJson { get; set; } = "[]";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public IReadOnlyList<MatchReason> Reasons => JsonSerializer.Deserialize<List<MatchReason>>(ReasonsJson, Json) ?? [];

    public static string Serialize(IReadOnlyList<MatchReason> reasons) => JsonSerializer.Serialize(reasons, Json);
}

internal sealed class MatchConfiguration : IEntityTypeConfiguration<Match>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Match> b)
    {
        b.ToTable("match_matches");
        b.Property(m => m.ReasonsJson).HasMaxLength(4000);
        b.Ignore(m => m.Reasons);
        b.HasOne<DemandPost>().WithMany().HasForeignKey(m => m.DemandId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<SupplyOffer>().WithMany().HasForeignKey(m => m.OfferId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.DemandId, m.OfferId }).IsUnique();
        b.HasIndex(m => new { m.OfferId, m.Score });
    }
}
