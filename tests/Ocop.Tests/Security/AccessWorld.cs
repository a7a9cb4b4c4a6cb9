using System.Net.Http.Headers;
using System.Text.Json;
using Ocop.Features.Certification;
using Ocop.Features.Commerce;
using Ocop.Features.Identity;
using Ocop.Features.Producers;
using Ocop.Tests.Catalog;
using Ocop.Tests.Commerce;
using Ocop.Tests.Matching;

namespace Ocop.Tests.Security;

/// <summary>
/// Who calls, each in a scope relative to "our" producer (Sơn La, Xã Sông Mã): the producer's own
/// owner and officers of its commune and province, and their counterparts elsewhere.
/// </summary>
[Flags]
public enum Who
{
    None = 0,
    Anonymous = 1 << 0,
    /// <summary>The buyer of our order.</summary>
    Buyer = 1 << 1,
    ProducerOwn = 1 << 2,
    /// <summary>Owner of a verified producer in Hà Tĩnh.</summary>
    ProducerOther = 1 << 3,
    CommuneOwn = 1 << 4,
    /// <summary>Commune officer of another commune of the same province (Phường Tô Hiệu, Sơn La).</summary>
    CommuneOther = 1 << 5,
    ProvinceOwn = 1 << 6,
    ProvinceOther = 1 << 7,
    /// <summary>The chair of the council of our round.</summary>
    Council = 1 << 8,
    Central = 1 << 9,
    /// <summary>The host of our livestream session.</summary>
    LivestreamHost = 1 << 10,
    /// <summary>A verified B2B buyer, owner of our demand.</summary>
    B2bBuyer = 1 << 11,
    Admin = 1 << 12,

    Everyone = (1 << 13) - 1,
    SignedIn = Everyone & ~Anonymous,
    AnyProducer = ProducerOwn | ProducerOther,
    National = Central | Admin,
    ProvinceScope = ProvinceOwn | National,
    /// <summary>Officers whose scope holds our producer.</summary>
    OwnScope = CommuneOwn | ProvinceScope,
    Officers = CommuneOwn | CommuneOther | ProvinceOwn | ProvinceOther | National,
}

/// <summary>
/// One set of resources and signed-in callers per engine for the authorisation matrix: our producer
/// with a product, photo, order, lot, place, dossier, certificate, livestream, offer, deal; a round
/// with its council; a verified B2B buyer with demands; a training session; an unmatched transfer.
/// Built once (tokens reused); <see cref="Ids"/> fills the placeholders of the matrix's URLs.
/// </summary>
public sealed class AccessWorld
{
    public const string OwnCommune = "04168", OwnProvince = "14", OtherCommune = "03646", OtherProvince = "42", OtherProvinceCommune = "18073";

    public required OcopApp App { get; init; }
    public Dictionary<Who, HttpClient> Callers { get; } = [];
    public Dictionary<string, string> Ids { get; } = [];
    public string BuyerEmail { get; private set; } = "";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<OcopApp, AccessWorld> Worlds = [];

    public static async Task<AccessWorld> ForAsync(OcopApp app)
    {
        await Gate.WaitAsync();
        try
        {
            if (Worlds.TryGetValue(app, out var world)) return world;
            world = new AccessWorld { App = app };
            await world.BuildAsync();
            return Worlds[app] = world;
        }
        finally { Gate.Release(); }
    }

    public string Url(string template)
    {
        var url = template;
        foreach (var (key, value) in Ids) url = url.Replace("{" + key + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        if (url.Contains('{', StringComparison.Ordinal)) throw new InvalidOperationException($"Unfilled placeholder in {template}");
        return url;
    }

    private async Task BuildAsync()
    {
        var app = App;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Callers[Who.Anonymous] = app.Anonymous();
        var (producer, owner) = await app.VerifiedProducerAsync(OwnCommune, OwnProvince);
        var (other, otherOwner) = await app.VerifiedProducerAsync(OtherProvinceCommune, OtherProvince);
        Callers[Who.ProducerOwn] = owner;
        Callers[Who.ProducerOther] = otherOwner;
        Ids["producer"] = producer.Id.ToString();
        Ids["otherProducer"] = other.Id.ToString();
        Callers[Who.CommuneOwn] = await app.LoginAsNewAsync(Roles.Commune, OwnProvince, OwnCommune);
        Callers[Who.CommuneOther] = await app.LoginAsNewAsync(Roles.Commune, OwnProvince, OtherCommune);
        var provinceUser = await app.CreateUserAsync(Roles.Province, OwnProvince);
        var province = Callers[Who.ProvinceOwn] = await app.LoginAsync(provinceUser);
        Callers[Who.ProvinceOther] = await app.LoginAsNewAsync(Roles.Province, OtherProvince);
        Callers[Who.Central] = await app.LoginAsNewAsync(Roles.Central);
        var admin = Callers[Who.Admin] = await app.LoginAsNewAsync(Roles.Admin);
        var buyerUser = await app.CreateUserAsync(Roles.Buyer);
        BuyerEmail = buyerUser.Email!;
        var buyer = Callers[Who.Buyer] = await app.LoginAsync(buyerUser);
        var host = Callers[Who.LivestreamHost] = await app.LoginAsNewAsync(Roles.Livestream, OwnProvince);

        // Catalogue and commerce.
        var product = (await (await owner.PostAsJsonAsync("/api/v1/products",
            OcopApp.ProductBody(app.Unique("Nhãn lồng Sông Mã "), stock: 5000, gtin: Traceability.Trace.NewGtin13()))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        Ids["product"] = product.ToString();
        Ids["product2"] = (await owner.ListProductAsync(app, name: app.Unique("Mận hậu Mộc Châu "))).ToString();
        var combo = await (await owner.PostAsJsonAsync("/api/v1/combos", ComboBody(this))).JsonAsync(HttpStatusCode.Created);
        Ids["combo"] = combo.GetProperty("id").GetInt32().ToString();
        Ids["otherProduct"] = (await otherOwner.ListProductAsync(app, name: app.Unique("Cam bù Hương Sơn "))).ToString();
        var photo = await (await owner.PostAsync($"/api/v1/products/{product}/photos", Png())).JsonAsync(HttpStatusCode.Created);
        Ids["photo"] = photo.GetProperty("id").GetInt32().ToString();
        var order = await buyer.OrderAsync(Shop.Checkout([Shop.Item(product)]));
        Ids["order"] = order.GetProperty("code").GetString()!;
        Ids["carrier"] = "vnpost";
        Ids["payment"] = (await app.WithDb(async db =>
        {
            var n = new PaymentNotification
            {
                Provider = "sepay", TransactionId = app.Unique("tx"), Amount = 100_000, Content = "chuyen khoan", AccountNumber = "0123456789",
                ReceivedAt = DateTime.UtcNow, State = PaymentNotificationState.Unmatched, ProducerId = producer.Id, Note = "Không tìm thấy mã đơn.",
            };
            db.PaymentNotifications.Add(n);
            await db.SaveChangesAsync();
            return n.Id;
        })).ToString();

        // Traceability.
        var location = await (await owner.PostAsJsonAsync("/api/v1/trace-locations", new { kind = "Farm", name = "Vườn nhãn bản Nà Nghịu" })).JsonAsync(HttpStatusCode.Created);
        Ids["location"] = location.GetProperty("id").GetInt32().ToString();
        var lot = await (await owner.PostAsJsonAsync("/api/v1/lots", new { productId = product, number = "NSM" + Random.Shared.Next(100_000, 999_999), harvestedOn = today.AddDays(-1), quantity = 100, unit = "KGM" }))
            .JsonAsync(HttpStatusCode.Created);
        Ids["lot"] = lot.GetProperty("id").GetInt32().ToString();

        // Certification: a round of Sơn La with a council, a draft dossier, certificates.
        var round = await CreateRoundAsync(province, today);
        Ids["round"] = round.ToString();
        Ids["roundToClose"] = (await CreateRoundAsync(province, today)).ToString();
        var members = new List<AppUser>();
        for (var i = 0; i < 3; i++) members.Add(await app.CreateUserAsync(Roles.Council, OwnProvince));
        Ids["chair"] = members[0].Id;
        Ids["member"] = members[2].Id;
        Callers[Who.Council] = await app.LoginAsync(members[0]);
        Ids["council"] = (await CreateCouncilAsync(province, round, members)).ToString();
        Ids["councilToClose"] = (await CreateCouncilAsync(province, round, members)).ToString();
        var dossier = await (await owner.PostAsJsonAsync("/api/v1/dossiers", new { productId = product, roundId = round, type = "FirstTime", samplesDeclared = "3 hộp" }))
            .JsonAsync(HttpStatusCode.Created);
        Ids["dossier"] = dossier.GetProperty("summary").GetProperty("id").GetInt32().ToString();
        Ids["evidence"] = (await (await owner.PostAsync($"/api/v1/dossiers/{Ids["dossier"]}/evidence", File("giay-phep.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray())))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32().ToString();
        Ids["certificate"] = await CertificateAsync(producer.Id);
        Ids["certificateToRevoke"] = await CertificateAsync(producer.Id);
        var rubrics = await (await admin.GetAsync("/api/v1/rubrics")).JsonAsync();
        Ids["rubric"] = rubrics.EnumerateArray().First().GetProperty("code").GetString()!;

        // Livestream: our producer consents; the host's session with our product (our province's officer invited to co-host),
        // live, with a planned flash deal.
        await (await owner.PutAsJsonAsync($"/api/v1/products/{product}/livestream-consent", new { floorPrice = 60_000 })).JsonAsync();
        var session = await (await host.PostAsJsonAsync("/api/v1/livestreams", LiveSession(product, provinceUser.Email))).JsonAsync(HttpStatusCode.Created);
        var sessionId = session.GetProperty("id").GetInt32();
        Ids["session"] = sessionId.ToString();
        await (await host.PostAsync($"/api/v1/livestreams/{sessionId}/start", null)).JsonAsync();
        var deal = await (await host.PostAsJsonAsync($"/api/v1/livestreams/{sessionId}/deals", new
        {
            productId = product, dealPrice = 90_000, quota = 10, perBuyerLimit = 1, countdownSeconds = 10, durationMinutes = 5, start = false,
        })).JsonAsync(HttpStatusCode.Created);
        Ids["flashDeal"] = deal.GetProperty("dealId").GetString()!;

        // Matching: a verified buyer organisation of Sơn La with three demands, our producer's offer, a deal.
        var b2bUser = await app.CreateUserAsync(Roles.B2bBuyer);
        var b2b = Callers[Who.B2bBuyer] = await app.LoginAsync(b2bUser);
        var organisation = await (await b2b.PostAsJsonAsync("/api/v1/matching/organisations", Trade.Organisation(app, OwnProvince))).JsonAsync();
        await (await admin.PostAsync($"/api/v1/matching/organisations/{organisation.GetProperty("id").GetInt32()}/verify", null)).JsonAsync();
        var reviewed = await app.LoginAsNewAsync(Roles.B2bBuyer);
        Ids["organisation"] = (await (await reviewed.PostAsJsonAsync("/api/v1/matching/organisations", Trade.Organisation(app, OwnProvince))).JsonAsync())
            .GetProperty("id").GetInt32().ToString();
        var word = app.Unique("gaomatran");
        Ids["demand"] = (await b2b.PostDemandAsync(Demand(word))).ToString();
        Ids["demandForContact"] = (await b2b.PostDemandAsync(Demand(word))).ToString();
        Ids["demandToClose"] = (await b2b.PostDemandAsync(Demand(word))).ToString();
        Ids["offer"] = (await owner.PostOfferAsync(Trade.Offer($"Gạo {word} thơm", set: 3).With("period", "Monthly"))).ToString();
        Ids["offerToClose"] = (await owner.PostOfferAsync(Trade.Offer($"Gạo {word} dẻo", set: 3).With("period", "Monthly"))).ToString();
        var match = (await b2b.MatchesAsync("demands", int.Parse(Ids["demand"]))).First();
        var dealOnMatch = await (await b2b.PostAsJsonAsync($"/api/v1/matching/matches/{match.GetProperty("id").GetInt64()}/contact", new { message = "Chào anh chị." }))
            .JsonAsync(HttpStatusCode.Created);
        Ids["deal"] = dealOnMatch.GetProperty("id").GetInt32().ToString();
        Ids["match"] = (await b2b.MatchesAsync("demands", int.Parse(Ids["demandForContact"]))).First().GetProperty("id").GetInt64().ToString();

        // Programme: a course and a session of Sơn La in our commune.
        var course = await (await province.PostJsonAsync("/api/v1/programme/courses", new { title = app.Unique("Bán hàng qua livestream "), topic = "LivestreamSelling" }))
            .JsonAsync(HttpStatusCode.Created);
        Ids["course"] = course.GetProperty("id").GetInt32().ToString();
        var start = today.AddDays(-7);
        var training = await (await province.PostJsonAsync("/api/v1/programme/sessions", new
        {
            courseId = course.GetProperty("id").GetInt32(), communeCode = OwnCommune, online = false,
            startsOn = start.ToString("yyyy-MM-dd"), endsOn = start.ToString("yyyy-MM-dd"), trainer = "ThS. Nguyễn Văn Giảng",
        })).JsonAsync(HttpStatusCode.Created);
        Ids["training"] = training.GetProperty("id").GetInt32().ToString();

        // Identity: an account of our commune that officers may disable and enable; a pending producer there.
        Ids["user"] = (await app.CreateUserAsync(Roles.Commune, OwnProvince, OwnCommune)).Id;
        Ids["pendingProducer"] = (await app.WithDb(async db =>
        {
            var p = app.NewProducer(OwnCommune, OwnProvince, ProducerStatus.Pending);
            db.Producers.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        })).ToString();
        Ids["missing"] = "987654";
    }

    public static object ComboBody(AccessWorld w) => new
    {
        name = w.App.Unique("Hộp quà Tết "), description = "Quà Tây Bắc", price = 150_000,
        items = new[] { new { productId = int.Parse(w.Ids["product"]), quantity = 1 }, new { productId = int.Parse(w.Ids["product2"]), quantity = 1 } },
    };

    private static Dictionary<string, object?> Demand(string word) =>
        Trade.Demand($"Gạo {word} cho bếp ăn trường học", set: 3).With("frequency", "Monthly").With("minStars", 0);

    public object LiveSession(int? product = null, string? invite = null) => new
    {
        title = "Chợ phiên OCOP – Sơn La", organiser = "Tỉnh đoàn Sơn La", hostNames = "Lò Thị Test", streamUrl = "https://www.youtube.com/watch?v=abcdefghijk",
        scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5), plannedMinutes = 120, productIds = product is null ? Array.Empty<int>() : new[] { product.Value },
        hostEmails = invite is null ? Array.Empty<string>() : new[] { invite },
    };

    private async Task<int> CreateRoundAsync(HttpClient province, DateOnly today) =>
        (await (await province.PostAsJsonAsync("/api/v1/rounds", new
        {
            name = App.Unique("Đợt đánh giá OCOP Sơn La "), level = "Province", provinceCode = OwnProvince, year = today.Year,
            opensOn = today.AddDays(-1), closesOn = today.AddDays(30),
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private async Task<int> CreateCouncilAsync(HttpClient province, int round, List<AppUser> members) =>
        (await (await province.PostAsJsonAsync("/api/v1/councils", new
        {
            roundId = round, name = App.Unique("Hội đồng "), chairUserId = members[0].Id, secretaryUserId = members[1].Id, memberUserIds = new[] { members[2].Id },
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private Task<string> CertificateAsync(int producerId) => App.WithDb(async db =>
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var number = App.Unique("OCOP-14-");
        number = number[..Math.Min(40, number.Length)];
        db.Set<Certificate>().Add(new Certificate
        {
            Number = number, ProducerId = producerId, ProductName = "Nhãn lồng", ProducerName = "Chủ thể", ProvinceCode = OwnProvince,
            SetCode = 1, Stars = 4, Score = 75, Level = RecognitionLevel.Province, DecisionNumber = "QĐ-1", DecisionDate = today.AddMonths(-1),
            IssuedOn = today.AddMonths(-1), ExpiresOn = Certificate.ExpiryFor(today.AddMonths(-1)), Status = CertificateStatus.Valid, CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return number;
    });

    public static MultipartFormDataContent Png() => File("photo.png", "image/png", BadInputTests.TinyPng);

    public static MultipartFormDataContent File(string name, string type, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { content, "file", name } };
    }

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;
}
