using Ocop.Features.Identity;
using System.Security.Cryptography;
using System.Text;

namespace Ocop.Features.Commerce;

/// <summary>
/// Who may see and act on an order: its producer (and administrators) as seller; as buyer the
/// signed-in user who placed it, the guest session that placed it, or whoever holds its lookup token.
/// Everyone else is told the order does not exist.
/// </summary>
public sealed class OrderAccess(CurrentUser me, GuestSession guest)
{
    public bool IsSeller(Order o) => me.IsAdmin || (me.ProducerId is { } id && id == o.ProducerId);

    public bool IsBuyer(Order o, string? token) =>
        (o.BuyerId is not null && o.BuyerId == me.Id)
        || (o.GuestSession is not null && o.GuestSession == guest.Current)
        || SameSecret(token, o.LookupToken);

    public OrderActor? ActorFor(Order o, string? token) => IsSeller(o) ? OrderActor.Seller : IsBuyer(o, token) ? OrderActor.Buyer : null;

    /// <summary>Constant-time comparison of a presented secret with the expected one.</summary>
    public static bool SameSecret(string? given, string expected) =>
        !string.IsNullOrEmpty(given) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    public static AppError NotFound(string code) => AppError.NotFound($"Không tìm thấy đơn hàng {code}.");
}
