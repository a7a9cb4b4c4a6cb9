using Microsoft.Extensions.Caching.Memory;
using Ocop.Features.Catalog;
using Ocop.Features.Producers;
using Ocop.Standards.Gs1.DigitalLink;

namespace Ocop.Features.Traceability;

/// <summary>One link a Digital Link resolves to.</summary>
public sealed record ResolverLink(string LinkType, string Href, string Title);

/// <summary>The links of one identifier, its default and the canonical URI they anchor on.</summary>
public sealed record ResolverLinks(string Anchor, ResolverLink Default, IReadOnlyList<ResolverLink> Links);

/// <summary>
/// A GS1-conformant resolver for the platform's GTINs (<c>/01/{gtin}[/10/{lot}][/21/{serial}]</c>): product page
/// (gs1:pip), lot trace page (gs1:traceability), certificate verification (gs1:certificationInfo, only while the
/// certificate is valid) and the lot's EPCIS events (gs1:epcis). The default is the trace page for a lot and the
/// product page otherwise. It also resolves what else the platform stores under a GS1 key: the cartons packed on it
/// (<c>/00/{sscc}</c>: the trace page of the lot inside, and the carton's events) and the registered places of verified
/// producers (<c>/414/{gln}[/254/{ext}]</c>: gs1:locationInfo, the producer's storefront, and the events recorded there).
/// Bad syntax → 400 with the parser's errors; unknown identifier or link type → 404.
/// A found identifier's links are kept in memory for <see cref="TraceabilityOptions.ResolverCacheSeconds"/> (labels are
/// scanned again and again); a lot is read in one query when it is not.
/// </summary>
public sealed class DigitalLinkResolver(OcopDb db, TraceQueries queries, TimeProvider clock, IMemoryCache cache,
    Microsoft.Extensions.Options.IOptions<TraceabilityOptions> options)
{
    public const string Pip = "gs1:pip";
    public const string Traceability = "gs1:traceability";
    public const string CertificationInfo = "gs1:certificationInfo";
    public const string Epcis = "gs1:epcis";
    public const string LocationInfo = "gs1:locationInfo";
    public const string DefaultLink = "gs1:defaultLink";
    public static readonly string[] LinkTypes = [Pip, Traceability, CertificationInfo, Epcis, LocationInfo];

    private static readonly string[] VocabularyRoots = ["https://gs1.org/voc/", "http://gs1.org/voc/", "https://ref.gs1.org/voc/", "http://ref.gs1.org/voc/"];

    /// <summary>A link type as a compact URI: <c>https://gs1.org/voc/pip</c> (or ref.gs1.org) is <c>gs1:pip</c>; anything else as asked.</summary>
    public static string CompactLinkType(string linkType)
    {
        foreach (var root in VocabularyRoots)
            if (linkType.StartsWith(root, StringComparison.OrdinalIgnoreCase) && linkType.Length > root.Length)
                return "gs1:" + linkType[root.Length..];
        return linkType;
    }

    /// <summary>Parses <paramref name="pathAndQuery"/> as requested; every grammar error is listed in the 400.</summary>
    public static Result<DigitalLinkUri> Parse(string pathAndQuery)
    {
        var parsed = DigitalLinkParser.Parse(pathAndQuery);
        if (parsed.Value is { } link) return link;
        var messages = parsed.Errors.Select(e => $"{e.Code}: {e.Message}").ToArray();
        return new AppError($"Digital Link không hợp lệ: {string.Join(" ", parsed.Errors.Select(e => e.Message))}", 400,
            new Dictionary<string, string[]> { ["digitalLink"] = messages });
    }

    public async Task<Result<ResolverLinks>> LinksAsync(DigitalLinkUri link, string host, CancellationToken ct = default)
    {
        var seconds = options.Value.ResolverCacheSeconds;
        if (seconds <= 0) return await FindAsync(link, host, ct);
        var key = (nameof(DigitalLinkResolver), link.ToPath(), host);
        if (cache.TryGetValue(key, out ResolverLinks? known)) return known!;
        var found = await FindAsync(link, host, ct);
        if (found.Ok) cache.Set(key, found.Value!, TimeSpan.FromSeconds(seconds));
        return found;
    }

    /// <summary>What the links of a GTIN (and lot) are made of, read in one query.</summary>
    private sealed record Target(int? LotId, string? LotGtin, string? LotNumber, string Name, string Slug, bool Listed, int? Stars,
        DateOnly? CertificateExpiresOn, string? CertificateNumber);

    /// <summary>The lot and its product in one compiled query: a scan of a lot label is the hot path.</summary>
    private static readonly CompiledPerProvider<Func<OcopDb, string, string, CancellationToken, Task<Target?>>> LotTarget = new(() =>
        EF.CompileAsyncQuery((OcopDb c, string gtin14, string number, CancellationToken ct) =>
            (from l in c.Set<Lot>()
             where l.Gtin == gtin14 && l.Number == number
             join p in c.Set<Product>() on l.ProductId equals p.Id
             select new Target(l.Id, l.Gtin, l.Number, p.Name, p.Slug,
                 p.Status == ProductStatus.Listed && c.Set<Producer>().Any(r => r.Id == p.ProducerId && r.Status == ProducerStatus.Verified),
                 p.CertificateStars, p.CertificateExpiresOn, p.CertificateNumber))
            .FirstOrDefault()));

    private Task<Result<ResolverLinks>> FindAsync(DigitalLinkUri link, string host, CancellationToken ct) => link switch
    {
        { Gtin: { } gtin } => ProductOrLotAsync(link, gtin, host, ct),
        { Sscc: { } sscc } => CartonAsync(link, sscc, host, ct),
        { LocationGln: not null } => LocationAsync(link, host, ct),
        _ => Task.FromResult<Result<ResolverLinks>>(AppError.NotFound("Bộ phân giải này phục vụ mã GTIN (/01/…), SSCC (/00/…) và GLN (/414/…).")),
    };

    /// <summary>A carton packed on the platform (the parent of a packing event): the trace page of the lot packed into it, and its events.</summary>
    private async Task<Result<ResolverLinks>> CartonAsync(DigitalLinkUri link, string sscc, string host, CancellationToken ct)
    {
        var key = link.ToPath();
        var lot = await (
                from carton in db.EpcisEventEpcs
                where carton.Key == key && carton.Role == EpcRole.Instance
                join content in db.EpcisEventEpcs on carton.StoredEventId equals content.StoredEventId
                where content.LotId != null
                join l in db.Lots on content.LotId equals l.Id
                orderby carton.StoredEventId
                select new { l.Id, l.Number })
            .FirstOrDefaultAsync(ct);
        if (lot is null) return AppError.NotFound($"Không có thùng hàng nào mang SSCC {sscc} trên nền tảng.");
        var trace = new ResolverLink(Traceability, $"{host}/truy-xuat/{lot.Id}", $"Truy xuất nguồn gốc thùng {sscc} (lô {lot.Number})");
        return new ResolverLinks(Anchor(link, host), trace,
        [
            trace,
            new(Epcis, $"{host}/api/v1/epcis/events?MATCH_epc={Uri.EscapeDataString(DigitalLinkUri.ForSscc(sscc, TraceIds.EventStem).ToUri())}",
                $"Sự kiện EPCIS của thùng {sscc}"),
        ]);
    }

    /// <summary>A registered place of a verified producer (farm, workshop, warehouse): its producer's storefront, and the events recorded there.</summary>
    private async Task<Result<ResolverLinks>> LocationAsync(DigitalLinkUri link, string host, CancellationToken ct)
    {
        var key = link.ToPath();
        var place = await (
                from l in db.TraceLocations
                where l.Key == key
                join p in db.Producers on l.ProducerId equals p.Id
                where p.Status == ProducerStatus.Verified
                select new { l.Name, l.Uri, p.Slug, Producer = p.Name })
            .FirstOrDefaultAsync(ct);
        if (place is null) return AppError.NotFound($"Không có địa điểm nào mang mã {key} trên nền tảng.");
        var info = new ResolverLink(LocationInfo, $"{host}/gian-hang/{place.Slug}", $"{place.Name} – {place.Producer}");
        return new ResolverLinks(Anchor(link, host), info,
            [info, new(Epcis, $"{host}/api/v1/epcis/events?EQ_bizLocation={Uri.EscapeDataString(place.Uri)}", $"Sự kiện EPCIS tại {place.Name}")]);
    }

    private static string Anchor(DigitalLinkUri link, string host) => (link with { Attributes = [], LinkType = null, OtherParameters = [] }).ToUri(host);

    private async Task<Result<ResolverLinks>> ProductOrLotAsync(DigitalLinkUri link, string gtin, string host, CancellationToken ct)
    {
        Target? target;
        if (link.Lot is { } number)
        {
            target = await LotTarget.For(db)(db, gtin, number, ct);
            if (target is null)
                return await queries.ProductByGtinAsync(gtin, ct) is null
                    ? AppError.NotFound($"Không có sản phẩm nào mang GTIN {gtin} trên nền tảng.")
                    : AppError.NotFound($"Sản phẩm không có lô {number}.");
        }
        else
        {
            var product = await queries.ProductByGtinAsync(gtin, ct);
            if (product is null) return AppError.NotFound($"Không có sản phẩm nào mang GTIN {gtin} trên nền tảng.");
            var listed = product.Status == ProductStatus.Listed &&
                         await db.Producers.AnyAsync(p => p.Id == product.ProducerId && p.Status == ProducerStatus.Verified, ct);
            target = new Target(null, null, null, product.Name, product.Slug, listed, product.CertificateStars, product.CertificateExpiresOn,
                product.CertificateNumber);
        }
        var links = new List<ResolverLink>();
        if (target.Listed) links.Add(new(Pip, $"{host}/san-pham/{target.Slug}", $"{target.Name} – trang sản phẩm"));
        if (target.LotId is { } lotId)
        {
            links.Add(new(Traceability, $"{host}/truy-xuat/{lotId}", $"Truy xuất nguồn gốc lô {target.LotNumber}"));
            links.Add(new(Epcis, $"{host}/api/v1/epcis/events?MATCH_epcClass={Uri.EscapeDataString(TraceIds.LotLink(target.LotGtin!, target.LotNumber!))}",
                $"Sự kiện EPCIS của lô {target.LotNumber}"));
        }
        if (target.Stars is { } stars && target.CertificateExpiresOn >= VietnamTime.Today(clock) && target.CertificateNumber is { } certificate)
            links.Add(new(CertificationInfo, $"{host}/xac-minh/{Uri.EscapeDataString(certificate)}", $"Giấy chứng nhận OCOP {stars} sao số {certificate}"));
        var preferred = links.FirstOrDefault(l => l.LinkType == (target.LotId is null ? Pip : Traceability));
        if (preferred is null) return AppError.NotFound("Sản phẩm chưa được đăng bán công khai.");
        return new ResolverLinks(Anchor(link, host), preferred, links);
    }

    /// <summary>The RFC 9264 linkset: one context object anchored on the identifier, one array per link-type URI.</summary>
    public static Dictionary<string, object> Linkset(ResolverLinks links)
    {
        var context = new Dictionary<string, object> { ["anchor"] = links.Anchor };
        foreach (var group in links.Links.Prepend(links.Default with { LinkType = DefaultLink }).GroupBy(l => l.LinkType))
            context[VocabularyUri(group.Key)] = group.Select(l => new Dictionary<string, object>
            {
                ["href"] = l.Href, ["title"] = l.Title, ["type"] = l.LinkType == Epcis ? "application/ld+json" : "text/html", ["hreflang"] = new[] { "vi" },
            }).ToList();
        return new Dictionary<string, object> { ["linkset"] = new[] { context } };
    }

    private static string VocabularyUri(string linkType) => "https://ref.gs1.org/voc/" + linkType["gs1:".Length..];
}
