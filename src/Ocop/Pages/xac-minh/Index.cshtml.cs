using Ocop.Features.Catalog;
using Ocop.Features.Certification;
using Ocop.Features.Geography;

namespace Ocop.Pages;

/// <summary>Public verification of a certificate by its number (the QR code points here); prints as a one-page certificate.</summary>
public sealed class CertificateVerifyModel(CertificationQueries certificates, CatalogQueries catalog, GeographyDirectory geo) : OcopPageModel
{
    public string Number { get; private set; } = "";
    public CertificateDto? Certificate { get; private set; }
    public string? ProductUrl { get; private set; }
    public string? LegacyProvince { get; private set; }

    public async Task OnGetAsync(string number)
    {
        Number = number;
        Certificate = await certificates.CertificateAsync(number);
        if (Certificate is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (Certificate.Product.Id is { } id && await catalog.DetailAsync(id) is { Status: nameof(ProductStatus.Listed) } product)
            ProductUrl = $"/san-pham/{product.Slug}";
        if (Certificate.LegacyProvinceCode is { } legacy)
            LegacyProvince = geo.Legacy(legacy)?.FullName ?? legacy;
    }

    public string QrUrl => $"/api/v1/certificates/{Uri.EscapeDataString(Number)}/qr.svg";
}
