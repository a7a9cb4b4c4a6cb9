namespace Ocop.Standards.VietQr;

/// <summary>Fixed identifiers and values of a VietQR (EMVCo merchant-presented mode) payload.</summary>
public static class VietQrConstants
{
    /// <summary>The NAPAS application identifier in tag 38 sub-tag 00.</summary>
    public const string NapasGuid = "A000000727";

    /// <summary>ISO 4217 numeric code of the Vietnamese đồng (tag 53).</summary>
    public const string CurrencyVnd = "704";

    /// <summary>ISO 3166 country code (tag 58).</summary>
    public const string CountryVietnam = "VN";

    /// <summary>Service code for a transfer to an account.</summary>
    public const string AccountTransferService = "QRIBFTTA";

    /// <summary>Service code for a transfer to a card.</summary>
    public const string CardTransferService = "QRIBFTTC";

    /// <summary>The longest purpose (tag 62 sub-tag 08) and bill number (sub-tag 01) the builder writes.</summary>
    public const int MaxAdditionalDataLength = 25;

    /// <summary>The longest account number (tag 38/01 sub-tag 01).</summary>
    public const int MaxAccountNumberLength = 19;

    internal const string PayloadFormatId = "00";
    internal const string InitiationId = "01";
    internal const string MerchantAccountId = "38";
    internal const string CurrencyId = "53";
    internal const string AmountId = "54";
    internal const string CountryId = "58";
    internal const string AdditionalDataId = "62";
    internal const string CrcId = "63";

    internal const string GuidSubId = "00";
    internal const string BeneficiarySubId = "01";
    internal const string ServiceSubId = "02";
    internal const string BinSubId = "00";
    internal const string AccountSubId = "01";
    internal const string BillNumberSubId = "01";
    internal const string PurposeSubId = "08";

    internal const string StaticCode = "11";
    internal const string DynamicCode = "12";

    internal static string ServiceCode(VietQrService service) =>
        service == VietQrService.CardTransfer ? CardTransferService : AccountTransferService;
}
