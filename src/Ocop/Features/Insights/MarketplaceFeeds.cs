using System.Globalization;
using System.Text;
using System.Xml;
using Ocop.Features.Catalog;
using Ocop.Features.Geography;
using Ocop.Features.Producers;
using Ocop.Standards.Gs1;
using Ocop.Standards.Gs1.DigitalLink;

namespace Ocop.Features.Insights;

public sealed record FeedItem(int Id, string Slug, string Name, string? Description, long Price, int Stock, string? Gtin, string Unit,
    int? NetWeightGrams, int SetCode, string ProducerName, string ProvinceCode, string? PhotoHash, int? Stars)
{
    /// <summary>The GS1 Digital Link of the product's GTIN, when it has a valid one.</summary>
    public string? DigitalLink => Gtin is not null && Standards.Gs1.Gtin.IsValid(Gtin) ? DigitalLinkUri.ForGtin(Gtin).ToString() : null;
}

/// <summary>
/// Product feeds for other channels ("lên sàn"): Google Merchant (RSS 2.0 with the g: namespace),
/// Facebook catalogue CSV, and a generic CSV for postal marketplaces. Listed products of verified
/// producers only, per producer (slug) or per province; GTIN and Digital Link where present.
/// </summary>
public sealed class MarketplaceFeeds(OcopDb db, GeographyDirectory geo, TimeProvider clock)
{
    public const string GoogleNamespace = "http://base.google.com/ns/1.0";

    public async Task<Result<(string Title, IReadOnlyList<FeedItem> Items)>> ItemsAsync(string? producer, string? province)
    {
        if (producer is null && province is null) return AppError.Validation("producer", "Chọn một chủ thể (producer) hoặc một tỉnh (province).");
        var producers = db.Set<Producer>().AsNoTracking().Where(p => p.Status == ProducerStatus.Verified);
        string title;
        if (producer is not null)
        {
            var p = await producers.Where(x => x.Slug == producer).Select(x => new { x.Id, x.Name }).FirstOrDefaultAsync();
            if (p is null) return AppError.NotFound("Không tìm thấy chủ thể.");
            producers = producers.Where(x => x.Id == p.Id);
            title = p.Name;
        }
        else
        {
            if (geo.Province(province) is not { } pr) return AppError.NotFound("Không tìm thấy tỉnh/thành.");
            producers = producers.Where(x => x.ProvinceCode == province);
            title = $"Sản phẩm OCOP {pr.FullName}";
        }
        var today = VietnamTime.Today(clock);
        var items = await (from x in db.Set<Product>().AsNoTracking()
                           join p in producers on x.ProducerId equals p.Id
                           where x.Status == ProductStatus.Listed
                           orderby x.Id
                           select new FeedItem(x.Id, x.Slug, x.Name, x.Description, x.Price, x.Stock, x.Gtin, x.Unit, x.NetWeightGrams, x.SetCode, p.Name, x.ProvinceCode,
                               x.Photos.OrderBy(f => f.SortOrder).Select(f => f.MediaHash).FirstOrDefault(),
                               x.CertificateExpiresOn >= today ? x.CertificateStars : null))
            .Take(50_000).ToListAsync();
        return (title, items);
    }

    public static string GoogleXml(string title, string baseUrl, IReadOnlyList<FeedItem> items)
    {
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(new StringWriter(sb), new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "g", null, GoogleNamespace);
            w.WriteStartElement("channel");
            w.WriteElementString("title", title);
            w.WriteElementString("link", baseUrl + "/");
            w.WriteElementString("description", "Sản phẩm OCOP đang bán trên OCOP Hub");
            foreach (var i in items)
            {
                w.WriteStartElement("item");
                G(w, "id", i.Id.ToString(CultureInfo.InvariantCulture));
                G(w, "title", i.Name);
                G(w, "description", Describe(i));
                G(w, "link", $"{baseUrl}/san-pham/{i.Slug}");
                if (i.PhotoHash is not null) G(w, "image_link", $"{baseUrl}/media/{i.PhotoHash}");
                G(w, "availability", i.Stock > 0 ? "in_stock" : "out_of_stock");
                G(w, "price", $"{i.Price.ToString(CultureInfo.InvariantCulture)} VND");
                G(w, "condition", "new");
                G(w, "brand", i.ProducerName);
                if (i.DigitalLink is not null)
                {
                    G(w, "gtin", i.Gtin!);
                    G(w, "custom_label_0", i.DigitalLink);
                }
                else G(w, "identifier_exists", "no");
                G(w, "product_type", ProductSets.Find(i.SetCode)?.Name ?? "");
                if (i.Stars is not null) G(w, "custom_label_1", $"OCOP {i.Stars} sao");
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        // StringWriter reports UTF-16; the response is UTF-8.
        return sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }

    public static byte[] FacebookCsv(string baseUrl, IReadOnlyList<FeedItem> items)
    {
        var csv = new CsvText(bom: false).Row("id", "title", "description", "availability", "condition", "price", "link", "image_link", "brand", "gtin", "product_type");
        foreach (var i in items)
            csv.Row(i.Id, i.Name, Describe(i), i.Stock > 0 ? "in stock" : "out of stock", "new", $"{i.Price.ToString(CultureInfo.InvariantCulture)} VND",
                $"{baseUrl}/san-pham/{i.Slug}", i.PhotoHash is null ? "" : $"{baseUrl}/media/{i.PhotoHash}", i.ProducerName, i.DigitalLink is null ? "" : i.Gtin,
                ProductSets.Find(i.SetCode)?.Name);
        return csv.ToBytes();
    }

    public static byte[] PostalCsv(string baseUrl, IReadOnlyList<FeedItem> items, GeographyDirectory geo)
    {
        var csv = new CsvText().Row("ma_san_pham", "ten_san_pham", "mo_ta", "don_vi", "khoi_luong_g", "gia_vnd", "ton_kho", "gtin", "digital_link",
            "chu_the", "tinh", "hang_sao_ocop", "duong_dan", "anh");
        foreach (var i in items)
            csv.Row(i.Id, i.Name, i.Description, i.Unit, i.NetWeightGrams, i.Price, i.Stock, i.DigitalLink is null ? "" : i.Gtin, i.DigitalLink, i.ProducerName,
                geo.Province(i.ProvinceCode)?.Name ?? i.ProvinceCode, i.Stars, $"{baseUrl}/san-pham/{i.Slug}", i.PhotoHash is null ? "" : $"{baseUrl}/media/{i.PhotoHash}");
        return csv.ToBytes();
    }

    private static string Describe(FeedItem i) => string.IsNullOrWhiteSpace(i.Description) ? $"{i.Name} – {i.ProducerName}" : i.Description!;

    private static void G(XmlWriter w, string name, string value) => w.WriteElementString("g", name, GoogleNamespace, value);
}
