namespace Ocop.Standards.VietQr;

/// <summary>The NAPAS 247 service named in tag 38 sub-tag 02.</summary>
public enum VietQrService
{
    /// <summary>Transfer to a bank account ("QRIBFTTA").</summary>
    AccountTransfer,

    /// <summary>Transfer to a card number ("QRIBFTTC").</summary>
    CardTransfer,
}
