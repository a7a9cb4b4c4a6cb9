using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Features.Catalog;
using Ocop.Features.Identity;
using Ocop.Standards.Epcis;

namespace Ocop.Features.Traceability;

public sealed record LocationDto(int Id, string Kind, string Name, string CommuneCode, string? Gln, string DigitalLink);

public static class TraceabilityApi
{
    public const string LinksetMediaType = "application/linkset+json";

    public static IEndpointRouteBuilder MapTraceabilityApi(this IEndpointRouteBuilder app)
    {
        var epcis = app.MapGroup("/api/v1/epcis").WithTags("Traceability");
        epcis.MapPost("/capture", Capture).WithName("EpcisCapture").RequireAuthorization().DisableAntiforgery()
            .Accepts<EpcisDocument>("application/ld+json", "application/json")
            .WithSummary("Capture an EPCIS 2.0 document (JSON-LD). All or nothing: any invalid event → 400 listing every error by event index.");
        epcis.MapGet("/events", Events).WithName("EpcisEvents")
            .WithSummary("EPCISQueryDocument of stored events. EQ_bizStep, MATCH_epc, MATCH_epcClass (Digital Link or EPC URN), GE_eventTime, LT_eventTime, EQ_bizLocation; perPage, nextPageToken (Link rel=next).");

        var lots = app.MapGroup("/api/v1").WithTags("Traceability");
        lots.MapPost("/lots", CreateLot).WithName("CreateLot").RequireAuthorization()
            .WithSummary("Create a lot of one of the producer's products (the product needs a GTIN; lot number ≤ 20 characters, GS1 AI 10).");
        lots.MapGet("/lots/{id:int}", GetLot).WithName("GetLot").WithSummary("A lot with its Digital Link.");
        lots.MapGet("/lots/{id:int}/qr.svg", QrSvg).WithName("LotQrSvg").WithSummary("QR code (SVG) carrying the lot's Digital Link on this host.");
        lots.MapGet("/lots/{id:int}/qr.png", QrPng).WithName("LotQrPng").WithSummary("QR code (PNG) carrying the lot's Digital Link on this host.");
        lots.MapGet("/products/{id:int}/lots", LotsOfProduct).WithName("ProductLots").WithSummary("The lots of a product, newest first, each with its Digital Link.");
        lots.MapPost("/trace-locations", AddLocation).WithName("AddTraceLocation").RequireAuthorization()
            .WithSummary("Register a farm, workshop or warehouse of the producer; without a GLN it gets a platform-local Digital Link (414 + 254).");
        lots.MapGet("/trace-locations", Locations).WithName("ListTraceLocations").RequireAuthorization().WithSummary("The signed-in producer's locations.");

        app.MapMethods("/01/{**rest}", ["GET", "HEAD"], Resolve).WithTags("Traceability").WithName("ResolveDigitalLink")
            .WithSummary("GS1 Digital Link resolver: 307 to the default or requested link (linkType), RFC 9264 linkset for linkType=linkset or Accept: application/linkset+json.");
        app.MapMethods("/00/{**rest}", ["GET", "HEAD"], Resolve).WithTags("Traceability").WithName("ResolveSscc")
            .WithSummary("GS1 Digital Link resolver for a carton's SSCC: the trace page of the lot packed into it (default) or its EPCIS events.");
        app.MapMethods("/414/{**rest}", ["GET", "HEAD"], Resolve).WithTags("Traceability").WithName("ResolveGln")
            .WithSummary("GS1 Digital Link resolver for a producer's registered place (GLN, optional 254 extension): gs1:locationInfo (storefront, default) or the EPCIS events recorded there.");
        app.MapGet("/.well-known/gs1resolver", Description).WithTags("Traceability").WithName("Gs1ResolverDescription")
            .WithSummary("Resolver description file (GS1-Conformant Resolver).");
        return app;
    }

    private static async Task<Results<Created<CaptureResult>, ProblemHttpResult>> Capture(HttpRequest request, CaptureEvents capture, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        var result = await capture.CaptureJsonAsync(json, ct);
        return result.Ok ? TypedResults.Created("/api/v1/epcis/events", result.Value!) : result.Error!.ToProblem();
    }

    private static async Task<IResult> Events(HttpContext http, EpcisQuery query, CancellationToken ct)
    {
        var parameters = EpcisQuery.Parse(http.Request.Query);
        if (!parameters.Ok) return parameters.Error!.ToProblem();
        var page = await query.RunAsync(parameters.Value!, ct);
        if (page.NextPageToken is { } token)
        {
            var next = http.Request.Query.Where(q => q.Key != "nextPageToken").Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}")
                .Append($"nextPageToken={token}");
            http.Response.Headers.Link = $"<{http.Request.PathBase}{http.Request.Path}?{string.Join('&', next)}>; rel=\"next\"";
        }
        http.Response.Headers["GS1-EPCIS-Version"] = "2.0.0";
        return Results.Text(EpcisJson.Serialize(page.Document), "application/ld+json", System.Text.Encoding.UTF8);
    }

    private static async Task<Results<Created<LotRef>, ProblemHttpResult>> CreateLot(LotInput input, LotCommands commands, HttpRequest request)
    {
        var result = await commands.CreateLotAsync(input);
        return result.Ok
            ? TypedResults.Created($"/api/v1/lots/{result.Value!.Id}", TraceQueries.ToRef(result.Value, Host(request)))
            : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<LotRef>, ProblemHttpResult>> GetLot(int id, TraceQueries queries, HttpRequest request) =>
        await queries.LotAsync(id) is { } lot ? TypedResults.Ok(TraceQueries.ToRef(lot, Host(request))) : AppError.NotFound("Không tìm thấy lô.").ToProblem();

    private static async Task<IResult> QrSvg(int id, TraceQueries queries, HttpRequest request) =>
        await queries.LotAsync(id) is { } lot
            ? Results.Text(QrImages.Svg(TraceIds.LotLink(lot.Gtin, lot.Number, Host(request))), "image/svg+xml")
            : AppError.NotFound("Không tìm thấy lô.").ToProblem();

    private static async Task<IResult> QrPng(int id, TraceQueries queries, HttpRequest request) =>
        await queries.LotAsync(id) is { } lot
            ? Results.File(QrImages.Png(TraceIds.LotLink(lot.Gtin, lot.Number, Host(request))), "image/png")
            : AppError.NotFound("Không tìm thấy lô.").ToProblem();

    private static async Task<Results<Ok<IReadOnlyList<LotRef>>, ProblemHttpResult>> LotsOfProduct(int id, CatalogQueries catalog, TraceQueries queries, HttpRequest request) =>
        await catalog.DetailAsync(id) is null
            ? AppError.NotFound("Không tìm thấy sản phẩm.").ToProblem()
            : TypedResults.Ok(await queries.LotsOfProductAsync(id, Host(request)));

    private static async Task<Results<Created<LocationDto>, ProblemHttpResult>> AddLocation(LocationInput input, LotCommands commands, CurrentUser me, int? producerId)
    {
        var owner = producerId ?? me.ProducerId;
        if (owner is null) return AppError.Validation("producerId", "Thiếu mã chủ thể.").ToProblem();
        var result = await commands.AddLocationAsync(owner.Value, input);
        return result.Ok ? TypedResults.Created($"/api/v1/trace-locations/{result.Value!.Id}", ToDto(result.Value)) : result.Error!.ToProblem();
    }

    private static async Task<Ok<List<LocationDto>>> Locations(TraceQueries queries, CurrentUser me) =>
        TypedResults.Ok((await queries.LocationsOfAsync(me.ProducerId ?? 0)).Select(ToDto).ToList());

    private static LocationDto ToDto(TraceLocation l) => new(l.Id, l.Kind.ToString(), l.Name, l.CommuneCode, l.Gln, l.Uri);

    private const string LinksetContext = "<https://ref.gs1.org/standards/resolver/1.2.0/linkset-context>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"";

    private static async Task<IResult> Resolve(HttpContext http, DigitalLinkResolver resolver, CancellationToken ct)
    {
        // The raw target keeps the client's percent-encoding (a lot "A%2FB" stays one segment); some servers do not provide it.
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw : http.Request.PathBase.Add(http.Request.Path).ToUriComponent() + http.Request.QueryString;
        var parsed = DigitalLinkResolver.Parse(target);
        if (!parsed.Ok) return parsed.Error!.ToProblem();
        // A link type may be written as a compact URI (gs1:pip) or in full (https://gs1.org/voc/pip): one name for both.
        var link = parsed.Value! is { LinkType: { } asked } p ? p with { LinkType = DigitalLinkResolver.CompactLinkType(asked) } : parsed.Value!;
        http.Response.Headers.Vary = "Accept";
        var wantsLinkset = link.LinkType is "linkset" or "all" ||
                           http.Request.Headers.Accept.Any(a => a is not null && a.Contains(LinksetMediaType, StringComparison.OrdinalIgnoreCase));
        if (link.LinkType is { } type && !wantsLinkset && !DigitalLinkResolver.LinkTypes.Contains(type))
            return AppError.NotFound($"Loại liên kết {type} không có; hỗ trợ: {string.Join(", ", DigitalLinkResolver.LinkTypes)}, linkset.").ToProblem();
        var links = await resolver.LinksAsync(link, Host(http.Request), ct);
        if (!links.Ok) return links.Error!.ToProblem();
        if (wantsLinkset)
        {
            http.Response.Headers.Link = LinksetContext;
            return Results.Json(DigitalLinkResolver.Linkset(links.Value!), contentType: LinksetMediaType);
        }
        var chosen = link.LinkType is null ? links.Value!.Default : links.Value!.Links.FirstOrDefault(l => l.LinkType == link.LinkType);
        if (chosen is null) return AppError.NotFound($"Mã này không có liên kết loại {link.LinkType}.").ToProblem();
        var passOn = link.OtherParameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}").ToList();
        var href = passOn.Count == 0 ? chosen.Href : chosen.Href + (chosen.Href.Contains('?') ? "&" : "?") + string.Join('&', passOn);
        // The redirect names the identifier's linkset (RFC 9264 §6) and its JSON-LD context, not every link (deprecated since resolver 1.0).
        http.Response.Headers.Link = $"<{links.Value!.Anchor}?linkType=linkset>; rel=\"linkset\"; type=\"{LinksetMediaType}\", {LinksetContext}";
        return Results.Redirect(href, permanent: false, preserveMethod: true);
    }

    private static IResult Description(HttpRequest request) => Results.Json(new Dictionary<string, object>
    {
        ["name"] = "OCOP Hub – GS1 Digital Link resolver",
        ["resolverRoot"] = Host(request),
        ["supportedPrimaryKeys"] = new[] { "01", "00", "414" },
        ["supportedQualifiers"] = new[] { "10", "21", "254" },
        ["supportedLinkTypes"] = DigitalLinkResolver.LinkTypes.Select(t => new Dictionary<string, string> { ["namespace"] = "https://ref.gs1.org/voc/", ["prefix"] = "gs1:", ["linkType"] = t }).ToArray(),
        ["linkTypeDefaultCanBeLinkset"] = false,
        ["supportsLinksetAcceptHeader"] = true,
        ["contact"] = new { fn = "OCOP Hub", email = "hotro@ocop.example.vn" },
    });

    /// <summary>The platform's public base (configured, never the request's Host): Digital Links and the resolver root.</summary>
    private static string Host(HttpRequest request) => request.HttpContext.RequestServices.GetRequiredService<PublicUrls>().Base;
}
