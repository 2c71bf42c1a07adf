using BarnrattsResan.EndToEnd.Tests.Infrastructure;
using BarnrattsResan.EndToEnd.Tests.Samples;
using Deque.AxeCore.Playwright;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>The axe-core check itself: it finds what it should, names the element, passes a sound card and agrees with Deque's own Playwright wrapper.</summary>
public sealed class CardAccessibilityTests(CardRendererFixture browser) : IClassFixture<CardRendererFixture>
{
    [BrowserFact]
    public async Task Green_text_on_white_and_an_unlabelled_input_are_reported_with_rule_and_element()
    {
        var problems = await CardAccessibility.CheckAsync(browser.Renderer, SampleCards.InaccessibleCard, TeamsTheme.Light, "inaccessible");

        var contrast = Assert.Single(problems, p => p.Rule == "color-contrast");
        Assert.Contains("Sammanfattningen är postad.", contrast.Html, StringComparison.Ordinal);
        Assert.Contains("#92c353", contrast.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(problems, p => p.Rule == "label" && p.Html.Contains("<input", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.Equal("inaccessible", p.Card));
        Assert.Contains("inaccessible (Light): color-contrast", contrast.ToString(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Teams_green_passes_on_the_dark_theme_but_the_unlabelled_input_does_not()
    {
        var problems = await CardAccessibility.CheckAsync(browser.Renderer, SampleCards.InaccessibleCard, TeamsTheme.Dark, "inaccessible");

        Assert.DoesNotContain(problems, p => p.Rule == "color-contrast");
        Assert.Contains(problems, p => p.Rule == "label");
    }

    [BrowserFact]
    public async Task A_card_with_labelled_inputs_and_default_colours_passes_in_both_themes()
    {
        foreach (var theme in new[] { TeamsTheme.Light, TeamsTheme.Dark })
        {
            var problems = await CardAccessibility.CheckAsync(browser.Renderer, SampleCards.QuestionCard(), theme);

            Assert.True(problems.Count == 0, string.Join('\n', problems));
        }
    }

    [BrowserFact]
    public async Task Button_titles_cut_off_by_the_card_edge_are_reported()
    {
        const string tooWide = """
            {
              "type": "AdaptiveCard", "version": "1.5",
              "body": [ { "type": "TextBlock", "text": "Fråga 2", "wrap": true } ],
              "actions": [
                { "type": "Action.Execute", "title": "Skicka svar på fråga 2", "verb": "a" },
                { "type": "Action.Execute", "title": "Visa allas svar på fråga 2", "verb": "b" },
                { "type": "Action.Execute", "title": "Uppdatera fråga 2", "verb": "c" }
              ]
            }
            """;

        var clipped = (await browser.Renderer.RenderAsync(tooWide, TeamsTheme.Light)).ClippedButtons!;
        var fits = (await browser.Renderer.RenderAsync(SampleCards.QuestionCard(), TeamsTheme.Light)).ClippedButtons!;

        Assert.Contains("Uppdatera fråga 2", clipped);
        Assert.DoesNotContain("Skicka svar på fråga 2", clipped);
        Assert.Empty(fits);
    }

    [BrowserFact]
    public async Task Axe_loaded_once_in_the_page_finds_what_Deque_Playwright_wrapper_finds()
    {
        await browser.Renderer.RenderAsync(SampleCards.InaccessibleCard, TeamsTheme.Light);

        var wrapper = Findings(await browser.Renderer.CardHost.RunAxe(CardAccessibility.Options));
        var inPage = Findings(await browser.Renderer.RunAxeAsync(CardAccessibility.Options));

        Assert.Contains(wrapper, f => f.StartsWith("color-contrast ", StringComparison.Ordinal));
        Assert.Equal(wrapper, inPage);
    }

    private static string[] Findings(Deque.AxeCore.Commons.AxeResult result) =>
        CardAccessibility.Problems(result, "card", TeamsTheme.Light).Select(p => $"{p.Rule} {p.Impact} {p.Element}").Order(StringComparer.Ordinal).ToArray();
}
