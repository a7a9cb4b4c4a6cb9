using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ocop.Infrastructure;

/// <summary>Describes the bearer scheme in the OpenAPI document so clients know how to authenticate.</summary>
internal sealed class OpenApiBearer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "OCOP Hub API";
        document.Info.Description = "Nền tảng số cho Chương trình Mỗi xã một sản phẩm. Lấy token: POST /api/v1/auth/token với {email, password}, rồi gửi 'Authorization: Bearer <accessToken>'. Lỗi theo RFC 9457 (problem details).";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "Token from POST /api/v1/auth/token",
        };
        return Task.CompletedTask;
    }
}
