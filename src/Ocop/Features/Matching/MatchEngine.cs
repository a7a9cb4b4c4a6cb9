using Ocop.Features.Catalog;
using Ocop.Features.Certification;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Features.Matching;

/// <summary>
/// Incremental matching: a new or changed post is scored against the open posts of the other side.
/// Candidates are narrowed in SQL (same product set, or same product group sharing a keyword;
/// open, unexpired, from verified parties), scored in memory by <see cref="MatchRules"/>, and the
/// post's best <see cref="TopN"/> matches at or above <see cref="MatchRules.Keep"/> replace its
/// previous ones. A pair that becomes strong is announced to both sides through the outbox.
/// </summary>
public sealed class MatchEngine(OcopDb db, TimeProvider clock)
{
    public const int TopN = 20;
    private const int GroupCandidateLimit = 500;

    public async Task<IReadOnlyList<Match>> MatchDemandAsync(DemandPost demand, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var facts = demand.Facts();
        var scored = new List<(int OfferId, MatchScore Score)>();
        if (demand.IsOpenOn(today))
        {
            var offers = await CandidateOffersAsync(facts, today, ct);
            var stars = await StarsAsync(offers, today, ct);
            foreach (var o in offers)
                scored.Add((o.Id, MatchRules.Score(facts, o.Facts(stars.For(o)))));
        }
        return await ReplaceAsync(m => m.DemandId == demand.Id, scored.Select(s => (demand.Id, s.OfferId, s.Score)), ct);
    }

    public async Task<IReadOnlyList<Match>> MatchOfferAsync(SupplyOffer offer, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var scored = new List<(int DemandId, MatchScore Score)>();
        if (offer.IsOpenOn(today) && await db.Producers.AnyAsync(p => p.Id == offer.ProducerId && p.Status == ProducerStatus.Verified, ct))
        {
            var stars = await StarsAsync([offer], today, ct);
            var facts = offer.Facts(stars.For(offer));
            foreach (var d in await CandidateDemandsAsync(offer, today, ct))
                scored.Add((d.Id, MatchRules.Score(d.Facts(), facts)));
        }
        return await ReplaceAsync(m => m.OfferId == offer.Id, scored.Select(s => (s.DemandId, offer.Id, s.Score)), ct);
    }

    private async Task<List<SupplyOffer>> CandidateOffersAsync(DemandFacts d, DateOnly today, CancellationToken ct)
    {
        var sets = d.SetCodes.ToList();
        var open = db.Offers.AsNoTracking()
            .Where(o => o.Status == PostStatus.Open && o.ValidUntil >= today)
            .Where(o => db.Producers.Any(p => p.Id == o.ProducerId && p.Status == ProducerStatus.Verified));
        var candidates = await Slim(open.Where(o => sets.Contains(o.SetCode))).ToListAsync(ct);
        var words = d.Keywords.Take(3).ToArray();
        if (words.Length > 0)
        {
            var groups = sets.Select(s => ProductSets.Find(s)!.GroupCode).Distinct().ToList();
            string w1 = words[0], w2 = words.Length > 1 ? words[1] : words[0], w3 = words.Length > 2 ? words[2] : words[0];
            candidates.AddRange(await Slim(open
                .Where(o => groups.Contains(o.GroupCode) && !sets.Contains(o.SetCode))
                .Where(o => o.Folded.Contains(w1) || o.Folded.Contains(w2) || o.Folded.Contains(w3))
                .OrderByDescending(o => o.Id).Take(GroupCandidateLimit)).ToListAsync(ct));
        }
        return candidates;
    }

    /// <summary>Only the columns the rules read (the short title for the kind rule, no description), so that thousands of candidates load quickly.</summary>
    private static IQueryable<SupplyOffer> Slim(IQueryable<SupplyOffer> offers) => offers.Select(o => new SupplyOffer
    {
        Id = o.Id, ProducerId = o.ProducerId, ProductId = o.ProductId, SetCode = o.SetCode, GroupCode = o.GroupCode, Title = o.Title,
        Capacity = o.Capacity, Unit = o.Unit, Period = o.Period, MinOrder = o.MinOrder, PriceTiersJson = o.PriceTiersJson,
        SeasonFrom = o.SeasonFrom, SeasonTo = o.SeasonTo, Reach = o.Reach, Standards = o.Standards, ProvinceCode = o.ProvinceCode,
        ValidUntil = o.ValidUntil, Status = o.Status, Folded = o.Folded,
    });

    private async Task<List<DemandPost>> CandidateDemandsAsync(SupplyOffer o, DateOnly today, CancellationToken ct)
    {
        var open = db.Demands.AsNoTracking().Include(d => d.Sets)
            .Where(d => d.Status == PostStatus.Open && d.ValidUntil >= today)
            .Where(d => db.Set<BuyerOrganisation>().Any(b => b.Id == d.OrganisationId && b.Status == OrganisationStatus.Verified));
        var candidates = await open.Where(d => d.Sets.Any(s => s.SetCode == o.SetCode)).ToListAsync(ct);
        var words = MatchRules.KeywordsOf(o.Folded).Take(3).ToArray();
        if (words.Length > 0)
        {
            var groupSets = ProductSets.All.Where(s => s.GroupCode == o.GroupCode && s.Code != o.SetCode).Select(s => s.Code).ToList();
            string w1 = words[0], w2 = words.Length > 1 ? words[1] : words[0], w3 = words.Length > 2 ? words[2] : words[0];
            candidates.AddRange(await open
                .Where(d => d.Sets.Any(s => groupSets.Contains(s.SetCode)) && !d.Sets.Any(s => s.SetCode == o.SetCode))
                .Where(d => d.Folded.Contains(w1) || d.Folded.Contains(w2) || d.Folded.Contains(w3))
                .OrderByDescending(d => d.Id).Take(GroupCandidateLimit).ToListAsync(ct));
        }
        return candidates;
    }

    /// <summary>The stars of each offer's valid certificate: its product's, or for a set offer the producer's best in that set.</summary>
    public async Task<OfferStars> StarsAsync(IReadOnlyCollection<SupplyOffer> offers, DateOnly today, CancellationToken ct = default)
    {
        var producers = offers.Select(o => o.ProducerId).Distinct().ToList();
        var certificates = producers.Count == 0 ? [] : await db.Set<Certificate>().AsNoTracking()
            .Where(c => c.ProducerId != null && producers.Contains(c.ProducerId.Value) && c.Status == CertificateStatus.Valid && c.ExpiresOn >= today)
            .Select(c => new { ProducerId = c.ProducerId!.Value, c.ProductId, c.SetCode, c.Stars }).ToListAsync(ct);
        return new OfferStars(
            certificates.Where(c => c.ProductId != null).GroupBy(c => c.ProductId!.Value).ToDictionary(g => g.Key, g => g.Max(c => c.Stars)),
            certificates.GroupBy(c => (c.ProducerId, c.SetCode)).ToDictionary(g => g.Key, g => g.Max(c => c.Stars)));
    }

    private async Task<IReadOnlyList<Match>> ReplaceAsync(System.Linq.Expressions.Expression<Func<Match, bool>> ofPost,
        IEnumerable<(int DemandId, int OfferId, MatchScore Score)> scored, CancellationToken ct)
    {
        var now = clock.UtcNow();
        var top = scored.Where(s => s.Score.Score >= MatchRules.Keep)
            .OrderByDescending(s => s.Score.Score).ThenBy(s => s.DemandId).ThenBy(s => s.OfferId).Take(TopN).ToList();
        var existing = await db.Matches.Where(ofPost).ToListAsync(ct);
        var byPair = existing.ToDictionary(m => (m.DemandId, m.OfferId));
        var kept = new List<Match>();
        var strong = new List<Match>();
        foreach (var (demandId, offerId, score) in top)
        {
            // Every kept pair of this post is in `existing`, whichever side's ranking created it.
            if (!byPair.Remove((demandId, offerId), out var match))
            {
                match = new Match { DemandId = demandId, OfferId = offerId, CreatedAt = now };
                db.Matches.Add(match);
            }
            if (score.Score >= MatchRules.Strong && match.Score < MatchRules.Strong) strong.Add(match);
            match.Score = score.Score;
            match.ReasonsJson = Match.Serialize(score.Reasons);
            match.UpdatedAt = now;
            kept.Add(match);
        }
        db.Matches.RemoveRange(byPair.Values);
        await NotifyStrongAsync(strong, ct);
        await db.SaveChangesAsync(ct);
        return kept;
    }

    private async Task NotifyStrongAsync(List<Match> strong, CancellationToken ct)
    {
        if (strong.Count == 0) return;
        var demandIds = strong.Select(m => m.DemandId).Distinct().ToList();
        var offerIds = strong.Select(m => m.OfferId).Distinct().ToList();
        var demands = await db.Demands.AsNoTracking().Where(d => demandIds.Contains(d.Id))
            .Join(db.BuyerOrganisations, d => d.OrganisationId, o => o.Id, (d, o) => new { d.Id, d.Title, o.ContactEmail })
            .ToDictionaryAsync(d => d.Id, ct);
        var offers = await db.Offers.AsNoTracking().Where(o => offerIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Title, o.ProducerId }).ToDictionaryAsync(o => o.Id, ct);
        var producerIds = offers.Values.Select(o => o.ProducerId).Distinct().ToList();
        var owners = (await db.Users.AsNoTracking().Where(u => u.ProducerId != null && producerIds.Contains(u.ProducerId.Value))
            .Select(u => new { ProducerId = u.ProducerId!.Value, u.Email }).ToListAsync(ct))
            .Where(u => u.Email is not null).ToLookup(u => u.ProducerId, u => u.Email!);
        var now = clock.UtcNow();
        foreach (var m in strong)
        {
            var d = demands[m.DemandId];
            var o = offers[m.OfferId];
            var subject = $"Kết nối cung cầu: phù hợp {m.Score} điểm";
            db.Outbox.Add(new OutboxMessage
            {
                CreatedAt = now, Channel = "email", Recipient = d.ContactEmail, Subject = subject,
                Body = $"Nhu cầu \"{d.Title}\" có nguồn cung phù hợp: \"{o.Title}\". Xem tại /ket-noi/thu-mua/nhu-cau/{d.Id}",
            });
            foreach (var email in owners[o.ProducerId])
                db.Outbox.Add(new OutboxMessage
                {
                    CreatedAt = now, Channel = "email", Recipient = email, Subject = subject,
                    Body = $"Chào bán \"{o.Title}\" phù hợp với nhu cầu \"{d.Title}\". Xem tại /ban-hang/ket-noi/{o.Id}",
                });
        }
    }
}

/// <summary>Stars of valid certificates by product and by producer × product set.</summary>
public sealed record OfferStars(IReadOnlyDictionary<int, int> ByProduct, IReadOnlyDictionary<(int ProducerId, int SetCode), int> ByProducerSet)
{
    public int? For(SupplyOffer o) =>
        o.ProductId is { } p ? (ByProduct.TryGetValue(p, out var s) ? s : null)
        : ByProducerSet.TryGetValue((o.ProducerId, o.SetCode), out var best) ? best : null;
}
