using System.Text.RegularExpressions;

namespace Ocop.Tests.Infrastructure;

/// <summary>Submits a page's form as a browser does: GET the page (antiforgery cookie and token), then POST the fields with the token.</summary>
public static partial class PageForms
{
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string page)
    {
        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {page}.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string page, params (string Name, string Value)[] fields)
    {
        var token = await client.AntiforgeryTokenAsync(page);
        var form = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(page, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
