namespace Ocop.Features.Matching;

public sealed record SetRef(int Code, string Name);
public sealed record PlaceRef(string Code, string Name);
public sealed record ContactDto(string Name, string Phone, string? Email, string? Address);

public sealed record DemandSummary(
    int Id, string Title, string Organisation, IReadOnlyList<SetRef> Sets, int Quantity, TradeUnit Unit, Frequency Frequency,
    PlaceRef DeliveryProvince, DateOnly NeededBy, long? PriceMin, long? PriceMax, int MinStars, IReadOnlyList<StandardMark> Standards,
    DateOnly ValidUntil, PostStatus Status);

public sealed record DemandDetail(DemandSummary Demand, string Need, bool ContactVisible, ContactDto? Contact);

public sealed record OfferSummary(
    int Id, string Title, int ProducerId, string Producer, string ProducerSlug, int? ProductId, SetRef Set, int Capacity, TradeUnit Unit,
    Frequency Period, int MinOrder, IReadOnlyList<PriceTier> PriceTiers, int? SeasonFrom, int? SeasonTo, DeliveryDistance Reach,
    IReadOnlyList<StandardMark> Standards, PlaceRef Province, int? Stars, DateOnly ValidUntil, PostStatus Status);

public sealed record OfferDetail(OfferSummary Offer, string? Description, bool ContactVisible, ContactDto? Contact);

public sealed record BoardPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public sealed record BoardFilter(string? Q, int? Set, int? Group, string? Province, StandardMark? Standard, int Page = 1, int PageSize = 20);

public sealed record MatchDto(long Id, int Score, bool Strong, IReadOnlyList<MatchReason> Reasons, DemandSummary Demand, OfferSummary Offer,
    int? DealId, DealStatus? DealStatus);

public sealed record DealMessageDto(long Id, DealSide Side, string SenderName, string Text, DateTime CreatedAt);

public sealed record DealDto(
    int Id, DealStatus Status, string StatusLabel, DealSide You, DealSide OpenedBy, int MatchScore, DemandSummary Demand, OfferSummary Offer,
    ContactDto BuyerContact, ContactDto ProducerContact, int? AgreedQuantity, TradeUnit? AgreedUnit, long? AgreedPrice, DateOnly? AgreedFrom,
    DateOnly? AgreedTo, long? AgreedValue, string? DeclineReason, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<DealMessageDto> Messages,
    DealProposalDto? Proposal);

/// <summary>Terms proposed by one side, waiting for the other side to accept them (or to propose others).</summary>
public sealed record DealProposalDto(DealSide By, int Quantity, TradeUnit Unit, long Price, DateOnly From, DateOnly To, long Value, DateTime ProposedAt);

public sealed record DealListItem(int Id, DealStatus Status, string StatusLabel, DealSide You, string DemandTitle, string OfferTitle,
    string Organisation, string Producer, long? AgreedValue, DateTime UpdatedAt);

public sealed record StatRow(string Key, string Label, int Deals, long Value);

/// <summary>Agreed (and then closed) deals, by the producer's province and the offer's product set, as of a time.</summary>
public sealed record MatchingStats(DateTime AsOf, int OpenDemands, int OpenOffers, int Deals, int AgreedDeals, long AgreedValue,
    IReadOnlyList<StatRow> ByProvince, IReadOnlyList<StatRow> BySet, IReadOnlyList<StatRow> ByStatus);

public sealed record OrganisationDto(int Id, string Name, string TaxCode, string AddressLine, PlaceRef Province, string ContactName,
    string ContactPhone, string ContactEmail, OrganisationStatus Status, string StatusLabel, string? StatusReason, DateTime CreatedAt);
