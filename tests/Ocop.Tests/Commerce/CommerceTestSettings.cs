using System.Runtime.CompilerServices;

namespace Ocop.Tests.Commerce;

/// <summary>
/// Secrets the Commerce endpoints need, set as environment variables when the test assembly loads,
/// before any application host of any collection starts (the hosts read environment variables).
/// </summary>
internal static class CommerceTestSettings
{
    public const string SePayKey = "test-sepay-key-2026";
    public const string CassoKey = "test-casso-checksum-key-2026";
    public const string GhnKey = "test-ghn-key-2026";

    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("Payments__SePay__ApiKey", SePayKey);
        Environment.SetEnvironmentVariable("Payments__Casso__SecretKey", CassoKey);
        Environment.SetEnvironmentVariable("Shipping__Carriers__ghn__ApiKey", GhnKey);
    }
}
