using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Ocop.Features.Commerce;

public sealed record ConfirmPaymentRequest(long Amount, string? Reference);
public sealed record AssignPaymentRequest(string? OrderCode);
public sealed record ReasonRequest(string? Reason);
public sealed record ReplyRequest(string? Reply);

/// <summary>Orders, cart, payments, combos and reviews under <c>/api/v1</c>.</summary>
public static class CommerceApi
{
    public static IEndpointRouteBuilder MapCommerceApi(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/api/v1/orders").WithTags("Orders");
        orders.MapPost("", Place).WithName("PlaceOrder")
            .WithSummary("Checkout: one order per producer. Header Idempotency-Key required; the same key returns the first answer. 409 when stock is short (nothing taken).");
        orders.MapGet("", Mine).WithName("MyOrders").RequireAuthorization().WithSummary("The signed-in buyer's orders, newest first.");
        orders.MapGet("/{code}", Detail).WithName("GetOrder").WithSummary("An order, for its buyer (or ?token= for guests), its producer or an administrator.");
        orders.MapGet("/{code}/payment", Payment).WithName("GetOrderPayment").WithSummary("Data for the payment page: bank, holder, amount, code, deadline, VietQR.");
        orders.MapGet("/{code}/vietqr.svg", QrSvg).WithName("GetOrderVietQrSvg").WithSummary("The order's VietQR as SVG.");
        orders.MapGet("/{code}/vietqr.png", QrPng).WithName("GetOrderVietQrPng").WithSummary("The order's VietQR as PNG.");
        orders.MapPost("/{code}/refund/settle", SettleRefund).WithName("SettleRefund").RequireAuthorization()
            .WithSummary("The producer records that it paid back the refund of a cancelled or returned order: method bank_transfer (with reference) or cash. Audited.");
        orders.MapPost("/{code}/confirm-payment", ConfirmPayment).WithName("ConfirmPaymentByHand").RequireAuthorization()
            .WithSummary("The producer records a transfer it received (audited).");
        foreach (var action in Enum.GetValues<OrderAction>())
        {
            var route = action switch
            {
                OrderAction.CollectCod => "cod-collected",
                OrderAction.ReportTransfer => "transfer-reported",
                _ => action.ToString().ToLowerInvariant(),
            };
            orders.MapPost("/" + "{code}/" + route, (string code, [FromBody] OrderActionRequest? request, string? token, OrderWorkflow workflow, OrderQueries queries, CancellationToken ct) =>
                    Act(code, action, request, token, workflow, queries, ct))
                .WithName("Order" + action).WithSummary(action switch
                {
                    OrderAction.Cancel => "Cancel: the buyer while unpaid or COD pending; the seller until shipped. Stock is returned once.",
                    OrderAction.Pack => "Seller packs a paid (or COD) order; lots = [{productId, lotId}] names the lot each product was taken from (traceability).",
                    OrderAction.Ship => "Seller hands the parcel to a carrier with a tracking number; refused for an unpaid bank transfer.",
                    OrderAction.Deliver => "Seller (or carrier) confirms delivery.",
                    OrderAction.CollectCod => "Seller confirms the cash on delivery was collected.",
                    OrderAction.Complete => "Closes a delivered (and for COD, collected) order.",
                    OrderAction.ReportTransfer => "The buyer says the transfer was made: once, the payment hold is extended by Commerce:ReportedTransferHoldHours and the producer is told to check and confirm.",
                    _ => "Seller records a returned parcel.",
                });
        }

        var seller = app.MapGroup("/api/v1/seller").WithTags("Orders").RequireAuthorization();
        seller.MapGet("/orders", Queue).WithName("SellerOrders")
            .WithSummary("The producer's orders, newest first, a page at a time: status= one status; q= order code (its beginning), buyer phone (any part) or recipient name (diacritics and case ignored); page ≥ 1, pageSize 1–100 (default 20); total, pages and counts per status over the orders matching q. Administrators: ?producerId=.");

        var cart = app.MapGroup("/api/v1/cart").WithTags("Cart");
        cart.MapGet("", (Cart c, CancellationToken ct) => c.ViewAsync(ct)).WithName("GetCart").WithSummary("The cart from its cookie, priced now.");
        cart.MapPost("", SetCartItem).WithName("SetCartItem").WithSummary("Sets a product's or combo's quantity (0 removes it).");
        cart.MapDelete("", (Cart c) => { c.Clear(); return TypedResults.NoContent(); }).WithName("ClearCart").WithSummary("Empties the cart.");

        var payments = app.MapGroup("/api/v1/payments").WithTags("Payments").RequireAuthorization();
        payments.MapGet("/unmatched", (PaymentMatching m, CancellationToken ct) => m.UnmatchedAsync(ct)).WithName("UnmatchedPayments")
            .WithSummary("Transfers that matched no payable order: the producer's own, or all for an administrator.");
        payments.MapPost("/unmatched/{id:long}/assign", Assign).WithName("AssignPayment").WithSummary("Applies an unmatched transfer to an order.");
        payments.MapPost("/unmatched/{id:long}/dismiss", Dismiss).WithName("DismissPayment").WithSummary("Dismisses an unmatched transfer with a reason.");
        app.MapBankTransferWebhooks();

        var combos = app.MapGroup("/api/v1/combos").WithTags("Combos");
        combos.MapPost("", CreateCombo).WithName("CreateCombo").RequireAuthorization().WithSummary("A gift combo at one price (producer: own products; administrator: any).");
        combos.MapGet("/{id:int}", GetCombo).WithName("GetCombo").WithSummary("A combo with its parts and how many are available.");

        app.MapGet("/api/v1/products/{id:int}/reviews", (int id, Reviews r, CancellationToken ct) => r.ForProductAsync(id, ct))
            .WithTags("Reviews").WithName("ProductReviews").WithSummary("Visible reviews of a product and their average.");
        orders.MapPost("/{code}/reviews", AddReview).WithTags("Reviews").WithName("AddReview").RequireAuthorization()
            .WithSummary("The buyer rates a product of a delivered order (1–5, plain-text comment).");
        var reviews = app.MapGroup("/api/v1/reviews").WithTags("Reviews").RequireAuthorization();
        reviews.MapPost("/{id:int}/reply", Reply).WithName("ReplyToReview").WithSummary("The producer replies to a review.");
        reviews.MapPost("/{id:int}/hide", Hide).WithName("HideReview").WithSummary("An administrator hides an abusive review.");

        app.MapShippingApi();
        return app;
    }

    private static async Task<Results<Created<CheckoutResponse>, ProblemHttpResult>> Place([FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        CheckoutRequest request, PlaceOrder placeOrder, HttpResponse response, CancellationToken ct)
    {
        var result = await placeOrder.RunAsync(idempotencyKey, request, ct);
        if (!result.Ok) return result.Error!.ToProblem();
        var (body, replayed) = result.Value;
        if (replayed) response.Headers["Idempotent-Replayed"] = "true";
        return TypedResults.Created($"/api/v1/orders/{body.Orders[0].Code}", body);
    }

    private static async Task<Ok<List<OrderSummary>>> Mine(OrderQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.MineAsync(ct));

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult>> Detail(string code, string? token, OrderQueries queries, CancellationToken ct) =>
        Answer(await queries.DetailAsync(code, token, ct));

    private static async Task<Results<Ok<PaymentPage>, ProblemHttpResult>> Payment(string code, string? token, OrderQueries queries, CancellationToken ct)
    {
        var order = await queries.VisibleAsync(code, token, ct);
        if (!order.Ok) return order.Error!.ToProblem();
        return VietQrPayment.Page(order.Value!) is { } page ? TypedResults.Ok(page) : AppError.NotFound("Đơn này không thanh toán bằng VietQR.").ToProblem();
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> QrSvg(string code, string? token, OrderQueries queries, CancellationToken ct)
    {
        var payload = await PayloadAsync(code, token, queries, ct);
        return payload.Ok ? TypedResults.Text(VietQrPayment.Svg(payload.Value!), "image/svg+xml") : payload.Error!.ToProblem();
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> QrPng(string code, string? token, OrderQueries queries, CancellationToken ct)
    {
        var payload = await PayloadAsync(code, token, queries, ct);
        return payload.Ok ? TypedResults.File(VietQrPayment.Png(payload.Value!), "image/png") : payload.Error!.ToProblem();
    }

    private static async Task<Result<string>> PayloadAsync(string code, string? token, OrderQueries queries, CancellationToken ct)
    {
        var order = await queries.VisibleAsync(code, token, ct);
        if (!order.Ok) return order.Error!;
        return VietQrPayment.Payload(order.Value!) is { } payload ? payload : AppError.NotFound("Đơn này không thanh toán bằng VietQR.");
    }

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult>> ConfirmPayment(string code, ConfirmPaymentRequest request, PaymentMatching matching,
        OrderQueries queries, CancellationToken ct)
    {
        var result = await matching.ConfirmByHandAsync(code, request.Amount, request.Reference, ct);
        return result.Ok ? TypedResults.Ok(await queries.ToDtoAsync(result.Value!, ct)) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<RefundDto>, ProblemHttpResult>> SettleRefund(string code, SettleRefundRequest request, Refunds refunds, CancellationToken ct) =>
        Answer(await refunds.SettleAsync(code, request, ct));

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult>> Act(string code, OrderAction action, OrderActionRequest? request, string? token,
        OrderWorkflow workflow, OrderQueries queries, CancellationToken ct)
    {
        var result = await workflow.ApplyAsync(code, action, request, token, ct);
        return result.Ok ? TypedResults.Ok(await queries.ToDtoAsync(result.Value!, ct)) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<SellerQueuePage>, ProblemHttpResult>> Queue(SellerQueue queue, int? producerId, string? status, string? q,
        int page = 1, int pageSize = SellerQueue.DefaultPageSize, CancellationToken ct = default) =>
        Answer(await queue.PageAsync(new SellerQueueRequest(producerId, status, q, page, pageSize), ct));

    private static async Task<Results<Ok<CartView>, ProblemHttpResult>> SetCartItem(CartItemInput input, Cart cart, CancellationToken ct) =>
        Answer(await cart.SetAsync(input, ct));

    private static async Task<Results<Ok<PaymentNotificationDto>, ProblemHttpResult>> Assign(long id, AssignPaymentRequest request, PaymentMatching m, CancellationToken ct) =>
        Answer(await m.AssignAsync(id, request.OrderCode, ct));

    private static async Task<Results<Ok<PaymentNotificationDto>, ProblemHttpResult>> Dismiss(long id, ReasonRequest request, PaymentMatching m, CancellationToken ct) =>
        Answer(await m.DismissAsync(id, request.Reason, ct));

    private static async Task<Results<Created<ComboDto>, ProblemHttpResult>> CreateCombo(ComboInput input, GiftCombos combos, CancellationToken ct)
    {
        var result = await combos.CreateAsync(input, ct);
        return result.Ok ? TypedResults.Created($"/api/v1/combos/{result.Value!.Id}", result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<ComboDto>, ProblemHttpResult>> GetCombo(int id, GiftCombos combos, CancellationToken ct) =>
        await combos.GetAsync(id, ct) is { } combo ? TypedResults.Ok(combo) : AppError.NotFound("Không tìm thấy hộp quà.").ToProblem();

    private static async Task<Results<Created<ReviewDto>, ProblemHttpResult>> AddReview(string code, ReviewInput input, Reviews reviews, CancellationToken ct)
    {
        var result = await reviews.AddAsync(code, input, ct);
        return result.Ok ? TypedResults.Created($"/api/v1/products/{input.ProductId}/reviews", result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<ReviewDto>, ProblemHttpResult>> Reply(int id, ReplyRequest request, Reviews reviews, CancellationToken ct) =>
        Answer(await reviews.ReplyAsync(id, request.Reply, ct));

    private static async Task<Results<Ok<ReviewDto>, ProblemHttpResult>> Hide(int id, ReasonRequest request, Reviews reviews, CancellationToken ct) =>
        Answer(await reviews.HideAsync(id, request.Reason, ct));

    public static Results<Ok<T>, ProblemHttpResult> Answer<T>(Result<T> result) => result.Ok ? TypedResults.Ok(result.Value!) : result.Error!.ToProblem();
}
