using BarnrattsResan.Bot.Help;
using BarnrattsResan.Bot.Methods;
using BarnrattsResan.EndToEnd.Tests.Infrastructure;
using static BarnrattsResan.EndToEnd.Tests.Scenarios.RoundSteps;
using static BarnrattsResan.EndToEnd.Tests.Scenarios.ScenarioWorld;

namespace BarnrattsResan.EndToEnd.Tests.Scenarios;

/// <summary>Issue 4: <c>hjälp</c> and <c>metoder</c> in the channel.</summary>
[Collection(PlaygroundScenarios.Name)]
public sealed class HelpAndMethodsScenarioTests(SwedishPlaygroundTeam team) : IClassFixture<SwedishPlaygroundTeam>
{
    [PlaygroundFact]
    public async Task Help_lists_every_command_and_methods_links_to_Barnombudsmannens_support()
    {
        var david = await team.ClientAsync(David);
        await david.OpenChannelAsync(Channel);

        var help = await RoundSteps.SayAsync(david, "hjälp", Sv.Help.HelpTitle);
        var helpText = await help.ReadTextAsync();
        foreach (var command in new[] { "starta", "status", "nästa", "sammanfatta", "avsluta", "öppna", "metoder", "hjälp" })
        {
            Shows.Text(helpText, command, "David (help)");
        }

        Shows.Text(helpText, Sv.Help.HelpFacilitatorNote, "David (help)");
        await ScenarioPictures.SaveAsync(david, "10-help", help.Root);

        var methods = await RoundSteps.SayAsync(david, "metoder", Sv.Methods.MethodsTitle);
        var methodsText = await methods.ReadTextAsync();
        Shows.Text(methodsText, "Revision för barnets rättigheter", "David (methods)");
        Shows.Text(methodsText, "Barnbokslut", "David (methods)");
        var links = await methods.Root.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.Contains(links, l => l.StartsWith("https://www.barnombudsmannen.se/", StringComparison.Ordinal));
        await ScenarioPictures.SaveAsync(david, "11-methods", methods.Root);
    }
}
