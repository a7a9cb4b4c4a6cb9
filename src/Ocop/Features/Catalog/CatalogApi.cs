using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Features.Catalog;

public sealed record ProducerRef(int Id, string Name, string? Slug = null);
public sealed record CertificateRef(string Number, int Stars, DateOnly ExpiresOn);
public sealed record ProductListItem(int Id, string Slug, string Name, long Price, string Unit, int? Stars,
    ProducerRef Producer, ProvinceRef Province, int SetCode, string? PhotoUrl);
public sealed record ProductSearchResponse(IReadOnlyList<ProductListItem> Items, int Total, int Page, int PageSize, SearchFacets Facets, DateTime AsOf);
public sealed record ProductDetail(int Id, string Slug, string Name, string Status, long Price, string Unit, int? NetWeightGrams, int Stock,
    string? Gtin, int SetCode, string SetName, string GroupName, string? Description, string? Story, int? Stars, CertificateRef? Certificate,
    ProducerRef Producer, ProvinceRef Province, IReadOnlyList<PhotoDto> Photos, DateTime UpdatedAt, IReadOnlyList<ProductLot>? Lots = null);
public sealed record PhotoDto(int Id, string Url, string? Alt);
public sealed record StatusRequest(ProductStatus Status);
public sealed record ProductSetDto(int Code, string Name, int GroupCode, string GroupName);

public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/product-sets", () => TypedResults.Ok(ProductSets.All
                .Select(s => new ProductSetDto(s.Code, s.Name, s.GroupCode, ProductSets.Groups[s.GroupCode - 1].Name)).ToArray()))
            .WithTags("Catalog").WithName("ListProductSets").WithSummary("The 26 product sets in 6 groups (Decision 148/QĐ-TTg)."); // vi-only: English API summary

        var api = app.MapGroup("/api/v1/products").WithTags("Catalog");
        api.MapGet("", Search).WithName("SearchProducts")
            .WithSummary("Search listed products; Vietnamese with or without diacritics. sort = relevance|newest|price_asc|price_desc|stars; stars = exact star level of a valid certificate.");
        api.MapGet("/{id:int}", Get).WithName("GetProduct").WithSummary("A product; certificate is null unless a valid certificate exists.");
        api.MapPost("", Create).WithName("CreateProduct").RequireAuthorization()
            .WithSummary("Create a product of a producer (its owner, or an officer in scope). Query producerId for officers.");
        api.MapPut("/{id:int}", Update).WithName("UpdateProduct").RequireAuthorization().WithSummary("Update a product.");
        api.MapPost("/{id:int}/status", SetStatus).WithName("SetProductStatus").RequireAuthorization().WithSummary("Draft, list or hide a product.");
        api.MapPost("/{id:int}/photos", AddPhoto).WithName("AddProductPhoto").RequireAuthorization().DisableAntiforgery()
            .WithSummary("Upload a photo (multipart field 'file'; JPEG, PNG or WebP checked by content; at most 5 MB).");
        api.MapDelete("/{id:int}/photos/{photoId:int}", RemovePhoto).WithName("RemoveProductPhoto").RequireAuthorization().WithSummary("Remove a photo.");
        return app;
    }

    public static ProductListItem ToListItem(CatalogEntry e, DateOnly today) => new(e.Id, e.Slug, e.Name, e.Price, e.Unit, e.StarsOn(today),
        new ProducerRef(e.ProducerId, e.ProducerName, e.ProducerSlug), new ProvinceRef(e.ProvinceCode, e.ProvinceName), e.SetCode,
        e.PhotoHash is null ? null : $"/media/{e.PhotoHash}");

    private static Results<Ok<ProductSearchResponse>, ProblemHttpResult> Search(CatalogSearch search, TimeProvider clock,
        string? q, string? province, int? set, int? group, int? stars, long? minPrice, long? maxPrice, string? sort, int page = 1, int pageSize = 24)
    {
        var v = new Validation();
        v.Require(set is null or >= 1 and <= 26, "set", "Bộ sản phẩm phải từ 1 đến 26.");
        v.Require(group is null or >= 1 and <= 6, "group", "Nhóm sản phẩm phải từ 1 đến 6.");
        v.Require(stars is null or >= 1 and <= 5, "stars", "Số sao phải từ 1 đến 5.");
        v.Require(minPrice is null or >= 0 && maxPrice is null or >= 0 && (minPrice is null || maxPrice is null || minPrice <= maxPrice), "price", "Khoảng giá không hợp lệ.");
        v.Require(sort is null || CatalogSearch.Sorts.Contains(sort), "sort", "Cách sắp xếp không hợp lệ.");
        v.Require(pageSize is >= 1 and <= 100, "pageSize", "Số mục mỗi trang từ 1 đến 100.");
        v.Require(q is null || q.Length <= 200, "q", "Từ khoá tối đa 200 ký tự.");
        if (v.HasErrors) return v.ToError().ToProblem();
        var result = search.Run(new SearchQuery(q, province, set, group, stars, minPrice, maxPrice, sort, page, pageSize));
        var today = VietnamTime.Today(clock);
        return TypedResults.Ok(new ProductSearchResponse(result.Items.Select(e => ToListItem(e, today)).ToList(),
            result.Total, result.Page, result.PageSize, result.Facets, result.AsOf));
    }

    private static async Task<Results<Ok<ProductDetail>, ProblemHttpResult>> Get(int id, CatalogQueries queries)
    {
        var detail = await queries.DetailAsync(id);
        return detail is null ? AppError.NotFound("Không tìm thấy sản phẩm.").ToProblem() : TypedResults.Ok(detail);
    }

    private static async Task<Results<Created<ProductDetail>, ProblemHttpResult>> Create(ProductInput input, ProductCommands commands, CatalogQueries queries, CurrentUser me, int? producerId)
    {
        var owner = producerId ?? me.ProducerId;
        if (owner is null) return AppError.Validation("producerId", "Thiếu mã chủ thể.").ToProblem();
        var result = await commands.CreateAsync(owner.Value, input);
        if (!result.Ok) return result.Error!.ToProblem();
        return TypedResults.Created($"/api/v1/products/{result.Value!.Id}", (await queries.DetailAsync(result.Value.Id))!);
    }

    private static async Task<Results<Ok<ProductDetail>, ProblemHttpResult>> Update(int id, ProductInput input, ProductCommands commands, CatalogQueries queries)
    {
        var result = await commands.UpdateAsync(id, input);
        return result.Ok ? TypedResults.Ok((await queries.DetailAsync(id))!) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<ProductDetail>, ProblemHttpResult>> SetStatus(int id, StatusRequest request, ProductCommands commands, CatalogQueries queries)
    {
        if (!Enum.IsDefined(request.Status)) return AppError.Validation("status", "Trạng thái không hợp lệ.").ToProblem();
        var result = await commands.SetStatusAsync(id, request.Status);
        return result.Ok ? TypedResults.Ok((await queries.DetailAsync(id))!) : result.Error!.ToProblem();
    }

    private static async Task<Results<Created<PhotoDto>, ProblemHttpResult>> AddPhoto(int id, IFormFile? file, [FromForm] string? alt, ProductCommands commands)
    {
        if (file is null) return AppError.Validation("file", "Vui lòng chọn ảnh.").ToProblem();
        await using var stream = file.OpenReadStream();
        var result = await commands.AddPhotoAsync(id, stream, alt);
        if (!result.Ok) return result.Error!.ToProblem();
        var photo = result.Value!;
        return TypedResults.Created($"/media/{photo.MediaHash}", new PhotoDto(photo.Id, $"/media/{photo.MediaHash}", photo.Alt));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemovePhoto(int id, int photoId, ProductCommands commands)
    {
        var result = await commands.RemovePhotoAsync(id, photoId);
        return result.Ok ? TypedResults.NoContent() : result.Error!.ToProblem();
    }
}
