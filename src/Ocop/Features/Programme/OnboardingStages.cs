using Ocop.Features.Catalog;
using Ocop.Features.Commerce;
using Ocop.Features.Producers;

namespace Ocop.Features.Programme;

/// <summary>A trained person: their phone, where they were first trained, and the producer linked when an attendance was recorded.</summary>
public sealed record TrainedPerson(string Phone, string CommuneCode, string ProvinceCode, int? ProducerId);

/// <summary>Where a trained person stands: the producer they are (linked at recording time, else registered with their phone) and their stage.</summary>
public sealed record PersonStage(int? ProducerId, OnboardingStage Stage);

/// <summary>
/// Reads each trained person's facts from the other modules' own data — producers with that phone
/// (Producers), listed products (Catalog) and paid orders (Commerce) — and applies
/// <see cref="OnboardingFunnel.StageOf"/>. Work is bounded by the number of people asked about: orders
/// are probed per producer through the (producer, status) index, never scanned.
/// </summary>
public sealed class OnboardingStages(OcopDb db)
{
    /// <summary>An order counts as a sale once paid (bank transfer or COD collected) and not returned or cancelled.</summary>
    public static readonly OrderStatus[] SaleStatuses =
        [OrderStatus.Paid, OrderStatus.Packed, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.CodCollected, OrderStatus.Completed];

    private sealed record ProducerFacts(int Id, string Phone, ProducerStatus Status, bool Paid);

    /// <summary>The people behind these phones, from their attendance: first attendance's place, latest linked producer.</summary>
    public async Task<List<TrainedPerson>> PeopleAsync(IReadOnlyCollection<string>? phones = null, string? province = null)
    {
        var q = db.Set<TrainingAttendance>().AsNoTracking();
        if (province is not null) q = q.Where(a => a.ProvinceCode == province);
        var rows = phones is null
            ? await q.OrderBy(a => a.Id).Select(a => new TrainedPerson(a.Phone, a.CommuneCode, a.ProvinceCode, a.ProducerId)).ToListAsync()
            : await Chunks.QueryAsync(phones.Distinct().ToList(), slice => q.Where(a => slice.Contains(a.Phone)).OrderBy(a => a.Id)
                .Select(a => new TrainedPerson(a.Phone, a.CommuneCode, a.ProvinceCode, a.ProducerId)).ToListAsync());
        return Distinct(rows);
    }

    /// <summary>One person per phone, in the order of their first attendance row.</summary>
    public static List<TrainedPerson> Distinct(IEnumerable<TrainedPerson> rows) =>
        rows.GroupBy(r => r.Phone).Select(g => g.First() with { ProducerId = g.Max(r => r.ProducerId) }).ToList();

    public async Task<Dictionary<string, PersonStage>> ResolveAsync(IReadOnlyCollection<TrainedPerson> people)
    {
        var phones = people.Select(p => p.Phone).Distinct().ToList();
        var forms = phones.Concat(phones.Where(p => p.Length > 1).Select(p => "+84" + p[1..])).ToList();
        var ids = people.Where(p => p.ProducerId is not null).Select(p => p.ProducerId!.Value).Distinct().ToList();
        var byIdRows = await Chunks.QueryAsync(ids, slice => Producers(p => slice.Contains(p.Id)).ToListAsync());
        var byPhoneRows = await Chunks.QueryAsync(forms, slice => Producers(p => slice.Contains(p.Phone)).ToListAsync());
        var producers = byIdRows.Concat(byPhoneRows).DistinctBy(p => p.Id).ToList();
        var byId = producers.ToDictionary(p => p.Id);
        var byPhone = producers.GroupBy(p => PhoneNumbers.Canonical(p.Phone)).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Id).First());
        var producerIds = producers.Select(p => p.Id).ToList();
        // EXISTS per producer: the (producer, status) index answers at the first row, whatever the number of orders.
        var listed = (await Chunks.QueryAsync(producerIds, slice => db.Set<Producer>().AsNoTracking()
            .Where(p => slice.Contains(p.Id) && db.Set<Product>().Any(x => x.ProducerId == p.Id && x.Status == ProductStatus.Listed))
            .Select(p => p.Id).ToListAsync())).ToHashSet();
        var sold = (await Chunks.QueryAsync(producerIds, slice => db.Set<Producer>().AsNoTracking()
            .Where(p => slice.Contains(p.Id) && db.Set<Order>().Any(o => o.ProducerId == p.Id && SaleStatuses.Contains(o.Status) && o.PaidAt != null))
            .Select(p => p.Id).ToListAsync())).ToHashSet();

        var result = new Dictionary<string, PersonStage>();
        foreach (var person in people)
        {
            var producer = person.ProducerId is { } id && byId.TryGetValue(id, out var linked) ? linked : byPhone.GetValueOrDefault(person.Phone);
            var facts = producer is null
                ? new OnboardingFacts(false, false, false, false, false)
                : new OnboardingFacts(true, producer.Status == ProducerStatus.Verified, producer.Paid, listed.Contains(producer.Id), sold.Contains(producer.Id));
            result[person.Phone] = new PersonStage(producer?.Id, OnboardingFunnel.StageOf(facts));
        }
        return result;
    }

    private IQueryable<ProducerFacts> Producers(System.Linq.Expressions.Expression<Func<Producer, bool>> where) => db.Set<Producer>().AsNoTracking().Where(where)
        .Select(p => new ProducerFacts(p.Id, p.Phone, p.Status, p.BankBin != null && p.BankAccountNumber != null && p.BankAccountName != null));
}
