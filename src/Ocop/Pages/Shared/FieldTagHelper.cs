using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ocop.Pages.Shared;

/// <summary>
/// <c>&lt;field for="Name" label="Tên sản phẩm" /&gt;</c>: one labelled form control with its hint
/// and its server-side message, wired for screen readers (aria-describedby, aria-invalid), so no
/// page can forget a label. Types: text inputs (any HTML type), password, textarea, select, checkbox.
/// </summary>
[HtmlTargetElement("field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator, Lang lang) : TagHelper
{
    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = null!;
    public string Label { get; set; } = "";
    public string Type { get; set; } = "text";
    public string? Hint { get; set; }
    public IEnumerable<SelectListItem>? Items { get; set; }
    public string? Placeholder { get; set; }
    public string? Autocomplete { get; set; }
    public string? Inputmode { get; set; }
    public bool Required { get; set; }
    public int Rows { get; set; } = 4;
    public long? Min { get; set; }
    public long? Max { get; set; }
    public int? Maxlength { get; set; }

    [HtmlAttributeNotBound, ViewContext] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(fullName, "_");
        var hasError = ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) && entry.Errors.Count > 0;

        var attrs = new Dictionary<string, object> { ["class"] = Type == "checkbox" ? "check" : "input" };
        var describedBy = new List<string>();
        if (Hint is not null) describedBy.Add(id + "-hint");
        if (hasError) { describedBy.Add(id + "-error"); attrs["aria-invalid"] = "true"; }
        if (describedBy.Count > 0) attrs["aria-describedby"] = string.Join(' ', describedBy);
        if (Required) attrs["required"] = "required";
        if (Autocomplete is not null) attrs["autocomplete"] = Autocomplete;
        if (Inputmode is not null) attrs["inputmode"] = Inputmode;
        if (Min is not null) attrs["min"] = Min.Value;
        if (Max is not null) attrs["max"] = Max.Value;
        if (Maxlength is not null) attrs["maxlength"] = Maxlength.Value;
        if (Placeholder is not null && Type != "select") attrs["placeholder"] = lang[Placeholder];

        var control = Type switch
        {
            "textarea" => generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, Rows, 0, attrs),
            "select" => generator.GenerateSelect(ViewContext, For.ModelExplorer, Placeholder is null ? null : lang[Placeholder], For.Name,
                Items ?? [], allowMultiple: false, attrs),
            "password" => generator.GeneratePassword(ViewContext, For.ModelExplorer, For.Name, null, attrs),
            "checkbox" => generator.GenerateCheckBox(ViewContext, For.ModelExplorer, For.Name, null, attrs),
            _ => generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, For.Model,
                Type switch { "date" => "{0:yyyy-MM-dd}", "datetime-local" => "{0:yyyy-MM-ddTHH:mm}", _ => null }, WithType(attrs)),
        };

        // Validation is done on the server, in Vietnamese: drop MVC's English client-validation attributes.
        foreach (var key in control.Attributes.Keys.Where(k => k.StartsWith("data-val", StringComparison.Ordinal)).ToList())
            control.Attributes.Remove(key);

        // data-* attributes written on <field> belong to the control (e.g. data-communes-for for site.js).
        foreach (var attribute in output.Attributes.Where(a => a.Name.StartsWith("data-", StringComparison.Ordinal)).ToList())
        {
            // Razor hands over the value already HTML-encoded; TagBuilder encodes again, so decode once.
            control.Attributes[attribute.Name] = System.Net.WebUtility.HtmlDecode(attribute.Value?.ToString());
            output.Attributes.Remove(attribute);
        }

        var label = new TagBuilder("label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(lang[Label]);
        if (Required) label.InnerHtml.AppendHtml(" <span class=\"req\" aria-hidden=\"true\">*</span>");

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", (hasError ? "field has-error" : "field") + (Type == "checkbox" ? " field-check" : ""));
        if (Type == "checkbox")
        {
            output.Content.AppendHtml(control);
            output.Content.AppendHtml(generator.GenerateHiddenForCheckbox(ViewContext, For.ModelExplorer, For.Name));
            output.Content.AppendHtml(label);
        }
        else
        {
            output.Content.AppendHtml(label);
            if (Hint is not null) output.Content.AppendHtml($"<p class=\"hint\" id=\"{id}-hint\">{System.Net.WebUtility.HtmlEncode(lang[Hint])}</p>");
            output.Content.AppendHtml(control);
        }
        var message = generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, For.Name, null, "p",
            new Dictionary<string, object> { ["class"] = "field-error", ["id"] = id + "-error" });
        if (hasError) output.Content.AppendHtml(message);
    }

    private Dictionary<string, object> WithType(Dictionary<string, object> attrs)
    {
        attrs["type"] = Type;
        return attrs;
    }
}
