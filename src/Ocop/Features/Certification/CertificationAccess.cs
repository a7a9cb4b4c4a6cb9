using Ocop.Features.Identity;

namespace Ocop.Features.Certification;

/// <summary>Who may do what with dossiers: one place for the scope rules of the evaluation cycle.</summary>
public sealed class CertificationAccess(CurrentUser me)
{
    public bool IsOwner(Dossier d) => OwnsProducer(d.ProducerId);
    public bool OwnsProducer(int producerId) => me.ProducerId == producerId;
    public bool IsCommuneOf(Dossier d) => me.IsInRole(Roles.Commune) && me.CommuneCode == d.CommuneCode;
    public bool IsProvinceOf(Dossier d) => me.IsInRole(Roles.Province) && me.ProvinceCode == d.ProvinceCode;
    public bool IsProvinceOf(string? provinceCode) => me.IsInRole(Roles.Province) && provinceCode is not null && me.ProvinceCode == provinceCode;
    public bool IsCentral => me.IsInRole(Roles.Central) || me.IsAdmin;
    public bool IsAdmin => me.IsAdmin;

    /// <summary>Only the recognising level revokes: the province for its 3★/4★ (the administrator may act for it), the centre for 5★.</summary>
    public bool CanRevoke(RecognitionLevel level, string provinceCode) =>
        level == RecognitionLevel.Central ? IsCentral : IsProvinceOf(provinceCode) || me.IsAdmin;

    /// <summary>Officers in scope, the owner, and (checked separately) council members may read a dossier.</summary>
    public bool CanReadAsOfficerOrOwner(Dossier d) => IsOwner(d) || IsCommuneOf(d) || IsProvinceOf(d) || IsCentral;

    public string? UserId => me.Id;
    public string? ProvinceCode => me.ProvinceCode;
    public string Name => me.Name;
}
