using Microsoft.Extensions.Options;
using Ocop.Features.Catalog;

namespace Ocop.Features.Commerce;

public static class CommerceModule
{
    public static IServiceCollection AddCommerce(this IServiceCollection services)
    {
        services.AddOptions<CommerceOptions>().BindConfiguration("Commerce");
        services.AddOptions<PaymentOptions>().BindConfiguration("Payments");
        services.AddSingleton(sp => new SaleableProductCache(
            TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<CommerceOptions>>().Value.SaleFactsSeconds), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<StockLedger>();
        services.AddScoped<SpecialOffers>();
        services.AddScoped<OrderAttribution>();
        services.AddScoped<AttributedSales>();
        services.AddScoped<GuestSession>();
        services.AddScoped<Cart>();
        services.AddScoped<CheckoutPricing>();
        services.AddScoped<ShippingFees>();
        services.AddScoped<ShippingCommands>();
        services.AddScoped<OrderAccess>();
        services.AddScoped<OrderNotifier>();
        services.AddScoped<OrderWorkflow>();
        services.AddScoped<OrderQueries>();
        services.AddScoped<SellerQueue>();
        services.AddScoped<PlaceOrder>();
        services.AddSingleton<OrderNumbers>();
        services.AddScoped<PaymentMatching>();
        services.AddScoped<Refunds>();
        services.AddScoped<ExpireUnpaidOrders>();
        services.AddScoped<GiftCombos>();
        services.AddScoped<Reviews>();
        services.AddHostedService<PaymentExpiryJob>();
        return services;
    }
}
