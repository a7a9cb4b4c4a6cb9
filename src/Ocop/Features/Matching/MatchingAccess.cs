using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Features.Matching;

/// <summary>
/// Who the signed-in person is for B2B trade: a verified buyer organisation, a verified producer,
/// an officer, or none of these. Contact details and posting are for verified parties only.
/// </summary>
public sealed class MatchingAccess(OcopDb db, CurrentUser me)
{
    private BuyerOrganisation? _organisation;
    private bool _organisationLoaded;
    private bool? _producerVerified;

    public CurrentUser Me => me;

    public async Task<BuyerOrganisation?> OrganisationAsync(CancellationToken ct = default)
    {
        if (_organisationLoaded) return _organisation;
        _organisation = me.Id is null ? null : await db.BuyerOrganisations.FirstOrDefaultAsync(o => o.UserId == me.Id, ct);
        _organisationLoaded = true;
        return _organisation;
    }

    public async Task<BuyerOrganisation?> VerifiedOrganisationAsync(CancellationToken ct = default) =>
        await OrganisationAsync(ct) is { Status: OrganisationStatus.Verified } o && me.IsInRole(Roles.B2bBuyer) ? o : null;

    public async Task<bool> IsVerifiedProducerAsync(CancellationToken ct = default) =>
        _producerVerified ??= me.ProducerId is { } id && await db.Producers.AnyAsync(p => p.Id == id && p.Status == ProducerStatus.Verified, ct);

    /// <summary>Verified buyers, verified producers and officers may read contact details.</summary>
    public async Task<bool> MaySeeContactsAsync(CancellationToken ct = default) =>
        me.IsAuthenticated && (me.IsOfficer || await VerifiedOrganisationAsync(ct) is not null || await IsVerifiedProducerAsync(ct));

    public static AppError NotVerifiedBuyer => AppError.Forbidden("Chỉ đơn vị thu mua đã được xác minh mới đăng nhu cầu và liên hệ.");
    public static AppError NotVerifiedProducer => AppError.Forbidden("Chỉ chủ thể OCOP đã được xác minh mới đăng chào bán và liên hệ.");
    public static AppError NoContactRights => AppError.Forbidden("Thông tin liên hệ chỉ dành cho đơn vị thu mua và chủ thể đã được xác minh.");
}
