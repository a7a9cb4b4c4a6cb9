using Ocop.Standards.VietQr;
using QRCoder;

namespace Ocop.Features.Commerce;

public sealed record VietQrInfo(string Payload, string SvgUrl, string PngUrl);

/// <summary>Everything a payment page shows: the QR, and the same transfer written out for people typing it by hand.</summary>
public sealed record PaymentPage(string Code, string Status, string BankBin, string BankName, string AccountNumber, string AccountName,
    long Amount, long AmountPaid, long Remaining, DateTime? Deadline, VietQrInfo VietQr);

/// <summary>
/// The dynamic VietQR of an order: the producer's BIN and account at purchase, the amount still
/// due, and the order code as the transfer purpose (tag 62.08), which the bank webhooks match.
/// </summary>
public static class VietQrPayment
{
    public static string? Payload(Order order) =>
        order.PaymentMethod == PaymentMethod.VietQr && order.PayeeBankBin is { } bin && order.PayeeAccountNumber is { } account
            ? VietQrBuilder.Build(new VietQrRequest(bin, account, order.Remaining > 0 ? order.Remaining : order.Total, Purpose: order.Code))
            : null;

    public static VietQrInfo? Info(Order order)
    {
        var payload = Payload(order);
        if (payload is null) return null;
        var query = order.BuyerId is null ? "?token=" + order.LookupToken : "";
        return new VietQrInfo(payload, $"/api/v1/orders/{order.Code}/vietqr.svg{query}", $"/api/v1/orders/{order.Code}/vietqr.png{query}");
    }

    public static PaymentPage? Page(Order order) => Info(order) is { } qr
        ? new PaymentPage(order.Code, order.Status.ToString(), order.PayeeBankBin!, Banks.FindByBin(order.PayeeBankBin)?.ShortName ?? order.PayeeBankBin!,
            order.PayeeAccountNumber!, order.PayeeAccountName ?? "", order.Total, order.AmountPaid, order.Remaining, order.PaymentDeadline, qr)
        : null;

    public static string Svg(string payload)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(6);
    }

    public static byte[] Png(string payload)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(8);
    }
}
