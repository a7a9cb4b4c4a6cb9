using Ocop.Features.Geography;
using Ocop.Features.Identity;

namespace Ocop.Infrastructure;

/// <summary>
/// Commands for operators, run as <c>dotnet Ocop.dll COMMAND …</c> (or <c>dotnet run --project src/Ocop -- COMMAND …</c>)
/// with the same configuration as the web host.
/// </summary>
public static class OperatorCommands
{
    private static readonly string[] Names = ["migrate", "import", "db", "outbox", "seed-demo", "help"];

    public static bool IsCommand(string arg) => Names.Contains(arg);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        switch (args)
        {
            case ["migrate", ..]:
            {
                var applied = await sp.GetRequiredService<Migrator>().MigrateAsync();
                await ReferenceData.EnsureAsync(sp);
                Console.WriteLine(applied.Count == 0 ? "Schema is up to date." : $"Applied: {string.Join(", ", applied)}");
                return 0;
            }
            case ["import", "admin-units", var folder, .. var rest]:
            {
                var edition = AdminUnitsEdition.ReadOfficial(folder, Option(rest, "--edition") ?? "QĐ 19/2025/QĐ-TTg (01/07/2025)");
                if (!edition.Ok)
                {
                    Console.Error.WriteLine("Import refused; nothing was changed:");
                    Console.Error.WriteLine(edition.Error!.Message);
                    return 2;
                }
                if (Option(rest, "--write-reference") is { } file)
                {
                    await using var writer = new StreamWriter(file, false, new System.Text.UTF8Encoding(false));
                    edition.Value!.WriteEncoded(writer);
                    Console.WriteLine($"Wrote {file}: {edition.Value.Provinces.Count} provinces, {edition.Value.Communes.Count} communes, {edition.Value.LegacyProvinces.Count} legacy provinces.");
                    return 0;
                }
                await sp.GetRequiredService<Migrator>().MigrateAsync();
                var summary = await sp.GetRequiredService<ImportAdminUnits>().RunAsync(edition.Value!);
                Console.WriteLine($"Imported {summary.Edition}: provinces +{summary.ProvincesAdded} ~{summary.ProvincesUpdated}, communes +{summary.CommunesAdded} ~{summary.CommunesUpdated}, legacy provinces {summary.LegacyProvinces}.");
                return 0;
            }
            case ["db", "script", ..]:
                // The create script EF derives from the model for the configured engine: the starting point of a new migration.
                Console.WriteLine(sp.GetRequiredService<OcopDb>().Database.GenerateCreateScript());
                return 0;
            case ["outbox", ..]:
            {
                var db = sp.GetRequiredService<OcopDb>();
                foreach (var m in await db.Outbox.AsNoTracking().OrderByDescending(m => m.Id).Take(20).ToListAsync())
                    Console.WriteLine($"#{m.Id} {VietnamTime.DateTime(m.CreatedAt)} {m.Channel} → {m.Recipient}: {m.Subject}\n{m.Body}\n");
                return 0;
            }
            case ["seed-demo", ..]:
            {
                await sp.GetRequiredService<Migrator>().MigrateAsync();
                await ReferenceData.EnsureAsync(sp);
                var seeded = await sp.GetRequiredService<Data.Demo.DemoSeeder>().SeedIfEmptyAsync();
                Console.WriteLine(seeded ? "Demo data loaded." : "The database already has producers; demo data not loaded.");
                return 0;
            }
            default:
                Console.WriteLine("""
                    OCOP Hub operator commands:
                      migrate                                   apply pending schema migrations and reference data
                      import admin-units FOLDER [--edition NAME] load an official edition (layout of shared/data/admin-units-2025)
                      import admin-units FOLDER --write-reference FILE   write the project's encoding of that edition
                      db script                                 print the schema EF derives from the model (new migrations start here)
                      outbox                                    show the latest outgoing messages (password resets, notices)
                      seed-demo                                 load the deterministic demo data into an empty database
                    """);
                return args is ["help", ..] ? 0 : 1;
        }
    }

    private static string? Option(string[] rest, string name)
    {
        var i = Array.IndexOf(rest, name);
        return i >= 0 && i + 1 < rest.Length ? rest[i + 1] : null;
    }
}
