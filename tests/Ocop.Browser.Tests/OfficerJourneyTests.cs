using Microsoft.Playwright;

namespace Ocop.Browser.Tests;

[Collection(AppCollection.Name)]
public sealed class OfficerJourneyTests(AppFixture app)
{
    [Fact]
    public async Task ProvincialOfficer_VerifiesAPendingProducerFromTheQueue_AndItsStorefrontOpens()
    {
        var name = $"HTX Chè Tà Xùa {Journeys.Unique()}";
        await Journeys.RegisterProducerAsync(await app.NewPageAsync(), name, $"taxua-{Journeys.Unique()}@ocop.example");

        var officer = await app.NewPageAsync();
        await Journeys.VerifyAsOfficerAsync(officer, name);

        await officer.GotoAsync("/tinh/14");
        await officer.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
    }
}
