using Ocop.Features.Catalog;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Standards.Text;

namespace Ocop.Features.Matching;

/// <summary>
/// Reads of the Matching module: the public board, a post with its contact details (verified parties
/// only), the ranked matches of one's own post, one's deals and the statistics of agreed deals.
/// </summary>
public sealed class MatchingQueries(OcopDb db, CurrentUser me, MatchingAccess access, MatchEngine engine, DealCommands deals,
    GeographyDirectory geo, TimeProvider clock)
{
    public async Task<BoardPage<DemandSummary>> DemandBoardAsync(BoardFilter f, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var query = db.Demands.AsNoTracking()
            .Where(d => d.Status == PostStatus.Open && d.ValidUntil >= today)
            .Where(d => db.Set<BuyerOrganisation>().Any(o => o.Id == d.OrganisationId && o.Status == OrganisationStatus.Verified));
        foreach (var word in Words(f.Q)) query = query.Where(d => d.Folded.Contains(word));
        if (f.Set is { } set) query = query.Where(d => d.Sets.Any(s => s.SetCode == set));
        if (f.Group is { } group)
        {
            var groupSets = ProductSets.All.Where(s => s.GroupCode == group).Select(s => s.Code).ToList();
            query = query.Where(d => d.Sets.Any(s => groupSets.Contains(s.SetCode)));
        }
        if (!string.IsNullOrEmpty(f.Province)) query = query.Where(d => d.DeliveryProvinceCode == f.Province);
        if (f.Standard is { } standard) query = query.Where(d => (d.Standards & standard) == standard);
        var (page, size) = Paging(f);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(d => d.Id).Skip((page - 1) * size).Take(size).Include(d => d.Sets).ToListAsync(ct);
        return new BoardPage<DemandSummary>(await DemandSummariesAsync(items, ct), total, page, size);
    }

    public async Task<BoardPage<OfferSummary>> OfferBoardAsync(BoardFilter f, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var query = db.Offers.AsNoTracking()
            .Where(o => o.Status == PostStatus.Open && o.ValidUntil >= today)
            .Where(o => db.Producers.Any(p => p.Id == o.ProducerId && p.Status == Producers.ProducerStatus.Verified));
        foreach (var word in Words(f.Q)) query = query.Where(o => o.Folded.Contains(word));
        if (f.Set is { } set) query = query.Where(o => o.SetCode == set);
        if (f.Group is { } group) query = query.Where(o => o.GroupCode == group);
        if (!string.IsNullOrEmpty(f.Province)) query = query.Where(o => o.ProvinceCode == f.Province);
        if (f.Standard is { } standard) query = query.Where(o => (o.Standards & standard) == standard);
        var (page, size) = Paging(f);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(o => o.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new BoardPage<OfferSummary>(await OfferSummariesAsync(items, ct), total, page, size);
    }

    public async Task<DemandDetail?> DemandAsync(int id, CancellationToken ct = default)
    {
        var demand = await db.Demands.AsNoTracking().Include(d => d.Sets).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (demand is null || !await CanSeeAsync(demand, ct)) return null;
        var contact = await access.MaySeeContactsAsync(ct) ? await BuyerContactAsync(demand.OrganisationId, ct) : null;
        return new DemandDetail((await DemandSummariesAsync([demand], ct))[0], demand.Need, contact is not null, contact);
    }

    public async Task<OfferDetail?> OfferAsync(int id, CancellationToken ct = default)
    {
        var offer = await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null || !await CanSeeAsync(offer, ct)) return null;
        var contact = await access.MaySeeContactsAsync(ct) ? await ProducerContactAsync(offer.ProducerId, ct) : null;
        return new OfferDetail((await OfferSummariesAsync([offer], ct))[0], offer.Description, contact is not null, contact);
    }

    /// <summary>A demand's contact: 401 for visitors (by the endpoint), 403 for signed-in people who are not verified parties.</summary>
    public async Task<Result<ContactDto>> DemandContactAsync(int id, CancellationToken ct = default)
    {
        var detail = await DemandAsync(id, ct);
        if (detail is null) return AppError.NotFound("Không tìm thấy nhu cầu.");
        return detail.Contact is { } c ? c : MatchingAccess.NoContactRights;
    }

    public async Task<Result<ContactDto>> OfferContactAsync(int id, CancellationToken ct = default)
    {
        var detail = await OfferAsync(id, ct);
        if (detail is null) return AppError.NotFound("Không tìm thấy chào bán.");
        return detail.Contact is { } c ? c : MatchingAccess.NoContactRights;
    }

    public async Task<Result<List<MatchDto>>> DemandMatchesAsync(int id, CancellationToken ct = default)
    {
        var demand = await db.Demands.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        var organisation = await access.OrganisationAsync(ct);
        if (demand is null || !(me.IsOfficer || organisation?.Id == demand.OrganisationId)) return AppError.NotFound("Không tìm thấy nhu cầu.");
        return await MatchesAsync(db.Matches.Where(m => m.DemandId == id), ct);
    }

    public async Task<Result<List<MatchDto>>> OfferMatchesAsync(int id, CancellationToken ct = default)
    {
        var offer = await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null || !(me.IsOfficer || me.ProducerId == offer.ProducerId)) return AppError.NotFound("Không tìm thấy chào bán.");
        return await MatchesAsync(db.Matches.Where(m => m.OfferId == id), ct);
    }

    public async Task<List<DemandSummary>> MyDemandsAsync(CancellationToken ct = default)
    {
        if (await access.OrganisationAsync(ct) is not { } organisation) return [];
        var items = await db.Demands.AsNoTracking().Include(d => d.Sets).Where(d => d.OrganisationId == organisation.Id)
            .OrderByDescending(d => d.Id).Take(200).ToListAsync(ct);
        return await DemandSummariesAsync(items, ct);
    }

    public async Task<List<OfferSummary>> MyOffersAsync(CancellationToken ct = default)
    {
        if (me.ProducerId is not { } producerId) return [];
        var items = await db.Offers.AsNoTracking().Where(o => o.ProducerId == producerId).OrderByDescending(o => o.Id).Take(200).ToListAsync(ct);
        return await OfferSummariesAsync(items, ct);
    }

    public async Task<List<DealListItem>> MyDealsAsync(CancellationToken ct = default)
    {
        var organisation = await access.VerifiedOrganisationAsync(ct);
        var producerId = await access.IsVerifiedProducerAsync(ct) ? me.ProducerId : null;
        if (organisation is null && producerId is null) return [];
        var organisationId = organisation?.Id ?? -1;
        var rows = await (
            from d in db.Deals.AsNoTracking()
            where d.OrganisationId == organisationId || d.ProducerId == producerId
            join demand in db.Demands on d.DemandId equals demand.Id
            join offer in db.Offers on d.OfferId equals offer.Id
            join org in db.BuyerOrganisations on d.OrganisationId equals org.Id
            join producer in db.Producers on d.ProducerId equals producer.Id
            orderby d.UpdatedAt descending
            select new { Deal = d, DemandTitle = demand.Title, OfferTitle = offer.Title, Organisation = org.Name, Producer = producer.Name })
            .Take(200).ToListAsync(ct);
        return rows.Select(r => new DealListItem(r.Deal.Id, r.Deal.Status, Deal.Label(r.Deal.Status),
            r.Deal.OrganisationId == organisationId ? DealSide.Buyer : DealSide.Producer, r.DemandTitle, r.OfferTitle, r.Organisation, r.Producer,
            r.Deal.AgreedValue, r.Deal.UpdatedAt)).ToList();
    }

    public async Task<Result<DealDto>> DealAsync(int id, CancellationToken ct = default)
    {
        var party = await deals.PartyAsync(id, ct);
        if (!party.Ok) return party.Error!;
        return await ToDtoAsync(party.Value.Deal, party.Value.Side, ct);
    }

    public async Task<DealDto> ToDtoAsync(Deal d, DealSide you, CancellationToken ct = default)
    {
        var demand = await db.Demands.AsNoTracking().Include(x => x.Sets).FirstAsync(x => x.Id == d.DemandId, ct);
        var offer = await db.Offers.AsNoTracking().FirstAsync(x => x.Id == d.OfferId, ct);
        return new DealDto(d.Id, d.Status, Deal.Label(d.Status), you, d.OpenedBy, d.MatchScore,
            (await DemandSummariesAsync([demand], ct))[0], (await OfferSummariesAsync([offer], ct))[0],
            (await BuyerContactAsync(d.OrganisationId, ct))!, (await ProducerContactAsync(d.ProducerId, ct))!,
            d.AgreedQuantity, d.AgreedUnit, d.AgreedPrice, d.AgreedFrom, d.AgreedTo, d.AgreedValue, d.DeclineReason, d.CreatedAt, d.UpdatedAt,
            d.Messages.OrderBy(m => m.Id).Select(m => new DealMessageDto(m.Id, m.Side, m.SenderName, m.Text, m.CreatedAt)).ToList(),
            d.Status == DealStatus.Negotiating && d.ProposedBy is { } by
                ? new DealProposalDto(by, d.ProposedQuantity!.Value, d.ProposedUnit!.Value, d.ProposedPrice!.Value, d.ProposedFrom!.Value, d.ProposedTo!.Value,
                    (long)d.ProposedQuantity.Value * d.ProposedPrice.Value, d.ProposedAt!.Value)
                : null);
    }

    public async Task<MatchingStats> StatsAsync(CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var all = await db.Deals.AsNoTracking()
            .Select(d => new { d.Status, d.ProducerProvinceCode, d.SetCode, d.AgreedQuantity, d.AgreedPrice }).ToListAsync(ct);
        var agreed = all.Where(d => d.Status is DealStatus.Agreed or DealStatus.Closed)
            .Select(d => new { d.ProducerProvinceCode, d.SetCode, Value = (long)(d.AgreedQuantity ?? 0) * (d.AgreedPrice ?? 0) }).ToList();
        return new MatchingStats(clock.UtcNow(),
            await db.Demands.CountAsync(d => d.Status == PostStatus.Open && d.ValidUntil >= today, ct),
            await db.Offers.CountAsync(o => o.Status == PostStatus.Open && o.ValidUntil >= today, ct),
            all.Count, agreed.Count, agreed.Sum(a => a.Value),
            agreed.GroupBy(a => a.ProducerProvinceCode).Select(g => new StatRow(g.Key, geo.Province(g.Key)?.Name ?? g.Key, g.Count(), g.Sum(a => a.Value)))
                .OrderByDescending(r => r.Deals).ThenBy(r => r.Key).ToList(),
            agreed.GroupBy(a => a.SetCode).Select(g => new StatRow(g.Key.ToString(), ProductSets.Find(g.Key)?.Name ?? "", g.Count(), g.Sum(a => a.Value)))
                .OrderByDescending(r => r.Deals).ThenBy(r => r.Key).ToList(),
            all.GroupBy(d => d.Status).OrderBy(g => g.Key).Select(g => new StatRow(g.Key.ToString(), Deal.Label(g.Key), g.Count(), 0)).ToList());
    }

    private async Task<List<MatchDto>> MatchesAsync(IQueryable<Match> query, CancellationToken ct)
    {
        var matches = await query.AsNoTracking().OrderByDescending(m => m.Score).ThenBy(m => m.Id).Take(MatchEngine.TopN * 2).ToListAsync(ct);
        var demandIds = matches.Select(m => m.DemandId).Distinct().ToList();
        var offerIds = matches.Select(m => m.OfferId).Distinct().ToList();
        var demands = (await DemandSummariesAsync(await db.Demands.AsNoTracking().Include(d => d.Sets).Where(d => demandIds.Contains(d.Id)).ToListAsync(ct), ct))
            .ToDictionary(d => d.Id);
        var offers = (await OfferSummariesAsync(await db.Offers.AsNoTracking().Where(o => offerIds.Contains(o.Id)).ToListAsync(ct), ct))
            .ToDictionary(o => o.Id);
        var dealRows = await db.Deals.AsNoTracking().Where(d => demandIds.Contains(d.DemandId) && offerIds.Contains(d.OfferId))
            .Select(d => new { d.Id, d.DemandId, d.OfferId, d.Status }).ToListAsync(ct);
        var dealByPair = dealRows.ToDictionary(d => (d.DemandId, d.OfferId));
        return matches.Select(m =>
        {
            var deal = dealByPair.GetValueOrDefault((m.DemandId, m.OfferId));
            return new MatchDto(m.Id, m.Score, m.Score >= MatchRules.Strong, m.Reasons, demands[m.DemandId], offers[m.OfferId], deal?.Id, deal?.Status);
        }).ToList();
    }

    private async Task<bool> CanSeeAsync(DemandPost d, CancellationToken ct) =>
        me.IsOfficer || (await access.OrganisationAsync(ct))?.Id == d.OrganisationId ||
        (d.IsOpenOn(VietnamTime.Today(clock)) && await db.BuyerOrganisations.AnyAsync(o => o.Id == d.OrganisationId && o.Status == OrganisationStatus.Verified, ct))
        || await db.Deals.AnyAsync(x => x.DemandId == d.Id && x.ProducerId == me.ProducerId, ct);

    private async Task<bool> CanSeeAsync(SupplyOffer o, CancellationToken ct) =>
        me.IsOfficer || me.ProducerId == o.ProducerId || o.IsOpenOn(VietnamTime.Today(clock))
        || (await access.OrganisationAsync(ct) is { } org && await db.Deals.AnyAsync(x => x.OfferId == o.Id && x.OrganisationId == org.Id, ct));

    private async Task<ContactDto?> BuyerContactAsync(int organisationId, CancellationToken ct) =>
        await db.BuyerOrganisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new ContactDto(o.ContactName, o.ContactPhone, o.ContactEmail, o.AddressLine)).FirstOrDefaultAsync(ct);

    private async Task<ContactDto?> ProducerContactAsync(int producerId, CancellationToken ct) =>
        await db.Producers.AsNoTracking().Where(p => p.Id == producerId)
            .Select(p => new ContactDto(p.RepresentativeName, p.Phone, p.Email, p.AddressLine)).FirstOrDefaultAsync(ct);

    public async Task<List<DemandSummary>> DemandSummariesAsync(IReadOnlyList<DemandPost> items, CancellationToken ct = default)
    {
        var ids = items.Select(d => d.OrganisationId).Distinct().ToList();
        var names = await db.BuyerOrganisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return items.Select(d => new DemandSummary(d.Id, d.Title, names.GetValueOrDefault(d.OrganisationId, ""),
            d.Sets.OrderBy(s => s.SetCode).Select(s => new SetRef(s.SetCode, ProductSets.Find(s.SetCode)?.Name ?? "")).ToList(),
            d.Quantity, d.Unit, d.Frequency, Place(d.DeliveryProvinceCode), d.NeededBy, d.PriceMin, d.PriceMax, d.MinStars,
            TradeTerms.Split(d.Standards), d.ValidUntil, d.Status)).ToList();
    }

    public async Task<List<OfferSummary>> OfferSummariesAsync(IReadOnlyList<SupplyOffer> items, CancellationToken ct = default)
    {
        var ids = items.Select(o => o.ProducerId).Distinct().ToList();
        var producers = await db.Producers.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => new { p.Name, p.Slug }, ct);
        var stars = await engine.StarsAsync(items, VietnamTime.Today(clock), ct);
        return items.Select(o => new OfferSummary(o.Id, o.Title, o.ProducerId, producers[o.ProducerId].Name, producers[o.ProducerId].Slug, o.ProductId,
            new SetRef(o.SetCode, ProductSets.Find(o.SetCode)?.Name ?? ""), o.Capacity, o.Unit, o.Period, o.MinOrder, o.Tiers, o.SeasonFrom, o.SeasonTo,
            o.Reach, TradeTerms.Split(o.Standards), Place(o.ProvinceCode), stars.For(o), o.ValidUntil, o.Status)).ToList();
    }

    private PlaceRef Place(string code) => new(code, geo.Province(code)?.Name ?? code);

    private static string[] Words(string? q) => VietnameseText.Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5).ToArray();

    private static (int Page, int Size) Paging(BoardFilter f) => (Math.Clamp(f.Page, 1, 1000), Math.Clamp(f.PageSize, 1, 100));
}
