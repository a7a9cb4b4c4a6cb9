namespace Ocop.Standards.BankWebhooks;

/// <summary>Whether a webhook request proved it came from the provider, and why not.</summary>
public sealed record WebhookVerificationResult
{
    private WebhookVerificationResult(ValidationError? error) => Error = error;

    /// <summary>A verified request.</summary>
    public static WebhookVerificationResult Valid { get; } = new((ValidationError?)null);

    /// <summary>True when the request is authentic.</summary>
    public bool IsValid => Error is null;

    /// <summary>Why verification failed; null when it succeeded.</summary>
    public ValidationError? Error { get; }

    /// <summary>A failed verification.</summary>
    public static WebhookVerificationResult Invalid(string code, string message) => new(new ValidationError(code, message));
}
