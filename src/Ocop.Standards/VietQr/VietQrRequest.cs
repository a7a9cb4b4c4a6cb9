namespace Ocop.Standards.VietQr;

/// <summary>What to put in a NAPAS 247 transfer QR.</summary>
/// <param name="BankBin">The receiving bank's 6-digit BIN, e.g. "970436" (see <see cref="Banks"/>).</param>
/// <param name="AccountNumber">The receiving account (or card) number: digits and letters, at most 19.</param>
/// <param name="Amount">Amount in đồng; null for a QR where the payer types the amount.</param>
/// <param name="Purpose">Transfer memo for tag 62.08; diacritics are removed and it is cut to 25 characters.</param>
/// <param name="BillNumber">Optional bill number for tag 62.01, at most 25 printable ASCII characters.</param>
public sealed record VietQrRequest(
    string BankBin,
    string AccountNumber,
    long? Amount = null,
    string? Purpose = null,
    string? BillNumber = null)
{
    /// <summary>Account or card transfer; account by default.</summary>
    public VietQrService Service { get; init; } = VietQrService.AccountTransfer;

    /// <summary>Static or dynamic; when null, dynamic if an amount is given and static otherwise.</summary>
    public VietQrInitiation? Initiation { get; init; }
}
