using Ocop.Features.Identity;
using Ocop.Features.Producers;
using Ocop.Standards.Text;

namespace Ocop.Features.Catalog;

/// <summary>
/// Product use cases for the producer who owns the product (or an officer in its province):
/// create, update, list/hide, photos. Only verified producers can list a product for sale.
/// </summary>
public sealed class ProductCommands(OcopDb db, CurrentUser me, AuditLog audit, MediaStore media, CatalogSearchIndex index, TimeProvider clock)
{
    public async Task<Result<Product>> CreateAsync(int producerId, ProductInput input)
    {
        var producer = await db.Producers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == producerId);
        if (producer is null) return AppError.NotFound("Không tìm thấy chủ thể.");
        if (!CanManage(producer)) return AppError.Forbidden("Bạn chỉ quản lý sản phẩm của chủ thể mình.");
        var v = input.Validate();
        if (v.HasErrors) return v.ToError();
        if (input.Status == ProductStatus.Listed && producer.Status != ProducerStatus.Verified)
            return AppError.Validation("status", "Chủ thể chưa được xác minh nên chưa thể đăng bán; hãy lưu bản nháp.");
        var now = clock.UtcNow();
        var product = new Product { Name = "", Slug = "", Unit = "", ProducerId = producerId, ProvinceCode = producer.ProvinceCode, CreatedAt = now, UpdatedAt = now, Status = ProductStatus.Draft };
        input.ApplyTo(product);
        product.Slug = await UniqueSlugAsync(product.Name, null);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        audit.Record("product.created", "product", product.Id, after: Snapshot(product));
        await db.SaveChangesAsync();
        index.Invalidate();
        return product;
    }

    public async Task<Result<Product>> UpdateAsync(int id, ProductInput input)
    {
        var (product, producer, error) = await LoadAsync(id);
        if (error is not null) return error;
        var v = input.Validate();
        if (v.HasErrors) return v.ToError();
        if (input.Status == ProductStatus.Listed && producer!.Status != ProducerStatus.Verified)
            return AppError.Validation("status", "Chủ thể chưa được xác minh nên chưa thể đăng bán.");
        var before = Snapshot(product!);
        var oldName = product!.Name;
        input.ApplyTo(product);
        if (oldName != product.Name) product.Slug = await UniqueSlugAsync(product.Name, product.Id);
        product.UpdatedAt = clock.UtcNow();
        audit.Record("product.updated", "product", id, before, Snapshot(product));
        await db.SaveChangesAsync();
        index.Invalidate();
        return product;
    }

    public async Task<Result<Product>> SetStatusAsync(int id, ProductStatus status)
    {
        var (product, producer, error) = await LoadAsync(id);
        if (error is not null) return error;
        if (status == ProductStatus.Listed && producer!.Status != ProducerStatus.Verified)
            return AppError.Validation("status", "Chủ thể chưa được xác minh nên chưa thể đăng bán.");
        var before = product!.Status;
        product.Status = status;
        product.UpdatedAt = clock.UtcNow();
        audit.Record("product.status", "product", id, new { Status = before }, new { Status = status });
        await db.SaveChangesAsync();
        index.Invalidate();
        return product;
    }

    public async Task<Result<ProductPhoto>> AddPhotoAsync(int id, Stream content, string? alt)
    {
        var (product, _, error) = await LoadAsync(id);
        if (error is not null) return error;
        if (product!.Photos.Count >= 10) return AppError.Validation("file", "Mỗi sản phẩm tối đa 10 ảnh.");
        if (Html.ContainsMarkup(alt)) return AppError.Validation("alt", "Không được nhập mã HTML hoặc script.");
        var saved = await media.SaveAsync(content, MediaKind.Image);
        if (!saved.Ok) return saved.Error!;
        var photo = new ProductPhoto
        {
            ProductId = id, MediaHash = saved.Value!.Hash, Alt = string.IsNullOrWhiteSpace(alt) ? product.Name : alt.Trim()[..Math.Min(alt.Trim().Length, 200)],
            SortOrder = product.Photos.Count == 0 ? 0 : product.Photos.Max(p => p.SortOrder) + 1,
        };
        product.Photos.Add(photo);
        product.UpdatedAt = clock.UtcNow();
        audit.Record("product.photo-added", "product", id, after: new { photo.MediaHash });
        await db.SaveChangesAsync();
        index.Invalidate();
        return photo;
    }

    public async Task<Result<bool>> RemovePhotoAsync(int id, int photoId)
    {
        var (product, _, error) = await LoadAsync(id);
        if (error is not null) return error;
        var photo = product!.Photos.FirstOrDefault(p => p.Id == photoId);
        if (photo is null) return AppError.NotFound("Không tìm thấy ảnh.");
        product.Photos.Remove(photo);
        audit.Record("product.photo-removed", "product", id, before: new { photo.MediaHash });
        await db.SaveChangesAsync();
        index.Invalidate();
        return true;
    }

    /// <summary>
    /// Catalog's public surface for Certification: writes the certificate snapshot that makes the
    /// OCOP mark and stars show (or clears it on revocation). Audited by the caller's module.
    /// </summary>
    public async Task SetCertificateSnapshotAsync(int productId, string? number, int? stars, DateOnly? expiresOn)
    {
        await db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.CertificateNumber, number)
            .SetProperty(p => p.CertificateStars, stars)
            .SetProperty(p => p.CertificateExpiresOn, expiresOn));
        index.Invalidate();
    }

    private async Task<(Product?, Producer?, AppError?)> LoadAsync(int id)
    {
        var product = await db.Products.Include(p => p.Photos).FirstOrDefaultAsync(p => p.Id == id);
        if (product is null) return (null, null, AppError.NotFound("Không tìm thấy sản phẩm."));
        var producer = await db.Producers.AsNoTracking().FirstAsync(p => p.Id == product.ProducerId);
        if (!CanManage(producer)) return (null, null, AppError.Forbidden("Bạn chỉ quản lý sản phẩm của chủ thể mình."));
        return (product, producer, null);
    }

    public bool CanManage(Producer producer) =>
        me.ProducerId == producer.Id || (me.IsOfficer && me.CanActOnCommune(producer.CommuneCode, producer.ProvinceCode));

    private async Task<string> UniqueSlugAsync(string name, int? selfId)
    {
        var baseSlug = VietnameseText.Slugify(name, 100);
        if (baseSlug.Length == 0) baseSlug = "san-pham";
        var taken = await db.Products.Where(p => (p.Slug == baseSlug || p.Slug.StartsWith(baseSlug + "-")) && p.Id != selfId)
            .Select(p => p.Slug).ToListAsync();
        if (!taken.Contains(baseSlug)) return baseSlug;
        for (var i = 2; ; i++) if (!taken.Contains($"{baseSlug}-{i}")) return $"{baseSlug}-{i}";
    }

    private static object Snapshot(Product p) => new { p.Name, p.Slug, p.SetCode, p.Price, p.Stock, p.Unit, p.Gtin, p.Status };
}
