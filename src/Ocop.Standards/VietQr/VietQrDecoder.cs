using System.Globalization;

namespace Ocop.Standards.VietQr;

/// <summary>Decodes and validates scanned VietQR payloads.</summary>
public static class VietQrDecoder
{
    /// <summary>
    /// Checks the TLV structure, the CRC (compared without regard to case), the NAPAS GUID, service, currency,
    /// country and amount, and returns the fields. Every problem found is reported; nothing is thrown.
    /// </summary>
    public static ParseResult<VietQrPayload> Decode(string? payload)
    {
        if (string.IsNullOrWhiteSpace(payload))
            return Fail("empty", "The payload is empty.");

        var fields = Tlv.TryRead(payload, out var structureError);
        if (fields is null) return Fail("tlv-structure", structureError!);

        var errors = new List<ValidationError>();
        CheckCrc(payload, fields, errors);

        string? Top(string id) => fields.FirstOrDefault(f => f.Id == id)?.Value;

        if (Top(VietQrConstants.PayloadFormatId) != "01")
            errors.Add(new("payload-format", "Tag 00 (payload format indicator) must be \"01\"."));

        VietQrInitiation initiation = default;
        switch (Top(VietQrConstants.InitiationId))
        {
            case VietQrConstants.StaticCode: initiation = VietQrInitiation.Static; break;
            case VietQrConstants.DynamicCode: initiation = VietQrInitiation.Dynamic; break;
            default: errors.Add(new("initiation", "Tag 01 (point of initiation) must be \"11\" (static) or \"12\" (dynamic).")); break;
        }

        var (bin, account, service) = ReadMerchantAccount(Top(VietQrConstants.MerchantAccountId), errors);

        var currency = Top(VietQrConstants.CurrencyId);
        if (currency != VietQrConstants.CurrencyVnd)
            errors.Add(new("currency", $"Tag 53 (currency) must be \"{VietQrConstants.CurrencyVnd}\" (VND), found \"{currency}\"."));

        var country = Top(VietQrConstants.CountryId);
        if (country != VietQrConstants.CountryVietnam)
            errors.Add(new("country", $"Tag 58 (country) must be \"{VietQrConstants.CountryVietnam}\", found \"{country}\"."));

        long? amount = null;
        if (Top(VietQrConstants.AmountId) is { } amountText)
        {
            if (amountText.Length > 0 && amountText.All(char.IsAsciiDigit)
                && long.TryParse(amountText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
                amount = parsed;
            else
                errors.Add(new("amount", $"Tag 54 (amount) must be a positive whole number of đồng, found \"{amountText}\"."));
        }

        IReadOnlyList<TlvField> additional = [];
        if (Top(VietQrConstants.AdditionalDataId) is { } additionalText)
        {
            var sub = Tlv.TryRead(additionalText, out var subError);
            if (sub is null) errors.Add(new("additional-data", $"Tag 62 (additional data) is malformed: {subError}"));
            else additional = sub;
        }

        if (errors.Count > 0) return ParseResult<VietQrPayload>.Failure(errors);
        return ParseResult<VietQrPayload>.Success(new VietQrPayload
        {
            Initiation = initiation,
            BankBin = bin!,
            AccountNumber = account!,
            Service = service,
            Amount = amount,
            Currency = currency!,
            Country = country!,
            BillNumber = additional.FirstOrDefault(f => f.Id == VietQrConstants.BillNumberSubId)?.Value,
            Purpose = additional.FirstOrDefault(f => f.Id == VietQrConstants.PurposeSubId)?.Value,
            Crc = fields[^1].Value,
            Fields = fields,
            AdditionalData = additional,
        });
    }

    private static void CheckCrc(string payload, List<TlvField> fields, List<ValidationError> errors)
    {
        var last = fields[^1];
        if (last.Id != VietQrConstants.CrcId || last.Value.Length != 4)
        {
            errors.Add(new("crc-missing", "The payload must end with tag 63 holding a 4-digit hex CRC."));
            return;
        }
        if (fields.Count(f => f.Id == VietQrConstants.CrcId) > 1)
            errors.Add(new("crc-missing", "Tag 63 (CRC) appears more than once."));
        var expected = Crc16CcittFalse.ComputeHex(payload[..^4]);
        if (!string.Equals(expected, last.Value, StringComparison.OrdinalIgnoreCase))
            errors.Add(new("crc-mismatch", $"CRC is {last.Value} but the payload computes to {expected}."));
    }

    private static (string? Bin, string? Account, VietQrService Service) ReadMerchantAccount(
        string? template, List<ValidationError> errors)
    {
        if (template is null)
        {
            errors.Add(new("not-vietqr", "Tag 38 (NAPAS merchant account information) is missing."));
            return (null, null, default);
        }
        var sub = Tlv.TryRead(template, out var error);
        if (sub is null)
        {
            errors.Add(new("merchant-account", $"Tag 38 is malformed: {error}"));
            return (null, null, default);
        }
        string? Sub(string id) => sub.FirstOrDefault(f => f.Id == id)?.Value;

        if (Sub(VietQrConstants.GuidSubId) != VietQrConstants.NapasGuid)
            errors.Add(new("not-vietqr", $"Tag 38 GUID must be {VietQrConstants.NapasGuid}, found \"{Sub(VietQrConstants.GuidSubId)}\"."));

        VietQrService service = default;
        switch (Sub(VietQrConstants.ServiceSubId))
        {
            case VietQrConstants.AccountTransferService: service = VietQrService.AccountTransfer; break;
            case VietQrConstants.CardTransferService: service = VietQrService.CardTransfer; break;
            default:
                errors.Add(new("service", $"Tag 38/02 must be {VietQrConstants.AccountTransferService} or {VietQrConstants.CardTransferService}, found \"{Sub(VietQrConstants.ServiceSubId)}\"."));
                break;
        }

        var beneficiaryText = Sub(VietQrConstants.BeneficiarySubId);
        var beneficiary = beneficiaryText is null ? null : Tlv.TryRead(beneficiaryText, out error);
        if (beneficiary is null)
        {
            errors.Add(new("merchant-account", "Tag 38/01 (beneficiary: bank BIN and account) is missing or malformed."));
            return (null, null, service);
        }
        var bin = beneficiary.FirstOrDefault(f => f.Id == VietQrConstants.BinSubId)?.Value;
        var account = beneficiary.FirstOrDefault(f => f.Id == VietQrConstants.AccountSubId)?.Value;
        if (bin is null || bin.Length != 6 || !bin.All(char.IsAsciiDigit))
            errors.Add(new("bin", $"Tag 38/01/00 must be a 6-digit bank BIN, found \"{bin}\"."));
        if (string.IsNullOrEmpty(account))
            errors.Add(new("account", "Tag 38/01/01 (account or card number) is missing."));
        return (bin, account, service);
    }

    private static ParseResult<VietQrPayload> Fail(string code, string message) =>
        ParseResult<VietQrPayload>.Failure([new ValidationError(code, message)]);
}
