using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ocop.Features.Catalog;
using Ocop.Features.Certification;
using Ocop.Features.Identity;
using Ocop.Features.Producers;

namespace Ocop.Pages;

/// <summary>The producer's OCOP dossiers with status and return reasons; opens a new dossier for one of its products in an open round.</summary>
public sealed class SellerDossiersModel(CurrentUser me, CertificationQueries queries, DossierCommands commands, CatalogQueries catalog,
    TimeProvider clock) : ProducerPageModel(me)
{
    public sealed class NewDossier
    {
        public int? ProductId { get; set; }
        public int? RoundId { get; set; }
        public EvaluationType? Type { get; set; }
        public string? SamplesDeclared { get; set; }
        public string? Note { get; set; }
    }

    [BindProperty] public NewDossier Input { get; set; } = new();
    public List<DossierSummary> Dossiers { get; private set; } = [];
    public Dictionary<int, string?> ReturnReasons { get; private set; } = [];
    public List<SelectListItem> Products { get; private set; } = [];
    public List<SelectListItem> Rounds { get; private set; } = [];
    public List<SelectListItem> Types { get; } =
    [
        new("Đánh giá lần đầu", nameof(EvaluationType.FirstTime)), new("Nâng hạng sao", nameof(EvaluationType.Upgrade)),
        new("Đánh giá lại", nameof(EvaluationType.Rerank)),
    ];

    public async Task OnGetAsync()
    {
        Dossiers = await queries.QueueAsync();
        foreach (var d in Dossiers.Where(d => d.Status is "ReturnedByCommune" or "ReturnedByProvince"))
            if ((await queries.DossierAsync(d.Id)).Value is { } detail) ReturnReasons[d.Id] = detail.ReturnReason;
        Products = (await catalog.OfProducerAsync(ProducerId)).Where(p => p.Status != ProductStatus.Hidden)
            .Select(p => new SelectListItem($"{p.Name} ({L["bộ"]} {p.SetCode:00})", p.Id.ToString())).ToList();
        var today = VietnamTime.Today(clock);
        // Only a verified producer sees its province's rounds (the same rule as GET /api/v1/rounds).
        Rounds = ((await queries.VisibleRoundsAsync(null)).Value ?? []).Where(r => r.Level == RecognitionLevel.Province && r.AcceptsSubmissions(today))
            .Select(r => new SelectListItem($"{r.Name} ({r.OpensOn:dd/MM/yyyy} – {r.ClosesOn:dd/MM/yyyy})", r.Id.ToString())).ToList();
        foreach (var t in Types) t.Text = L[t.Text];
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await commands.CreateAsync(new CreateDossierRequest(Input.ProductId, Input.RoundId, Input.Type, Input.SamplesDeclared, Input.Note));
        if (result.Ok) return Done($"/ban-hang/ho-so/{result.Value!.Id}", $"{L["Đã lập hồ sơ"]} {result.Value.Number}. {L["Hãy tự đánh giá theo phiếu rồi nộp."]}");
        AddErrors(result.Error!);
        await OnGetAsync();
        return Page();
    }
}
