using Ocop.Features.Catalog;
using Ocop.Features.Certification;
using Ocop.Features.Geography;
using Ocop.Features.Producers;

namespace Ocop.Features.Insights;

public sealed record OpenDataset(string Id, string Title, string Description, string Json, string Csv);
public sealed record OpenDataIndex(string Version, string Licence, string LicenceUrl, string Attribution, string Documentation, IReadOnlyList<OpenDataset> Datasets);
public sealed record RegistryItem(string Number, string Product, string? Producer, int Set, string SetName, int Group, string GroupName, int Stars,
    string ProvinceCode, string Province, DateOnly IssuedOn, DateOnly ExpiresOn, string Status);
public sealed record RegistryDocument(string Version, string Licence, string LicenceUrl, DateTime AsOf, int Total, int Page, int PageSize, IReadOnlyList<RegistryItem> Items);
public sealed record StatisticRow(string ProvinceCode, string Province, string Metric, string Key, long Value);
public sealed record StatisticsDocument(string Version, string Licence, string LicenceUrl, DateTime? AsOf, IReadOnlyList<StatisticRow> Rows);

/// <summary>
/// Open data (version 1): the certified-product registry and aggregate statistics, under CC BY 4.0,
/// each with its as-of time. No personal data: no phone, e-mail, address, representative or buyer;
/// a producer's name is published only for organisations (cooperatives, enterprises, cooperative
/// groups), because a household business is named after a person.
/// </summary>
public sealed class OpenData(OcopDb db, GeographyDirectory geo, TimeProvider clock)
{
    public const string Version = "1";
    public const string Licence = "CC BY 4.0";
    public const string LicenceUrl = "https://creativecommons.org/licenses/by/4.0/";
    public const string Attribution = "Nguồn: OCOP Hub – Chương trình Mỗi xã một sản phẩm";

    public static OpenDataIndex Index() => new(Version, Licence, LicenceUrl, Attribution, "/du-lieu-mo",
    [
        new("certified-products", "Danh sách sản phẩm OCOP được công nhận", "Số giấy chứng nhận, sản phẩm, chủ thể (tổ chức), bộ và nhóm sản phẩm, hạng sao, tỉnh, ngày cấp, ngày hết hạn, trạng thái.",
            "/api/v1/open-data/certified-products", "/api/v1/open-data/certified-products.csv"),
        new("statistics", "Số liệu tổng hợp theo tỉnh", "Sản phẩm OCOP theo sao, bộ, nhóm; chủ thể theo loại hình; giấy chứng nhận mới và sắp hết hạn; đơn hàng và giá trị; phễu chuyển đổi số.",
            "/api/v1/open-data/statistics", "/api/v1/open-data/statistics.csv"),
    ]);

    private static readonly LegalForm[] Organisations = [LegalForm.Cooperative, LegalForm.Enterprise, LegalForm.CooperativeGroup];

    /// <summary>Organisation names in historic records (no producer account) start with these words.</summary>
    private static readonly string[] OrganisationPrefixes = ["HTX", "Hợp tác xã", "Công ty", "Doanh nghiệp", "Tổ hợp tác", "THT", "Cơ sở"];

    public async Task<RegistryDocument> RegistryAsync(string? province, int? stars, bool all, int page, int pageSize)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 100_000);
        var today = VietnamTime.Today(clock);
        var q = db.Set<Certificate>().AsNoTracking();
        if (!all) q = q.Where(c => c.Status != CertificateStatus.Revoked && c.ExpiresOn >= today);
        if (province is not null) q = q.Where(c => c.ProvinceCode == province);
        if (stars is not null) q = q.Where(c => c.Stars == stars);
        var total = await q.CountAsync();
        var rows = await (from c in q
                          join p in db.Set<Producer>() on c.ProducerId equals p.Id into ps
                          from p in ps.DefaultIfEmpty()
                          orderby c.Number
                          select new { c.Number, c.ProductName, c.ProducerName, Form = p == null ? (LegalForm?)null : p.LegalForm, c.SetCode, c.Stars, c.ProvinceCode, c.IssuedOn, c.ExpiresOn, c.Status })
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync();
        var items = rows.Select(r =>
        {
            var set = ProductSets.Find(r.SetCode);
            var group = set is null ? null : ProductSets.GroupOf(r.SetCode);
            var organisation = r.Form is { } f ? Organisations.Contains(f) : OrganisationPrefixes.Any(x => r.ProducerName.StartsWith(x, StringComparison.OrdinalIgnoreCase));
            var status = r.Status == CertificateStatus.Revoked ? "revoked" : r.ExpiresOn < today ? "expired" : "valid";
            return new RegistryItem(r.Number, r.ProductName, organisation ? r.ProducerName : null, r.SetCode, set?.Name ?? "", group?.Code ?? 0, group?.Name ?? "",
                r.Stars, r.ProvinceCode, geo.Province(r.ProvinceCode)?.Name ?? r.ProvinceCode, r.IssuedOn, r.ExpiresOn, status);
        }).ToList();
        return new RegistryDocument(Version, Licence, LicenceUrl, clock.UtcNow(), total, page, pageSize, items);
    }

    /// <summary>The latest snapshot's figures by province (counts and đồng only).</summary>
    public async Task<StatisticsDocument> StatisticsAsync(string? province)
    {
        var latest = await db.Set<InsightsSnapshot>().AsNoTracking().OrderByDescending(s => s.TakenAt).FirstOrDefaultAsync();
        if (latest is null) return new StatisticsDocument(Version, Licence, LicenceUrl, null, []);
        var q = db.Set<InsightsFigure>().AsNoTracking().Where(f => f.SnapshotId == latest.Id);
        if (province is not null) q = q.Where(f => f.ProvinceCode == province);
        var rows = await q.OrderBy(f => f.ProvinceCode).ThenBy(f => f.Metric).ThenBy(f => f.Key).ToListAsync();
        return new StatisticsDocument(Version, Licence, LicenceUrl, latest.TakenAt,
            rows.Select(f => new StatisticRow(f.ProvinceCode, geo.Province(f.ProvinceCode)?.Name ?? f.ProvinceCode, f.Metric, f.Key, f.Value)).ToList());
    }

    public static byte[] RegistryCsv(RegistryDocument d)
    {
        var csv = new CsvText().Row("so_giay_chung_nhan", "san_pham", "chu_the", "ma_bo", "bo_san_pham", "ma_nhom", "nhom_san_pham", "so_sao",
            "ma_tinh", "tinh", "ngay_cap", "ngay_het_han", "trang_thai", "giay_phep", "so_lieu_tai");
        foreach (var i in d.Items)
            csv.Row(i.Number, i.Product, i.Producer, i.Set, i.SetName, i.Group, i.GroupName, i.Stars, i.ProvinceCode, i.Province,
                i.IssuedOn.ToString("yyyy-MM-dd"), i.ExpiresOn.ToString("yyyy-MM-dd"), i.Status, d.Licence, d.AsOf.ToString("O"));
        return csv.ToBytes();
    }

    public static byte[] StatisticsCsv(StatisticsDocument d)
    {
        var csv = new CsvText().Row("ma_tinh", "tinh", "chi_so", "khoa", "gia_tri", "giay_phep", "so_lieu_tai");
        foreach (var r in d.Rows) csv.Row(r.ProvinceCode, r.Province, r.Metric, r.Key, r.Value, d.Licence, d.AsOf?.ToString("O"));
        return csv.ToBytes();
    }
}
