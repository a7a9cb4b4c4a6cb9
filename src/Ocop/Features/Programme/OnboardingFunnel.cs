namespace Ocop.Features.Programme;

/// <summary>The onboarding stages, in order; each one includes the ones before it.</summary>
public enum OnboardingStage
{
    Trained = 0,
    StorefrontOpened = 1,
    PaymentAccount = 2,
    ProductListed = 3,
    FirstSale = 4,
}

/// <summary>
/// What the platform knows about one trained person, read from other modules' own data: a producer
/// registered with their phone, its verification (the storefront is public only once verified),
/// its bank account for VietQR, its listed products and its paid orders.
/// </summary>
public sealed record OnboardingFacts(bool HasProducer, bool Verified, bool HasPaymentAccount, bool HasListedProduct, bool HasSale);

/// <summary>
/// The funnel rules, kept pure so they are tested without a database. A person stands at the last
/// stage of an unbroken run: a producer that sells by COD without a bank account stays at
/// "storefront opened", because the funnel measures the programme's path, not any one fact.
/// </summary>
public static class OnboardingFunnel
{
    public static readonly OnboardingStage[] Stages = Enum.GetValues<OnboardingStage>();

    public static OnboardingStage StageOf(OnboardingFacts f)
    {
        if (!f.HasProducer || !f.Verified) return OnboardingStage.Trained;
        if (!f.HasPaymentAccount) return OnboardingStage.StorefrontOpened;
        if (!f.HasListedProduct) return OnboardingStage.PaymentAccount;
        return f.HasSale ? OnboardingStage.FirstSale : OnboardingStage.ProductListed;
    }

    /// <summary>How many people reached each stage (or a later one): a non-increasing series of five counts.</summary>
    public static int[] Count(IEnumerable<OnboardingStage> people) => FromStanding(people.Select(s => (s, 1)));

    /// <summary>The same series from how many people stand at each stage (as a grouped count returns them).</summary>
    public static int[] FromStanding(IEnumerable<(OnboardingStage Stage, int People)> standing)
    {
        var counts = new int[Stages.Length];
        foreach (var (stage, people) in standing)
            for (var s = 0; s <= (int)stage && s < counts.Length; s++) counts[s] += people;
        return counts;
    }

    /// <summary>Progress against a target in whole percent, capped at 100; null when there is no target.</summary>
    public static int? Progress(int reached, int target) => target <= 0 ? null : (int)Math.Min(100, reached * 100L / target);

    public static string Label(OnboardingStage s) => s switch
    {
        OnboardingStage.Trained => "Đã tập huấn",
        OnboardingStage.StorefrontOpened => "Đã mở gian hàng",
        OnboardingStage.PaymentAccount => "Có tài khoản nhận VietQR",
        OnboardingStage.ProductListed => "Đã đăng sản phẩm",
        _ => "Đã có đơn bán đầu tiên",
    };
}
