using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Catalog;

namespace Ocop.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ProductModel(CatalogQueries catalog) : OcopPageModel
{
    // The encoder keeps Vietnamese readable but always escapes < > & ' so the JSON cannot close its <script> element.
    private static readonly JsonSerializerOptions JsonLdOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public ProductDetail Product { get; private set; } = null!;
    public string? ProducerSlug { get; private set; }
    public string StoryHtml { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string JsonLd { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var product = await catalog.BySlugAsync(slug);
        if (product is null) return NotFound();
        Product = product;
        ProducerSlug = product.Producer.Slug;
        StoryHtml = MarkdownText.ToHtml(product.Story);
        Summary = !string.IsNullOrWhiteSpace(product.Description) ? MarkdownText.ToPlain(product.Description, 200)
            : MarkdownText.ToPlain(product.Story, 200) is { Length: > 0 } story ? story
            : $"{product.Name} – {product.SetName}, {product.Province.Name}";
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Product",
            ["name"] = product.Name,
            ["description"] = Summary,
            ["image"] = product.Photos.Select(p => Ui.Absolute(Request, p.Url)).ToArray(),
            ["sku"] = product.Id.ToString(),
            ["gtin"] = product.Gtin,
            ["category"] = product.SetName,
            ["brand"] = new Dictionary<string, object> { ["@type"] = "Brand", ["name"] = product.Producer.Name },
            ["offers"] = new Dictionary<string, object>
            {
                ["@type"] = "Offer",
                ["price"] = product.Price,
                ["priceCurrency"] = "VND",
                ["availability"] = product.Stock > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
                ["url"] = Ui.Absolute(Request, $"/san-pham/{product.Slug}"),
            },
        };
        JsonLd = JsonSerializer.Serialize(data.Where(kv => kv.Value is not null).ToDictionary(), JsonLdOptions);
        return Page();
    }
}
