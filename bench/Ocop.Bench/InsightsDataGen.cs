using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ocop.Data;
using Ocop.Features.Identity;
using Ocop.Features.Insights;

namespace Ocop.Bench;

/// <summary>
/// <c>insights-data</c>: adds programme-scale data to a <c>datagen</c> database — orders (multi-row
/// INSERTs, 500 rows a statement, one transaction), certificates for the products that carry a
/// certificate snapshot, trainings and attendance, a national officer account for the dashboard
/// scenarios — then takes the snapshots the dashboard reads (six past quarter-ends and now).
/// </summary>
public static class InsightsDataGen
{
    public const string OfficerEmail = "bench.trunguong@ocop.example";
    public const string OfficerPassword = "Bench@2026pass";

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var path = Path.GetFullPath(args.Required("db"));
        var orders = args.Int("orders", 1_000_000);
        var attendance = args.Int("attendance", 20_000);
        var watch = Stopwatch.StartNew();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Ocop"] = $"Data Source={path}",
            ["Media:Root"] = Path.Combine(Path.GetDirectoryName(path)!, "media"),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddOcop();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDb>();
        var producers = await db.Producers.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Name, p.Phone, p.CommuneCode, p.ProvinceCode }).ToListAsync();
        if (producers.Count == 0) throw new InvalidOperationException($"{path} has no producers; run datagen first.");
        var rng = new Random(2026);
        var now = DateTime.UtcNow;
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();

        await using (var tx = await conn.BeginTransactionAsync())
        {
            var sb = new StringBuilder();
            for (var i = 0; i < orders; i++)
            {
                if (sb.Length == 0)
                    sb.Append("INSERT INTO orders (Code, CheckoutId, ProducerId, ProducerName, LookupToken, Status, PaymentMethod, RecipientName, Phone, AddressLine, CommuneCode, ProvinceCode, CarrierCode, Subtotal, Discount, ShippingFee, Total, AmountPaid, Overpaid, PlacedAt, PaidAt) VALUES ");
                else sb.Append(',');
                var p = producers[(int)(Math.Pow(rng.NextDouble(), 2) * producers.Count)];
                var placed = now.AddMinutes(-rng.Next(1, 2 * 365 * 24 * 60));
                var total = 50_000L + rng.Next(0, 40) * 25_000L;
                var paid = rng.NextDouble() < 0.8;
                var status = paid ? 9 : rng.NextDouble() < 0.5 ? 10 : 1;
                sb.Append(CultureInfo.InvariantCulture, $"('B{i:D12}','{Guid.NewGuid()}',{p.Id},'x','t{i}',{status},1,'Người mua','0987000111','1 Phố Huế','00070','01','vnpost',{total},0,0,{total},{(paid ? total : 0)},0,'{T(placed)}',{(paid ? $"'{T(placed.AddMinutes(15))}'" : "NULL")})");
                if ((i + 1) % 500 == 0 || i == orders - 1) { await ExecAsync(conn, sb.ToString()); sb.Clear(); }
            }
            await ExecAsync(conn, """
                INSERT INTO cert_certificates (Number, ProductId, ProducerId, ProductName, ProducerName, ProvinceCode, SetCode, Stars, Score, Level, DecisionNumber, DecisionDate, IssuedOn, ExpiresOn, Status, Historic, CreatedAt)
                SELECT 'B-' || p.Id, p.Id, p.ProducerId, p.Name, r.Name, p.ProvinceCode, p.SetCode, p.CertificateStars, '80.00', 1, 'QĐ-BENCH', date(p.CertificateExpiresOn, '-36 months'),
                       date(p.CertificateExpiresOn, '-36 months', '+1 day'), p.CertificateExpiresOn, 0, 0, p.CreatedAt
                FROM products p JOIN producers r ON r.Id = p.ProducerId WHERE p.CertificateNumber IS NOT NULL AND p.CertificateStars IS NOT NULL
                """);
            await ExecAsync(conn, $"INSERT INTO prog_courses (Title, Topic, ProvinceCode, CreatedAt) VALUES ('Bán hàng qua livestream', 1, NULL, '{T(now)}')");
            var courseId = await ScalarAsync(conn, "SELECT max(Id) FROM prog_courses");
            var sessions = new List<(long Id, string Province)>();
            foreach (var province in producers.Select(p => p.ProvinceCode).Distinct())
            {
                var commune = producers.First(p => p.ProvinceCode == province).CommuneCode;
                await ExecAsync(conn, $"INSERT INTO prog_sessions (CourseId, ProvinceCode, CommuneCode, StartsOn, EndsOn, Trainer, CreatedAt) VALUES ({courseId}, '{province}', '{commune}', '{DateOnly.FromDateTime(now.AddDays(-60)):yyyy-MM-dd}', '{DateOnly.FromDateTime(now.AddDays(-59)):yyyy-MM-dd}', 'Giảng viên', '{T(now)}')");
                sessions.Add((await ScalarAsync(conn, "SELECT max(Id) FROM prog_sessions"), province));
            }
            sb.Clear();
            for (var i = 0; i < attendance; i++)
            {
                sb.Append(sb.Length == 0 ? "INSERT INTO prog_attendance (SessionId, FullName, Phone, CommuneCode, ProvinceCode, AttendedOn, ProducerId, CreatedAt) VALUES " : ",");
                var producer = i < producers.Count ? producers[i] : null;
                var session = sessions[i % sessions.Count];
                var commune = producer?.CommuneCode ?? producers.First(p => p.ProvinceCode == session.Province).CommuneCode;
                var sessionId = producer is null ? session.Id : sessions.First(s => s.Province == producer.ProvinceCode).Id;
                var phone = producer?.Phone ?? $"09{i:D8}";
                sb.Append(CultureInfo.InvariantCulture, $"({sessionId},'Học viên {i}','{phone}','{commune}','{producer?.ProvinceCode ?? session.Province}','{DateOnly.FromDateTime(now.AddDays(-60)):yyyy-MM-dd}',{(producer is null ? "NULL" : producer.Id.ToString(CultureInfo.InvariantCulture))},'{T(now)}')");
                if ((i + 1) % 500 == 0 || i == attendance - 1) { await ExecAsync(conn, sb.ToString()); sb.Clear(); }
            }
            await tx.CommitAsync();
        }
        var inserted = watch.Elapsed;

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(OfficerEmail) is null)
        {
            var user = new AppUser { UserName = OfficerEmail, Email = OfficerEmail, FullName = "Bench central officer", EmailConfirmed = true, CreatedAt = now };
            var created = await users.CreateAsync(user, OfficerPassword);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, Roles.Central);
        }

        var snapshots = scope.ServiceProvider.GetRequiredService<SnapshotBuilder>();
        var snapWatch = Stopwatch.StartNew();
        foreach (var end in SnapshotBuilder.QuarterEnds(now, 6)) await snapshots.TakeAsync(end);
        var last = Stopwatch.StartNew();
        await snapshots.TakeAsync(DateTime.UtcNow);
        Console.WriteLine($"{path}: +{orders:N0} orders, {await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM cert_certificates").SingleAsync():N0} certificates, " +
                          $"{attendance:N0} attendances in {inserted.TotalSeconds:0.0} s; 7 snapshots in {snapWatch.Elapsed.TotalSeconds:0.0} s (the current one {last.Elapsed.TotalSeconds:0.0} s)");
        return 0;
    }

    private static string T(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static async Task ExecAsync(System.Data.Common.DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(System.Data.Common.DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
