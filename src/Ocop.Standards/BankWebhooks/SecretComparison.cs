using System.Security.Cryptography;
using System.Text;

namespace Ocop.Standards.BankWebhooks;

/// <summary>Constant-time string comparison for secrets and signatures.</summary>
internal static class SecretComparison
{
    // Hashing first gives equal-length inputs, so the comparison time reveals neither content nor length.
    public static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(a)),
            SHA256.HashData(Encoding.UTF8.GetBytes(b)));
}
