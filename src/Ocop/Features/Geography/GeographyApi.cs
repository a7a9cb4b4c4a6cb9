using Microsoft.AspNetCore.Http.HttpResults;

namespace Ocop.Features.Geography;

public sealed record ProvinceDto(string Code, string Name, string FullName, string Type, int Communes);
public sealed record CommuneDto(string Code, string Name, string Type, string ProvinceCode);

public static class GeographyApi
{
    public static IEndpointRouteBuilder MapGeographyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/provinces").WithTags("Geography");
        api.MapGet("", ListProvinces).WithName("ListProvinces")
            .WithSummary("The 34 provinces (Decision 19/2025/QĐ-TTg); name without the Tỉnh/Thành phố prefix, fullName with it."); // vi-only: English API summary
        api.MapGet("/{code}/communes", ListCommunes).WithName("ListCommunes")
            .WithSummary("Communes, wards and special zones of a province.");
        return app;
    }

    private static Ok<ProvinceDto[]> ListProvinces(GeographyDirectory geo) =>
        TypedResults.Ok(geo.Provinces.Select(p => new ProvinceDto(p.Code, p.Name, p.FullName, p.Type, geo.Communes(p.Code).Count)).ToArray());

    private static Results<Ok<CommuneDto[]>, ProblemHttpResult> ListCommunes(string code, GeographyDirectory geo) =>
        geo.Province(code) is null
            ? AppError.NotFound($"Không có tỉnh/thành phố mã {code}.").ToProblem()
            : TypedResults.Ok(geo.Communes(code).Select(c => new CommuneDto(c.Code, c.Name, c.Type, c.ProvinceCode)).ToArray());
}
