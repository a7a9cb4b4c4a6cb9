namespace Ocop.Features.Geography;

/// <summary>
/// Loads an edition of the administrative units into the database: inserts new units, updates
/// names and types of existing ones. Codes are never reused (Decision 19/2025), so nothing is
/// deleted: a unit missing from a newer edition stays for the records that name it.
/// </summary>
public sealed class ImportAdminUnits(OcopDb db, GeographyDirectory directory, ILogger<ImportAdminUnits> logger)
{
    public sealed record Summary(string Edition, int ProvincesAdded, int ProvincesUpdated, int CommunesAdded, int CommunesUpdated, int LegacyProvinces);

    public async Task<Summary> RunAsync(AdminUnitsEdition edition, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var provinces = await db.Provinces.ToDictionaryAsync(p => p.Code, ct);
        int pAdded = 0, pUpdated = 0, cAdded = 0, cUpdated = 0;
        foreach (var p in edition.Provinces)
        {
            if (provinces.TryGetValue(p.Code, out var existing))
            {
                if (existing.FullName != p.FullName || existing.Type != p.Type || existing.Codename != p.Codename)
                {
                    existing.FullName = p.FullName; existing.Name = p.Name; existing.Type = p.Type; existing.Codename = p.Codename;
                    pUpdated++;
                }
                existing.Edition = edition.Name;
            }
            else { db.Provinces.Add(p); pAdded++; }
        }
        await db.SaveChangesAsync(ct);
        var communes = await db.Communes.ToDictionaryAsync(c => c.Code, ct);
        foreach (var c in edition.Communes)
        {
            if (communes.TryGetValue(c.Code, out var existing))
            {
                if (existing.Name != c.Name || existing.Type != c.Type || existing.ProvinceCode != c.ProvinceCode || existing.Codename != c.Codename)
                {
                    existing.Name = c.Name; existing.Type = c.Type; existing.ProvinceCode = c.ProvinceCode; existing.Codename = c.Codename;
                    cUpdated++;
                }
                existing.Edition = edition.Name;
            }
            else { db.Communes.Add(c); cAdded++; }
        }
        var legacy = await db.LegacyProvinces.ToDictionaryAsync(l => l.Code, ct);
        foreach (var l in edition.LegacyProvinces)
        {
            if (legacy.TryGetValue(l.Code, out var existing))
            {
                existing.FullName = l.FullName; existing.SuccessorCode = l.SuccessorCode; existing.SuccessorCodes = l.SuccessorCodes;
            }
            else db.LegacyProvinces.Add(l);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        directory.Invalidate();
        var summary = new Summary(edition.Name, pAdded, pUpdated, cAdded, cUpdated, edition.LegacyProvinces.Count);
        logger.LogInformation("Imported admin units {@Summary}", summary);
        return summary;
    }
}
