using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Ocop.Features.Catalog;
using Ocop.Features.Certification;
using Ocop.Features.Certification.Rubrics;
using Ocop.Features.Commerce;
using Ocop.Features.Geography;
using Ocop.Features.Identity;
using Ocop.Features.Insights;
using Ocop.Features.Matching;
using Ocop.Features.Livestream;
using Ocop.Features.Producers;
using Ocop.Infrastructure.Events;
using Ocop.Features.Traceability;
using Ocop.Features.Programme;

namespace Ocop;

/// <summary>Composition of the application: modules, pipeline, endpoints.</summary>
public static class OcopHost
{
    public static WebApplicationBuilder AddOcop(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        if (!builder.Environment.IsDevelopment())
            builder.Logging.AddJsonConsole(o => { o.IncludeScopes = true; o.TimestampFormat = "O"; });

        // First hosted service: migrations and reference data before anything reads the database (key ring included).
        services.AddHostedService<StartupTasks>();
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddEdgeSecurity(config, builder.Environment);
        services.AddOcopData(config, builder.Environment);
        services.AddEventBus(config);
        services.AddSingleton(config.GetSection("Media").Get<MediaOptions>() ?? new MediaOptions());
        services.AddScoped<MediaStore>();
        services.AddGeography();
        services.AddOcopIdentity();
        services.AddProducers();
        services.AddCatalog();
        services.AddRubrics();
        services.AddCertification();
        services.AddCommerce();
        services.AddLivestream();
        services.AddTraceability();
        services.AddProgramme();
        services.AddInsights();
        services.AddMatching();
        services.AddScoped<Data.Demo.DemoSeeder>();
        services.AddSingleton<Data.Demo.DemoData>();
        services.AddSingleton<Lang>();

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/ban-hang");
            o.Conventions.AuthorizeFolder("/quan-ly");
        });
        services.AddPublicPageCache();
        // Vietnamese letters are written as they are, not as &#x…; entities: smaller pages, less work.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        // Unreadable input throws, so that InputEdgeMiddleware answers it with a Vietnamese problem naming the field.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(o => o.AddDocumentTransformer<OpenApiBearer>());
        services.AddHealthChecks().AddDbContextCheck<OcopDb>("database", tags: ["ready"]);
        var limits = config.GetSection("RateLimits");
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only submissions count: showing the login or registration form is free.
            RateLimitPartition<string> PerIp(HttpContext ctx, string name, int limit, TimeSpan window) =>
                HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("read")
                    : RateLimitPartition.GetFixedWindowLimiter($"{name}:{ctx.Connection.RemoteIpAddress}",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window });
            o.AddPolicy("login", ctx => PerIp(ctx, "login", limits.GetValue("LoginPerMinute", 20), TimeSpan.FromMinutes(1)));
            o.AddPolicy("register", ctx => PerIp(ctx, "register", limits.GetValue("RegisterPerHour", 10), TimeSpan.FromHours(1)));
        });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture("vi-VN").AddSupportedCultures("vi-VN", "en").AddSupportedUICultures("vi-VN", "en");
            // Pages follow the person's choice (cookie); programs calling /api/v1 ask with Accept-Language.
            var acceptLanguage = new AcceptLanguageHeaderRequestCultureProvider();
            o.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(ctx => ctx.Request.Path.StartsWithSegments("/api")
                    ? acceptLanguage.DetermineProviderCultureResult(ctx)
                    : Task.FromResult<ProviderCultureResult?>(null)),
                new CookieRequestCultureProvider { CookieName = Lang.CookieName },
            ];
        });
        return builder;
    }

    public static WebApplication UseOcop(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/loi",
                StatusCodeSelector = e => e is InputRejectedException ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError,
            });
            app.UseHsts();
        }
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api => api.UseMiddleware<ApiProblemFallback>().UseMiddleware<CookieApiWrites>());
        app.UseMiddleware<InputEdgeMiddleware>();
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/loi", "?code={0}"));
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public, max-age=604800",
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api/docs";
            o.SwaggerEndpoint("/openapi/v1.json", "OCOP Hub API v1");
            o.DocumentTitle = "OCOP Hub API";
        });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        // Every module's endpoints behind the input edge (TextRules on each argument).
        var modules = app.MapGroup("").AddEndpointFilterFactory(InputEdgeFilter.Create);
        modules.MapGeographyApi();
        modules.MapIdentityApi();
        modules.MapProducersApi();
        modules.MapCatalogApi();
        modules.MapRubricsApi();
        modules.MapCertificationApi();
        modules.MapCommerceApi();
        modules.MapLivestreamApi();
        modules.MapTraceabilityApi();
        modules.MapProgrammeApi();
        modules.MapInsightsApi();
        modules.MapMatchingApi();
        app.MapMedia();
        Pages.AddToCartEndpoint.MapAddToCart(app);
        app.MapRazorPages();
        return app;
    }

    /// <summary>Runs an operator command (<c>migrate</c>, <c>import …</c>, <c>outbox</c> …) or the web host.</summary>
    public static async Task<int> RunOcopAsync(this WebApplication app, string[] args)
    {
        if (args.Length > 0 && OperatorCommands.IsCommand(args[0]))
            return await OperatorCommands.RunAsync(app.Services, args);
        await app.RunAsync();
        return 0;
    }
}
