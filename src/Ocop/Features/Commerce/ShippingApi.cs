using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Features.Geography;

namespace Ocop.Features.Commerce;

public sealed record QuoteRequest(List<CheckoutItem>? Items, string? CommuneCode);
public sealed record ParcelQuote(int ProducerId, string ProducerName, int WeightGrams, long Subtotal, long Discount, IReadOnlyList<ShippingQuote> Carriers);
public sealed record QuoteResponse(string CommuneCode, string ProvinceName, IReadOnlyList<ParcelQuote> Parcels);
public sealed record TrackingAck(string Status);

/// <summary>Carriers and fee tables, the fee quote shown before payment, and the carriers' tracking callback.</summary>
public static class ShippingApi
{
    public static IEndpointRouteBuilder MapShippingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/shipping").WithTags("Shipping");
        api.MapGet("/carriers", async (ShippingFees fees, CancellationToken ct) => (await fees.CarriersAsync(ct)).Select(ShippingCommands.ToDto).ToList())
            .WithName("ListCarriers").WithSummary("Carriers with their fee tables (zones: SameProvince, SameRegion, Nationwide).");
        api.MapPut("/carriers/{code}", SetRates).WithName("SetCarrierRates").RequireAuthorization()
            .WithSummary("An administrator replaces a carrier's fee table.");
        api.MapPost("/quote", Quote).WithName("QuoteShipping").WithSummary("Shipping fee of each producer's parcel with every carrier, before payment.");
        api.MapPost("/carriers/{code}/tracking", Track).WithName("CarrierTracking").DisableAntiforgery()
            .WithSummary("Carrier integration reports a parcel status (in_transit, delivered, returned); header X-Carrier-Key = Shipping:Carriers:{code}:ApiKey.");
        return app;
    }

    private static async Task<Results<Ok<CarrierDto>, ProblemHttpResult>> SetRates(string code, CarrierRatesInput input, ShippingCommands commands, CancellationToken ct) =>
        CommerceApi.Answer(await commands.SetRatesAsync(code, input, ct));

    private static async Task<Results<Ok<QuoteResponse>, ProblemHttpResult>> Quote(QuoteRequest request, CheckoutPricing pricing, ShippingFees fees,
        GeographyDirectory geo, CancellationToken ct)
    {
        var commune = geo.Commune(request.CommuneCode);
        if (commune is null) return AppError.Validation("communeCode", "Mã xã/phường không có trong danh mục đơn vị hành chính.").ToProblem();
        var priced = await pricing.PriceAsync(request.Items, ct);
        if (!priced.Ok) return priced.Error!.ToProblem();
        var carriers = await fees.CarriersAsync(ct);
        return TypedResults.Ok(new QuoteResponse(commune.Code, geo.Province(commune.ProvinceCode)?.Name ?? "", priced.Value!.Parcels
            .Select(p => new ParcelQuote(p.ProducerId, p.ProducerName, p.WeightGrams, p.Subtotal, p.Discount,
                carriers.Select(c => ShippingFees.Quote(c, p.ProvinceCode, commune.ProvinceCode, p.WeightGrams)).ToList()))
            .ToList()));
    }

    private static async Task<Results<Ok<TrackingAck>, ProblemHttpResult>> Track(string code, TrackingUpdate update, HttpRequest request,
        IConfiguration config, ShippingCommands commands, CancellationToken ct)
    {
        var key = config[$"Shipping:Carriers:{code}:ApiKey"];
        if (string.IsNullOrEmpty(key) || !OrderAccess.SameSecret(request.Headers["X-Carrier-Key"], key))
            return new AppError("Khoá API của đơn vị vận chuyển không hợp lệ.", 401).ToProblem();
        var result = await commands.TrackAsync(code, update, ct);
        return result.Ok ? TypedResults.Ok(new TrackingAck(result.Value!)) : result.Error!.ToProblem();
    }
}
