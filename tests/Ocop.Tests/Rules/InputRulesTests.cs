using Ocop.Features.Catalog;
using Ocop.Features.Geography;
using Ocop.Infrastructure;

namespace Ocop.Tests.Rules;

/// <summary>Rules that need no host.</summary>
public sealed class InputRulesTests
{
    [Theory]
    [InlineData("0912345678", true)]
    [InlineData("+84912345678", true)]
    [InlineData("091 234 5678", true)]
    [InlineData("12345", false)]
    [InlineData("0112345678", false)]
    [InlineData("", false)]
    public void PhoneNumbers_AreVietnamese(string phone, bool valid) => Assert.Equal(valid, PhoneNumbers.IsValid(phone));

    [Theory]
    [InlineData("Gạo <b>ngon</b>", true)]
    [InlineData("<script>alert(1)</script>", true)]
    [InlineData("x onload=alert(1)", true)]
    [InlineData("Nhãn Sông Mã 1 < 2 > 0", false)]
    [InlineData("Mật ong bạc hà Hà Giang", false)]
    public void Html_IsDetectedInPlainTextFields(string text, bool markup) => Assert.Equal(markup, Html.ContainsMarkup(text));

    [Fact]
    public void ProductInput_ReportsEveryProblem_AtOnce()
    {
        var v = new ProductInput { Name = "x", SetCode = 0, Unit = "", Price = -5, Gtin = "123" }.Validate();
        var fields = v.ToError().Fields!.Keys.ToHashSet();
        Assert.Superset(new HashSet<string> { "name", "setCode", "unit", "price", "gtin" }, fields);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, MediaKind.Image, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, MediaKind.Image, "image/png")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, MediaKind.Image, null)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, MediaKind.Document, "application/pdf")]
    [InlineData(new byte[] { 0x3C, 0x73, 0x76, 0x67 }, MediaKind.Image, null)]
    public void MediaTypes_AreDecidedByContent(byte[] head, MediaKind kind, string? expected) =>
        Assert.Equal(expected, MediaStore.DetectType(head, kind));

    [Fact]
    public void CsvRecords_HandleQuotedFieldsAcrossLines_AndReportStartLines()
    {
        var rows = CsvRecords.Read(new StringReader("a,b\n\"x,1\",\"line\none\"\n\"q\"\"uote\",z")).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["x,1", "line\none"], rows[1].Fields);
        Assert.Equal(2, rows[1].Line);
        Assert.Equal(4, rows[2].Line);
        Assert.Equal("q\"uote", rows[2].Fields[0]);
    }

    [Fact]
    public void AdminUnits_OfficialEdition_Reads34Provinces3321Communes63LegacyProvinces()
    {
        var edition = AdminUnitsEdition.ReadOfficial(SharedData.AdminUnits, "test");
        Assert.True(edition.Ok, edition.Error?.Message);
        Assert.Equal(34, edition.Value!.Provinces.Count);
        Assert.Equal(3321, edition.Value.Communes.Count);
        Assert.Equal(63, edition.Value.LegacyProvinces.Count);
        Assert.Equal("Sơn La", edition.Value.Provinces.Single(p => p.Code == "14").Name);
    }

    [Fact]
    public void AdminUnits_ShippedEncoding_EqualsTheOfficialEdition()
    {
        var official = AdminUnitsEdition.ReadOfficial(SharedData.AdminUnits, "test").Value!;
        var shipped = AdminUnitsEdition.Shipped();
        Assert.Equal(official.Communes.Select(c => (c.Code, c.ProvinceCode, c.Name, c.Type)), shipped.Communes.Select(c => (c.Code, c.ProvinceCode, c.Name, c.Type)));
        Assert.Equal(official.LegacyProvinces.Select(l => (l.Code, l.SuccessorCodes)), shipped.LegacyProvinces.Select(l => (l.Code, l.SuccessorCodes)));
        using var writer = new StringWriter();
        shipped.WriteEncoded(writer);
        var again = AdminUnitsEdition.ReadEncoded(new StringReader(writer.ToString()));
        Assert.Equal(shipped.Provinces.Select(p => p.FullName), again.Provinces.Select(p => p.FullName));
    }

    [Fact]
    public void AdminUnits_BrokenEdition_IsRefusedWithEveryProblem()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "nested-divisions.json"),
                """[{"name":"Tỉnh A","code":1,"wards":[{"name":"Xã B","code":5},{"name":"Xã C","code":5},{"code":7}]},{"code":2}]""");
            var edition = AdminUnitsEdition.ReadOfficial(dir.FullName, "broken");
            Assert.False(edition.Ok);
            Assert.Contains("00005", edition.Error!.Message);
            Assert.Contains("thiếu mã hoặc tên", edition.Error.Message);
        }
        finally { dir.Delete(true); }
    }
}

/// <summary>
/// The official reference data: <c>OCOP_SHARED_DATA</c> (test.sh sets it, also for a clone made away from
/// <c>shared/</c>), else a <c>shared/data</c> folder above the tests (CI has ../shared/data).
/// </summary>
public static class SharedData
{
    public static string Root
    {
        get
        {
            if (Environment.GetEnvironmentVariable("OCOP_SHARED_DATA") is { Length: > 0 } given)
                return Directory.Exists(given) ? given : throw new DirectoryNotFoundException($"OCOP_SHARED_DATA={given} does not exist.");
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate)) return candidate;
            }
            throw new DirectoryNotFoundException("shared/data was not found above the test folder (CI checks the project out beside shared/); set OCOP_SHARED_DATA or run ./test.sh.");
        }
    }

    public static string AdminUnits => Path.Combine(Root, "admin-units-2025");
}
