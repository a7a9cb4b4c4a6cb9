using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Catalog;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>
/// Create (<c>/ban-hang/san-pham/moi</c>) and edit (<c>/ban-hang/san-pham/{id}</c>) a product of the
/// signed-in producer; editing also uploads and removes photos. Both pages share this model.
/// </summary>
public sealed class ProductEditModel(CurrentUser me, CatalogQueries catalog, ProductCommands commands) : ProducerPageModel(me)
{
    private static readonly IReadOnlyDictionary<string, string> PhotoFields = new Dictionary<string, string>
    {
        ["file"] = nameof(Photo), ["alt"] = nameof(Alt),
    };

    [BindProperty] public ProductInput Input { get; set; } = new() { Status = ProductStatus.Draft };
    [BindProperty] public IFormFile? Photo { get; set; }
    [BindProperty] public string? Alt { get; set; }

    public Product? Product { get; private set; }

    public IEnumerable<SelectListItem> Sets => ProductSets.Groups.SelectMany(g =>
    {
        var group = new SelectListGroup { Name = L[g.Name] };
        return ProductSets.All.Where(s => s.GroupCode == g.Code)
            .Select(s => new SelectListItem($"{s.Code:00}. {L[s.Name]}", s.Code.ToString()) { Group = group });
    });

    public IEnumerable<SelectListItem> Statuses => Enum.GetValues<ProductStatus>()
        .Select(s => new SelectListItem(L[ProductInput.StatusLabel(s)], s.ToString()));

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is null) return Page();
        if (!await LoadAsync(id.Value)) return NotFound();
        Input = ProductInput.From(Product!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (id is not null && !await LoadAsync(id.Value)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var result = id is null ? await commands.CreateAsync(ProducerId, Input) : await commands.UpdateAsync(id.Value, Input);
        if (!result.Ok)
        {
            AddErrors(result.Error!);
            return Page();
        }
        return id is null
            ? Done($"/ban-hang/san-pham/{result.Value!.Id}", "Đã tạo sản phẩm. Hãy thêm ảnh để người mua dễ chọn.")
            : Done($"/ban-hang/san-pham/{id}", "Đã lưu sản phẩm.");
    }

    public async Task<IActionResult> OnPostPhotoAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Photo is null)
        {
            ModelState.AddModelError(nameof(Photo), L["Vui lòng chọn ảnh."]);
            Input = ProductInput.From(Product!);
            return Page();
        }
        await using var stream = Photo.OpenReadStream();
        var result = await commands.AddPhotoAsync(id, stream, Alt);
        if (result.Ok) return Done($"/ban-hang/san-pham/{id}", "Đã thêm ảnh.");
        AddErrors(result.Error!, fieldKeys: PhotoFields);
        Input = ProductInput.From(Product!);
        return Page();
    }

    public async Task<IActionResult> OnPostRemovePhotoAsync(int id, int photoId)
    {
        var result = await commands.RemovePhotoAsync(id, photoId);
        if (result.Ok) return Done($"/ban-hang/san-pham/{id}", "Đã xoá ảnh.");
        if (!await LoadAsync(id)) return NotFound();
        AddErrors(result.Error!);
        Input = ProductInput.From(Product!);
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        Product = (await catalog.OfProducerAsync(ProducerId)).FirstOrDefault(p => p.Id == id);
        return Product is not null;
    }
}
