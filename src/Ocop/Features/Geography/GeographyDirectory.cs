using System.Collections.Frozen;

namespace Ocop.Features.Geography;

/// <summary>
/// The administrative units held in memory (34 provinces, 3,321 communes): reference data read on
/// almost every page, changed only by an import, after which <see cref="Invalidate"/> is called.
/// </summary>
public sealed class GeographyDirectory(IServiceScopeFactory scopes)
{
    private sealed record Snapshot(
        IReadOnlyList<Province> Provinces,
        FrozenDictionary<string, Province> ProvinceByCode,
        FrozenDictionary<string, Commune> CommuneByCode,
        FrozenDictionary<string, IReadOnlyList<Commune>> CommunesByProvince,
        FrozenDictionary<string, LegacyProvince> LegacyByCode);

    private volatile Snapshot? _snapshot;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public void Invalidate() => _snapshot = null;

    private Snapshot Current => _snapshot ?? Load();

    private Snapshot Load()
    {
        _gate.Wait();
        try
        {
            if (_snapshot is { } s) return s;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OcopDb>();
            var provinces = db.Provinces.AsNoTracking().OrderBy(p => p.Code).ToList();
            var communes = db.Communes.AsNoTracking().OrderBy(c => c.Code).ToList();
            var legacy = db.LegacyProvinces.AsNoTracking().ToList();
            s = new Snapshot(
                provinces,
                provinces.ToFrozenDictionary(p => p.Code),
                communes.ToFrozenDictionary(c => c.Code),
                communes.GroupBy(c => c.ProvinceCode).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Commune>)g.OrderBy(c => c.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList()),
                legacy.ToFrozenDictionary(l => l.Code));
            _snapshot = s;
            return s;
        }
        finally { _gate.Release(); }
    }

    public IReadOnlyList<Province> Provinces => Current.Provinces;
    public Province? Province(string? code) => code is not null && Current.ProvinceByCode.TryGetValue(code, out var p) ? p : null;
    public Commune? Commune(string? code) => code is not null && Current.CommuneByCode.TryGetValue(code, out var c) ? c : null;
    public IReadOnlyList<Commune> Communes(string provinceCode) =>
        Current.CommunesByProvince.TryGetValue(provinceCode, out var list) ? list : [];
    public LegacyProvince? Legacy(string? code) => code is not null && Current.LegacyByCode.TryGetValue(code, out var l) ? l : null;

    /// <summary>Today's province for a code that may be pre-2025 (historic records).</summary>
    public Province? CurrentProvinceFor(string code) => Province(code) is { } p && Legacy(code) is null
        ? p
        : Legacy(code) is { } l ? Province(l.SuccessorCode) : Province(code);
}
