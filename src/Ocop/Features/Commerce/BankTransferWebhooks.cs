using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Ocop.Standards.BankWebhooks;

namespace Ocop.Features.Commerce;

public sealed record WebhookAck(bool Success);

/// <summary>
/// The providers' webhooks: SePay (<c>Authorization: Apikey …</c>) and Casso v2
/// (<c>X-Casso-Signature</c>, HMAC-SHA512 over the key-sorted body). A request that does not
/// authenticate gets a 401 problem and is not read further. An authentic transfer is always
/// acknowledged with 200 <c>{"success": true}</c> — also when it matches no order (it waits in
/// the unmatched queue) or repeats a transaction already applied — so the provider stops retrying.
/// An authentic body that is not of the provider's documented shape gets a 400 problem (the provider
/// shows the delivery as failed) and is recorded in the audit log as <c>payment.rejected</c>.
/// </summary>
public static class BankTransferWebhooks
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan CassoTolerance = TimeSpan.FromMinutes(5);

    public static IEndpointRouteBuilder MapBankTransferWebhooks(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/payments").WithTags("Payments");
        api.MapPost("/sepay", SePay).WithName("SePayWebhook").DisableAntiforgery()
            .WithSummary("SePay bank-transfer webhook; header Authorization: Apikey <Payments:SePay:ApiKey>.");
        api.MapPost("/casso", Casso).WithName("CassoWebhook").DisableAntiforgery()
            .WithSummary("Casso v2 webhook; header X-Casso-Signature: t=<unix-ms>,v1=<HMAC-SHA512 hex> with Payments:Casso:SecretKey.");
        return app;
    }

    private static async Task<Results<Ok<WebhookAck>, ProblemHttpResult>> SePay(HttpRequest request, IOptions<PaymentOptions> options,
        PaymentMatching matching, CancellationToken ct)
    {
        var key = options.Value.SePay.ApiKey;
        if (string.IsNullOrEmpty(key)) return Unauthorized("Chưa cấu hình khoá SePay (Payments:SePay:ApiKey).");
        var verified = SePayApiKey.Verify(request.Headers.Authorization, key);
        if (!verified.IsValid) return Unauthorized("Khoá API SePay không hợp lệ: " + verified.Error!.Message);
        using var reader = new StreamReader(request.Body);
        var raw = await reader.ReadToEndAsync(ct);
        if (Parse<SePayTransaction>(raw) is not { } body) return await RejectAsync(matching, "sepay", raw, ct);
        if (body.IsIncoming && body.TransferAmount > 0)
            await matching.RecordAsync(new BankTransfer("sepay", body.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                body.TransferAmount, body.Code is { Length: > 0 } code ? $"{code} {body.Content}" : body.Content ?? "", body.AccountNumber), ct);
        return TypedResults.Ok(new WebhookAck(true));
    }

    private static async Task<Results<Ok<WebhookAck>, ProblemHttpResult>> Casso(HttpRequest request, IOptions<PaymentOptions> options,
        PaymentMatching matching, TimeProvider clock, CancellationToken ct)
    {
        var key = options.Value.Casso.SecretKey;
        if (string.IsNullOrEmpty(key)) return Unauthorized("Chưa cấu hình khoá Casso (Payments:Casso:SecretKey).");
        using var reader = new StreamReader(request.Body);
        var raw = await reader.ReadToEndAsync(ct);
        var verified = CassoWebhookSignature.Verify(request.Headers["X-Casso-Signature"], raw, key, clock.GetUtcNow(), CassoTolerance);
        if (!verified.IsValid) return Unauthorized("Chữ ký Casso không hợp lệ: " + verified.Error!.Message);
        // The v2 shape carries one transaction in data: a body without it is of another shape, like an unreadable one.
        if (Parse<CassoWebhook>(raw) is not { Data: not null } body) return await RejectAsync(matching, "casso", raw, ct);
        if (body.Data is { Amount: > 0 } tx)
            await matching.RecordAsync(new BankTransfer("casso", tx.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                tx.Amount, tx.Description ?? "", tx.AccountNumber), ct);
        return TypedResults.Ok(new WebhookAck(true));
    }

    private static T? Parse<T>(string raw) where T : class
    {
        try { return JsonSerializer.Deserialize<T>(raw, Json); }
        catch (JsonException) { return null; }
    }

    private const string BadShape = "Nội dung webhook không đúng định dạng của nhà cung cấp; giao dịch chưa được ghi nhận.";

    private static async Task<ProblemHttpResult> RejectAsync(PaymentMatching matching, string provider, string raw, CancellationToken ct)
    {
        await matching.RecordRejectedAsync(provider, raw, BadShape, ct);
        return AppError.Validation("body", BadShape).ToProblem();
    }

    private static ProblemHttpResult Unauthorized(string message) => new AppError(message, 401).ToProblem();
}
