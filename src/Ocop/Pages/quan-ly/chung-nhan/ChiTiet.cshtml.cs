using Microsoft.AspNetCore.Mvc;
using Ocop.Features.Certification;
using Ocop.Features.Identity;

namespace Ocop.Pages;

/// <summary>A certificate as an officer sees it: its facts, its history from the audit log, and revocation (reason and decision number).</summary>
public sealed class OfficerCertificateModel(CurrentUser me, CertificationQueries queries, CertificateCommands commands, AuditLog audit,
    CertificationAccess access)
    : OfficerPageModel(me)
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? DecisionNumber { get; set; }
    public CertificateDto Certificate { get; private set; } = null!;
    public List<AuditEntry> History { get; private set; } = [];
    /// <summary>The revocation form is offered to the recognising level only.</summary>
    public bool CanRevoke => Certificate.Status != "Revoked" && access.CanRevoke(Enum.Parse<RecognitionLevel>(Certificate.Level), Certificate.Province.Code);

    public async Task<IActionResult> OnGetAsync(string number) => await LoadAsync(number) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRevokeAsync(string number)
    {
        var result = await commands.RevokeAsync(number, new RevokeRequest(Reason, DecisionNumber));
        if (result.Ok) return Done($"/quan-ly/chung-nhan/{Uri.EscapeDataString(number)}", $"{L["Đã thu hồi giấy chứng nhận"]} {number}.");
        AddErrors(result.Error!, fieldKeys: new Dictionary<string, string> { ["reason"] = "Reason", ["decisionNumber"] = "DecisionNumber" });
        return await LoadAsync(number) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string number)
    {
        var c = await queries.CertificateAsync(number);
        if (c is null || !Me.CanActOnProvince(c.Province.Code)) return false;
        Certificate = c;
        History = await audit.HistoryAsync("certificate", number);
        return true;
    }
}
