using Ocop.Features.Catalog;
using Ocop.Features.Producers;

namespace Ocop.Features.Programme;

public sealed record FunnelRefreshResult(DateTime CheckedAt, int Checked, int Changed, bool Rebuilt);

/// <summary>One refresh at a time on a node: the job and an officer's "update now" never write the same rows at once.</summary>
public sealed class FunnelRefreshGate
{
    public SemaphoreSlim Gate { get; } = new(1, 1);
}

/// <summary>
/// Keeps the stored funnel (<see cref="OnboardingPerson"/>) current. Attendance is tracked in the same
/// save that records it, so an import moves the funnel at once. Facts owned by other modules are caught
/// up by <see cref="CatchUpAsync"/> (the job, every few seconds, or an officer's "update now"): producers
/// and products whose <c>UpdatedAt</c> moved since the last pass (less <see cref="Overlap"/> for late
/// commits), attendance rows written by others, and a sale check for the people waiting at
/// "product listed". A full rebuild runs when there is no state yet and once a day, and repairs what an
/// incremental pass cannot see (a paid order later cancelled, rows deleted by hand).
/// </summary>
public sealed class FunnelRefresh(OcopDb db, OnboardingStages stages, FunnelRefreshGate gate, TimeProvider clock)
{
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    /// <summary>Adds or updates the people of attendance being recorded, in the caller's unit of work (saved with the attendance).</summary>
    public async Task TrackAsync(IReadOnlyCollection<TrainedPerson> recorded)
    {
        var earlier = await stages.PeopleAsync(recorded.Select(p => p.Phone).ToList());
        await ApplyAsync(OnboardingStages.Distinct(earlier.Concat(recorded)), null, clock.UtcNow());
    }

    /// <summary>An incremental pass; a full rebuild when there is no state yet or the last one is older than <paramref name="rebuildEvery"/>.</summary>
    public async Task<FunnelRefreshResult> CatchUpAsync(TimeSpan? rebuildEvery = null, CancellationToken ct = default)
    {
        await gate.Gate.WaitAsync(ct);
        try
        {
            var state = await db.Set<FunnelRefreshState>().FirstOrDefaultAsync(s => s.Id == FunnelRefreshState.SingleId, ct);
            var start = clock.UtcNow();
            if (state is null || (rebuildEvery is { } every && state.RebuiltAt < start - every)) return await RebuildAsync(state, start, ct);

            var since = state.CheckedAt - Overlap;
            var fresh = await db.Set<TrainingAttendance>().AsNoTracking().Where(a => a.Id > state.LastAttendanceId)
                .Select(a => new { a.Id, a.Phone }).ToListAsync(ct);
            var producers = await db.Set<Producer>().AsNoTracking().Where(p => p.UpdatedAt >= since).Select(p => new { p.Id, p.Phone }).ToListAsync(ct);
            var productOwners = await db.Set<Product>().AsNoTracking().Where(p => p.UpdatedAt >= since).Select(p => p.ProducerId).Distinct().ToListAsync(ct);
            var awaitingSale = await db.Set<OnboardingPerson>().AsNoTracking().Where(o => o.Stage == OnboardingStage.ProductListed && o.ProducerId != null)
                .Select(o => o.ProducerId!.Value).Distinct().ToListAsync(ct);

            var ids = producers.Select(p => p.Id).Concat(productOwners).Concat(awaitingSale).Distinct().ToList();
            var phones = fresh.Select(a => a.Phone).Concat(producers.Select(p => PhoneNumbers.Canonical(p.Phone))).ToHashSet();
            phones.UnionWith(await Chunks.QueryAsync(ids, slice => db.Set<OnboardingPerson>().AsNoTracking()
                .Where(o => o.ProducerId != null && slice.Contains(o.ProducerId.Value)).Select(o => o.Phone).ToListAsync(ct)));
            var people = phones.Count == 0 ? [] : await stages.PeopleAsync(phones);
            var changed = await ApplyAsync(people, null, start);
            state.CheckedAt = start;
            if (fresh.Count > 0) state.LastAttendanceId = Math.Max(state.LastAttendanceId, fresh.Max(a => a.Id));
            await db.SaveChangesAsync(ct);
            return new FunnelRefreshResult(start, people.Count, changed, false);
        }
        finally { gate.Gate.Release(); }
    }

    private async Task<FunnelRefreshResult> RebuildAsync(FunnelRefreshState? state, DateTime start, CancellationToken ct)
    {
        // The watermark first: attendance written meanwhile is read again by the next pass.
        var lastId = await db.Set<TrainingAttendance>().MaxAsync(a => (int?)a.Id, ct) ?? 0;
        var people = await stages.PeopleAsync();
        var existing = await db.Set<OnboardingPerson>().ToDictionaryAsync(o => o.Phone, ct);
        var changed = await ApplyAsync(people, existing, start);
        var trained = people.Select(p => p.Phone).ToHashSet();
        var gone = existing.Values.Where(o => !trained.Contains(o.Phone)).ToList();
        db.RemoveRange(gone);
        if (state is null) db.Add(state = new FunnelRefreshState());
        (state.CheckedAt, state.RebuiltAt, state.LastAttendanceId) = (start, start, lastId);
        await db.SaveChangesAsync(ct);
        return new FunnelRefreshResult(start, people.Count, changed + gone.Count, true);
    }

    /// <summary>Derives the people's stages and writes the rows that differ; returns how many did.</summary>
    private async Task<int> ApplyAsync(IReadOnlyCollection<TrainedPerson> people, Dictionary<string, OnboardingPerson>? existing, DateTime now)
    {
        if (people.Count == 0) return 0;
        var resolved = await stages.ResolveAsync(people);
        existing ??= (await Chunks.QueryAsync(people.Select(p => p.Phone).ToList(),
            slice => db.Set<OnboardingPerson>().Where(o => slice.Contains(o.Phone)).ToListAsync())).ToDictionary(o => o.Phone);
        var changed = 0;
        foreach (var person in people)
        {
            var (producerId, stage) = resolved[person.Phone];
            if (!existing.TryGetValue(person.Phone, out var row))
            {
                db.Add(new OnboardingPerson
                {
                    Phone = person.Phone, ProvinceCode = person.ProvinceCode, CommuneCode = person.CommuneCode, ProducerId = producerId, Stage = stage, ChangedAt = now,
                });
                changed++;
            }
            else if (row.Stage != stage || row.ProducerId != producerId || row.ProvinceCode != person.ProvinceCode || row.CommuneCode != person.CommuneCode)
            {
                (row.Stage, row.ProducerId, row.ProvinceCode, row.CommuneCode, row.ChangedAt) = (stage, producerId, person.ProvinceCode, person.CommuneCode, now);
                changed++;
            }
        }
        return changed;
    }
}
