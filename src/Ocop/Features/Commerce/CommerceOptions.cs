namespace Ocop.Features.Commerce;

/// <summary>Settings under <c>Commerce</c>.</summary>
public sealed class CommerceOptions
{
    /// <summary>How long an unpaid bank-transfer order holds its stock.</summary>
    public int PaymentHoldMinutes { get; set; } = 30;
    /// <summary>
    /// How long after the buyer's "Tôi đã chuyển khoản" the order still waits for the producer to confirm (once per
    /// order, so a hold is at most <see cref="PaymentHoldMinutes"/> plus this).
    /// </summary>
    public int ReportedTransferHoldHours { get; set; } = 24;
    /// <summary>How often the expiry job looks for overdue orders.</summary>
    public int ExpiryScanSeconds { get; set; } = 60;
    public int MaxQuantityPerLine { get; set; } = 99;
    public int MaxLines { get; set; } = 30;
    /// <summary>
    /// How long checkout may price from a product's facts as last read (<see cref="Catalog.SaleableProductCache"/>);
    /// the stock take re-checks them, so this bounds only how late a new name or contact reaches an order. 0 reads every time.
    /// </summary>
    public int SaleFactsSeconds { get; set; } = 30;
}

/// <summary>Secrets of the bank-feed providers, under <c>Payments</c> (environment variables in production).</summary>
public sealed class PaymentOptions
{
    public ProviderKey SePay { get; set; } = new();
    public ProviderKey Casso { get; set; } = new();

    public sealed class ProviderKey
    {
        public string? ApiKey { get; set; }
        public string? SecretKey { get; set; }
    }
}
