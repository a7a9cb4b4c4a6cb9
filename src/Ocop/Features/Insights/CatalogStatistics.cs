using Ocop.Features.Catalog;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Features.Insights;


public sealed record CatalogStats(
    DateTime AsOf, string? ProvinceScope, int Producers, int VerifiedProducers, int Products, int ListedProducts,
    IReadOnlyList<CountRow> ProducersByProvince, IReadOnlyList<CountRow> ProducersByLegalForm, IReadOnlyList<CountRow> ProducersByStatus,
    IReadOnlyList<CountRow> ProductsByProvince, IReadOnlyList<CountRow> ProductsBySet, IReadOnlyList<CountRow> ProductsByStatus,
    IReadOnlyList<CountRow> ProductsByStars);

/// <summary>
/// Dashboard v0: producers and products by province, set, legal form and status, computed from the
/// live tables with their as-of time, in the caller's scope. Insights reads, never writes.
/// </summary>
public sealed class CatalogStatistics(OcopDb db, GeographyDirectory geo, CurrentUser me, TimeProvider clock)
{
    public async Task<Result<CatalogStats>> RunAsync(string? province = null)
    {
        if (!me.IsOfficer) return AppError.Forbidden("Chỉ cán bộ quản lý chương trình xem được thống kê này.");
        var scope = me.ProvinceScope;
        if (province is not null && scope is not null && province != scope)
            return AppError.Forbidden("Bạn chỉ xem được thống kê của tỉnh mình.");
        var filter = province ?? scope;
        var asOf = clock.UtcNow();
        var today = VietnamTime.Today(clock);

        var producers = db.Producers.AsNoTracking();
        var products = db.Products.AsNoTracking();
        if (filter is not null) { producers = producers.Where(p => p.ProvinceCode == filter); products = products.Where(p => p.ProvinceCode == filter); }

        var prodRows = await producers.GroupBy(p => new { p.ProvinceCode, p.LegalForm, p.Status })
            .Select(g => new { g.Key.ProvinceCode, g.Key.LegalForm, g.Key.Status, Count = g.Count() }).ToListAsync();
        var productRows = await products.GroupBy(p => new { p.ProvinceCode, p.SetCode, p.Status })
            .Select(g => new { g.Key.ProvinceCode, g.Key.SetCode, g.Key.Status, Count = g.Count() }).ToListAsync();
        var starRows = await products.Where(p => p.CertificateStars != null && p.CertificateExpiresOn >= today)
            .GroupBy(p => p.CertificateStars).Select(g => new { Stars = g.Key!.Value, Count = g.Count() }).ToListAsync();

        string ProvinceName(string code) => geo.Province(code)?.Name ?? code;
        return new CatalogStats(asOf, filter,
            prodRows.Sum(r => r.Count), prodRows.Where(r => r.Status == ProducerStatus.Verified).Sum(r => r.Count),
            productRows.Sum(r => r.Count), productRows.Where(r => r.Status == ProductStatus.Listed).Sum(r => r.Count),
            prodRows.GroupBy(r => r.ProvinceCode).Select(g => new CountRow(g.Key, ProvinceName(g.Key), g.Sum(r => r.Count))).OrderBy(r => r.Key).ToList(),
            prodRows.GroupBy(r => r.LegalForm).Select(g => new CountRow(g.Key.ToString(), ProducerLabels.Of(g.Key), g.Sum(r => r.Count))).OrderBy(r => r.Key).ToList(),
            prodRows.GroupBy(r => r.Status).Select(g => new CountRow(g.Key.ToString(), ProducerLabels.Of(g.Key), g.Sum(r => r.Count))).OrderBy(r => r.Key).ToList(),
            productRows.GroupBy(r => r.ProvinceCode).Select(g => new CountRow(g.Key, ProvinceName(g.Key), g.Sum(r => r.Count))).OrderBy(r => r.Key).ToList(),
            productRows.GroupBy(r => r.SetCode).Select(g => new CountRow(g.Key.ToString("00"), ProductSets.Find(g.Key)!.Name, g.Sum(r => r.Count))).OrderBy(r => r.Key).ToList(),
            productRows.GroupBy(r => r.Status).Select(g => new CountRow(g.Key.ToString(), ProductInput.StatusLabel(g.Key), g.Sum(r => r.Count))).OrderBy(r => r.Key).ToList(),
            starRows.OrderBy(r => r.Stars).Select(r => new CountRow(r.Stars.ToString(), $"{r.Stars} sao", r.Count)).ToList());
    }

    /// <summary>CSV (UTF-8 with BOM so spreadsheet programs read Vietnamese): one row per dimension value.</summary>
    public static string ToCsv(CatalogStats s)
    {
        var csv = new CsvText()
            .Line($"# Thống kê chủ thể và sản phẩm OCOP, số liệu tại {VietnamTime.DateTime(s.AsOf)} (giờ Việt Nam){(s.ProvinceScope is null ? "" : $", tỉnh {s.ProvinceScope}")}")
            .Row("nhom", "ma", "ten", "so_luong");
        void Rows(string group, IEnumerable<CountRow> rows)
        {
            foreach (var r in rows) csv.Row(group, r.Key, r.Label, r.Count);
        }
        Rows("chu_the_theo_tinh", s.ProducersByProvince);
        Rows("chu_the_theo_loai_hinh", s.ProducersByLegalForm);
        Rows("chu_the_theo_trang_thai", s.ProducersByStatus);
        Rows("san_pham_theo_tinh", s.ProductsByProvince);
        Rows("san_pham_theo_bo", s.ProductsBySet);
        Rows("san_pham_theo_trang_thai", s.ProductsByStatus);
        Rows("san_pham_theo_sao", s.ProductsByStars);
        return csv.ToString();
    }
}
