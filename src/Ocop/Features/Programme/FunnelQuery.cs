using Ocop.Features.Catalog;
using Ocop.Features.Commerce;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Features.Programme;

public sealed record FunnelRow(string Key, string Label, int[] Counts);

public sealed record FunnelTarget(int Year, int[] Values, int?[] Progress);

/// <summary>The onboarding funnel in a scope: one row per province (national) or per commune (a province), with totals and targets.</summary>
public sealed record FunnelReport(DateTime AsOf, string? ProvinceCode, IReadOnlyList<FunnelRow> Rows, int[] Totals, FunnelTarget? Target);

/// <summary>
/// Derives the onboarding funnel from the platform's own data: attendance (Programme), producers with
/// that phone (Producers), listed products (Catalog) and paid orders (Commerce). Nothing is typed in.
/// The work is bounded by the number of trained people, not by the size of the order table: orders are
/// read through the (producer, status) index only for the trained people's producers.
/// </summary>
public sealed class FunnelQuery(OcopDb db, GeographyDirectory geo, CurrentUser me, TimeProvider clock)
{
    /// <summary>An order counts as a sale once paid (bank transfer or COD collected) and not returned or cancelled.</summary>
    public static readonly OrderStatus[] SaleStatuses =
        [OrderStatus.Paid, OrderStatus.Packed, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.CodCollected, OrderStatus.Completed];

    public sealed record Person(string Phone, string CommuneCode, string ProvinceCode, int? ProducerId);

    public async Task<Result<FunnelReport>> RunAsync(string? province)
    {
        if (!me.IsOfficer) return AppError.Forbidden("Chỉ cán bộ quản lý chương trình xem được phễu chuyển đổi số.");
        var scope = me.ProvinceScope;
        if (province is not null && scope is not null && province != scope) return AppError.Forbidden("Bạn chỉ xem được số liệu của tỉnh mình.");
        var filter = province ?? scope;
        if (filter is not null && geo.Province(filter) is null) return AppError.NotFound("Không tìm thấy tỉnh/thành.");
        return await BuildAsync(filter);
    }

    /// <summary>The funnel without a caller (snapshots, reports already checked for scope).</summary>
    public async Task<FunnelReport> BuildAsync(string? province)
    {
        var asOf = clock.UtcNow();
        var q = db.Set<TrainingAttendance>().AsNoTracking();
        if (province is not null) q = q.Where(a => a.ProvinceCode == province);
        var rows = await q.OrderBy(a => a.Id).Select(a => new Person(a.Phone, a.CommuneCode, a.ProvinceCode, a.ProducerId)).ToListAsync();
        var people = rows.GroupBy(r => r.Phone).Select(g => g.First() with { ProducerId = g.Max(r => r.ProducerId) }).ToList();
        var stages = await StagesAsync(people);
        var grouped = province is null
            ? people.GroupBy(p => p.ProvinceCode).Select(g => (g.Key, geo.Province(g.Key)?.Name ?? g.Key, g))
            : people.GroupBy(p => p.CommuneCode).Select(g => (g.Key, geo.Commune(g.Key)?.Name ?? g.Key, g));
        var funnelRows = grouped
            .Select(x => new FunnelRow(x.Item1, x.Item2, OnboardingFunnel.Count(x.Item3.Select(p => stages[p.Phone]))))
            .OrderByDescending(r => r.Counts[0]).ThenBy(r => r.Key).ToList();
        var totals = OnboardingFunnel.Count(people.Select(p => stages[p.Phone]));
        return new FunnelReport(asOf, province, funnelRows, totals, await TargetAsync(province, totals));
    }

    private async Task<FunnelTarget?> TargetAsync(string? province, int[] totals)
    {
        var year = VietnamTime.Today(clock).Year;
        var targets = db.Set<ProvinceTarget>().AsNoTracking().Where(t => t.Year == year);
        if (province is not null) targets = targets.Where(t => t.ProvinceCode == province);
        var list = await targets.ToListAsync();
        if (list.Count == 0) return null;
        var values = OnboardingFunnel.Stages.Select(s => list.Sum(t => t.For(s))).ToArray();
        return new FunnelTarget(year, values, values.Select((v, i) => OnboardingFunnel.Progress(totals[i], v)).ToArray());
    }

    /// <summary>Each person's stage, by phone: producer linked at recording time, else the producer registered with the phone.</summary>
    private sealed record ProducerFacts(int Id, string Phone, ProducerStatus Status, bool Paid);

    private IQueryable<ProducerFacts> Producers(System.Linq.Expressions.Expression<Func<Producer, bool>> where) => db.Set<Producer>().AsNoTracking().Where(where)
        .Select(p => new ProducerFacts(p.Id, p.Phone, p.Status, p.BankBin != null && p.BankAccountNumber != null && p.BankAccountName != null));

    public async Task<Dictionary<string, OnboardingStage>> StagesAsync(IReadOnlyCollection<Person> people)
    {
        var phones = people.Select(p => p.Phone).Distinct().ToList();
        var forms = phones.Concat(phones.Where(p => p.Length > 1).Select(p => "+84" + p[1..])).ToList();
        var ids = people.Where(p => p.ProducerId is not null).Select(p => p.ProducerId!.Value).Distinct().ToList();
        var byIdRows = await Chunks.QueryAsync(ids, slice => Producers(p => slice.Contains(p.Id)).ToListAsync());
        var byPhoneRows = await Chunks.QueryAsync(forms, slice => Producers(p => slice.Contains(p.Phone)).ToListAsync());
        var producers = byIdRows.Concat(byPhoneRows).DistinctBy(p => p.Id).ToList();
        var byId = producers.ToDictionary(p => p.Id);
        var byPhone = producers.GroupBy(p => TrainingAttendance.CanonicalPhone(p.Phone)).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Id).First());
        var producerIds = producers.Select(p => p.Id).ToList();
        // EXISTS per producer: the (producer, status) index answers at the first row, whatever the number of orders.
        var listed = (await Chunks.QueryAsync(producerIds, slice => db.Set<Producer>().AsNoTracking()
            .Where(p => slice.Contains(p.Id) && db.Set<Product>().Any(x => x.ProducerId == p.Id && x.Status == ProductStatus.Listed))
            .Select(p => p.Id).ToListAsync())).ToHashSet();
        var sold = (await Chunks.QueryAsync(producerIds, slice => db.Set<Producer>().AsNoTracking()
            .Where(p => slice.Contains(p.Id) && db.Set<Order>().Any(o => o.ProducerId == p.Id && SaleStatuses.Contains(o.Status) && o.PaidAt != null))
            .Select(p => p.Id).ToListAsync())).ToHashSet();

        var result = new Dictionary<string, OnboardingStage>();
        foreach (var person in people)
        {
            var producer = person.ProducerId is { } id && byId.TryGetValue(id, out var linked) ? linked : byPhone.GetValueOrDefault(person.Phone);
            var facts = producer is null
                ? new OnboardingFacts(false, false, false, false, false)
                : new OnboardingFacts(true, producer.Status == ProducerStatus.Verified, producer.Paid, listed.Contains(producer.Id), sold.Contains(producer.Id));
            result[person.Phone] = OnboardingFunnel.StageOf(facts);
        }
        return result;
    }
}
