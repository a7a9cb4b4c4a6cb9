using System.Text;
using Ocop.Standards.Text;

namespace Ocop.Standards.VietQr;

/// <summary>Builds VietQR payload strings (EMVCo MPM with the NAPAS tag 38 template).</summary>
public static class VietQrBuilder
{
    /// <summary>
    /// Builds the payload, ending in tag 63 with an upper-case CRC-16/CCITT-FALSE.
    /// </summary>
    /// <exception cref="ArgumentException">The BIN, account number, amount or bill number is not usable.</exception>
    public static string Build(VietQrRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.BankBin.Length != 6 || !request.BankBin.All(char.IsAsciiDigit))
            throw new ArgumentException($"Bank BIN must be 6 digits, got '{request.BankBin}'.", nameof(request));
        if (request.AccountNumber.Length is 0 or > VietQrConstants.MaxAccountNumberLength
            || !request.AccountNumber.All(char.IsAsciiLetterOrDigit))
            throw new ArgumentException(
                $"Account number must be 1–{VietQrConstants.MaxAccountNumberLength} letters or digits, got '{request.AccountNumber}'.",
                nameof(request));
        if (request.Amount is <= 0 or > 9_999_999_999_999)
            throw new ArgumentException($"Amount must be a positive whole number of đồng with at most 13 digits, got {request.Amount}.", nameof(request));

        var purpose = SanitizePurpose(request.Purpose);
        var billNumber = request.BillNumber?.Trim() ?? string.Empty;
        if (billNumber.Length > VietQrConstants.MaxAdditionalDataLength || !billNumber.All(IsPrintableAscii))
            throw new ArgumentException(
                $"Bill number must be at most {VietQrConstants.MaxAdditionalDataLength} printable ASCII characters.", nameof(request));

        var initiation = request.Initiation ?? (request.Amount is null ? VietQrInitiation.Static : VietQrInitiation.Dynamic);
        var beneficiary = new StringBuilder()
            .Append(VietQrConstants.BinSubId, request.BankBin)
            .Append(VietQrConstants.AccountSubId, request.AccountNumber)
            .ToString();
        var merchantAccount = new StringBuilder()
            .Append(VietQrConstants.GuidSubId, VietQrConstants.NapasGuid)
            .Append(VietQrConstants.BeneficiarySubId, beneficiary)
            .Append(VietQrConstants.ServiceSubId, VietQrConstants.ServiceCode(request.Service))
            .ToString();

        var sb = new StringBuilder()
            .Append(VietQrConstants.PayloadFormatId, "01")
            .Append(VietQrConstants.InitiationId,
                initiation == VietQrInitiation.Dynamic ? VietQrConstants.DynamicCode : VietQrConstants.StaticCode)
            .Append(VietQrConstants.MerchantAccountId, merchantAccount)
            .Append(VietQrConstants.CurrencyId, VietQrConstants.CurrencyVnd);
        if (request.Amount is { } amount) sb.Append(VietQrConstants.AmountId, amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        sb.Append(VietQrConstants.CountryId, VietQrConstants.CountryVietnam);

        var additional = new StringBuilder();
        if (billNumber.Length > 0) additional.Append(VietQrConstants.BillNumberSubId, billNumber);
        if (purpose.Length > 0) additional.Append(VietQrConstants.PurposeSubId, purpose);
        if (additional.Length > 0) sb.Append(VietQrConstants.AdditionalDataId, additional.ToString());

        sb.Append(VietQrConstants.CrcId).Append("04");
        return sb.Append(Crc16CcittFalse.ComputeHex(sb.ToString())).ToString();
    }

    /// <summary>
    /// The memo as it will appear in tag 62.08: Vietnamese diacritics removed, other non-ASCII characters dropped,
    /// runs of spaces collapsed, cut to 25 characters.
    /// </summary>
    public static string SanitizePurpose(string? purpose)
    {
        var plain = VietnameseText.RemoveDiacritics(purpose);
        var sb = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            var ch = char.IsWhiteSpace(c) ? ' ' : c;
            if (!IsPrintableAscii(ch)) continue;
            if (ch == ' ' && (sb.Length == 0 || sb[^1] == ' ')) continue;
            sb.Append(ch);
        }
        var text = sb.ToString().TrimEnd();
        return text.Length <= VietQrConstants.MaxAdditionalDataLength
            ? text
            : text[..VietQrConstants.MaxAdditionalDataLength].TrimEnd();
    }

    private static bool IsPrintableAscii(char c) => c is >= ' ' and <= '~';
}
