using System.Text.RegularExpressions;
using Ocop.Features.Identity;
using Ocop.Standards.Text;

namespace Ocop.Features.Commerce;

/// <summary>What the seller asks of its queue: one status or all, a search, a page.</summary>
public sealed record SellerQueueRequest(int? ProducerId = null, string? Status = null, string? Q = null, int Page = 1, int PageSize = SellerQueue.DefaultPageSize);

/// <summary>
/// One page of the seller's queue. <see cref="Total"/> counts the orders of the asked status that match the search;
/// <see cref="Counts"/> has every status (zero included) over the orders that match the search, whatever the status asked.
/// </summary>
public sealed record SellerQueuePage(IReadOnlyList<OrderSummary> Items, int Total, int Page, int PageSize, int Pages,
    IReadOnlyDictionary<string, int> Counts, string? Status, string? Q);

/// <summary>
/// The producer's orders, newest first, a page at a time, with real counts per status from the database and a
/// search by order code (<c>DH…</c>, its beginning), the buyer's phone (any part, in the form orders store it:
/// <c>0912…</c> and <c>+84912…</c> alike) or the recipient's name (case- and diacritic-insensitive, from the start
/// of a word: "nguyen thi" finds "Nguyễn Thị Mua"). Scope: a producer sees only its own orders; an administrator
/// names the producer.
/// </summary>
public sealed partial class SellerQueue(OcopDb db, CurrentUser me)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 100_000;
    public const int MaxQueryLength = 100;

    // DH + digits on the platform (Order.CodeFor); imported and demo codes may carry letters (DH261029L02349).
    [GeneratedRegex("^DH(?=[0-9A-Z]*[0-9])[0-9A-Z]{1,18}$")]
    private static partial Regex OrderCode();

    [GeneratedRegex(@"^\+?[0-9]{3,15}$")]
    private static partial Regex PhoneDigits();

    public async Task<Result<SellerQueuePage>> PageAsync(SellerQueueRequest request, CancellationToken ct = default)
    {
        if (!me.IsAdmin && me.ProducerId is null) return AppError.Forbidden("Chỉ chủ thể OCOP xem được hàng đợi đơn bán.");
        var producerId = request.ProducerId ?? me.ProducerId;
        if (producerId is null) return AppError.Validation("producerId", "Thiếu mã chủ thể.");
        if (!(me.IsAdmin || me.ProducerId == producerId)) return AppError.Forbidden("Bạn chỉ xem đơn hàng của chủ thể mình.");

        var v = new Validation();
        OrderStatus? status = null;
        if (!string.IsNullOrWhiteSpace(request.Status))
        {
            if (Enum.TryParse<OrderStatus>(request.Status.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(request.Status.Trim()[0]))
                status = parsed;
            else v.Add("status", "Trạng thái không hợp lệ.");
        }
        v.Require(request.Page is >= 1 and <= MaxPage, "page", "Số trang từ 1 đến 100.000.");
        v.Require(request.PageSize is >= 1 and <= MaxPageSize, "pageSize", "Số mục mỗi trang từ 1 đến 100.");
        v.Require(request.Q is null || request.Q.Length <= MaxQueryLength, "q", "Từ khoá tìm đơn tối đa 100 ký tự.");
        if (v.HasErrors) return v.ToError();

        var q = string.IsNullOrWhiteSpace(request.Q) ? null : request.Q.Trim();
        var orders = db.Orders.AsNoTracking().Where(o => o.ProducerId == producerId);
        var search = Classify(q);
        return search switch
        {
            NameSearch name => await ByNameAsync(orders, name.Folded, status, request, q, ct),
            _ => await InDatabaseAsync(Filter(orders, search), status, request, q, ct),
        };
    }

    private async Task<SellerQueuePage> InDatabaseAsync(IQueryable<Order> orders, OrderStatus? status, SellerQueueRequest request, string? q, CancellationToken ct)
    {
        var counts = await orders.GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var total = status is null ? counts.Values.Sum() : counts.GetValueOrDefault(status.Value);
        var page = status is null ? orders : orders.Where(o => o.Status == status);
        var rows = total <= (request.Page - 1) * request.PageSize ? []
            : await page.OrderByDescending(o => o.Id).Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(ct);
        return Answer(rows, total, counts, status, request, q);
    }

    /// <summary>
    /// Names are compared folded, which SQL cannot do on both engines: the queue's names are read (id, status, name only),
    /// matched here, and only the page's orders are loaded. Linear in the producer's orders (a few milliseconds for thousands).
    /// </summary>
    private async Task<SellerQueuePage> ByNameAsync(IQueryable<Order> orders, string folded, OrderStatus? status, SellerQueueRequest request, string? q, CancellationToken ct)
    {
        var names = await orders.Select(o => new { o.Id, o.Status, o.RecipientName }).ToListAsync(ct);
        var needle = " " + folded;
        var matched = names.Where(n => (" " + VietnameseText.Fold(n.RecipientName)).Contains(needle, StringComparison.Ordinal)).ToList();
        var counts = matched.GroupBy(n => n.Status).ToDictionary(g => g.Key, g => g.Count());
        var ids = matched.Where(n => status is null || n.Status == status).OrderByDescending(n => n.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).Select(n => n.Id).ToList();
        var total = status is null ? matched.Count : counts.GetValueOrDefault(status.Value);
        var rows = ids.Count == 0 ? [] : await db.Orders.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderByDescending(o => o.Id).ToListAsync(ct);
        return Answer(rows, total, counts, status, request, q);
    }

    private static SellerQueuePage Answer(List<Order> rows, int total, Dictionary<OrderStatus, int> counts, OrderStatus? status, SellerQueueRequest request, string? q) =>
        new(rows.Select(OrderQueries.Summary).ToList(), total, request.Page, request.PageSize, Math.Max(1, (total + request.PageSize - 1) / request.PageSize),
            Enum.GetValues<OrderStatus>().Where(s => s != OrderStatus.Placed).ToDictionary(s => s.ToString(), s => counts.GetValueOrDefault(s)),
            status?.ToString(), q);

    private abstract record Search;
    private sealed record NoSearch : Search;
    private sealed record CodeSearch(string Prefix) : Search;
    private sealed record PhoneSearch(string Digits, string? Local, string? International) : Search;
    private sealed record NameSearch(string Folded) : Search;

    /// <summary>An order code if it reads as one, else digits as a phone (or the digits of a code), else a name.</summary>
    private static Search Classify(string? q)
    {
        if (q is null) return new NoSearch();
        var compact = Infrastructure.PhoneNumbers.Normalize(q).Replace(" ", "").ToUpperInvariant();
        if (OrderCode().IsMatch(compact)) return new CodeSearch(compact);
        if (PhoneDigits().IsMatch(compact))
        {
            // Orders keep the phone as typed at checkout (normalised): 0912345678 or +84912345678; find either.
            var local = Infrastructure.PhoneNumbers.Canonical(compact);
            return local.StartsWith('0') && local.Length > 1
                ? new PhoneSearch(compact.TrimStart('+'), local, "+84" + local[1..])
                : new PhoneSearch(compact.TrimStart('+'), null, null);
        }
        var folded = VietnameseText.Fold(q);
        return folded.Length == 0 ? new NoSearch() : new NameSearch(folded);
    }

    private static IQueryable<Order> Filter(IQueryable<Order> orders, Search search) => search switch
    {
        CodeSearch c => orders.Where(o => o.Code.StartsWith(c.Prefix)),
        PhoneSearch { Local: { } local, International: { } intl } p =>
            orders.Where(o => o.Phone.Contains(local) || o.Phone.Contains(intl) || o.Code.Contains(p.Digits)),
        PhoneSearch p => orders.Where(o => o.Phone.Contains(p.Digits) || o.Code.Contains(p.Digits)),
        _ => orders,
    };
}
