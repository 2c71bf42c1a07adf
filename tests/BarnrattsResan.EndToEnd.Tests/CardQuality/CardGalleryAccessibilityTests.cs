using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BarnrattsResan.EndToEnd.Tests.Infrastructure;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>
/// Every card of the gallery, rendered with Teams' light and dark host configs, checked with axe-core against
/// WCAG 2.1 A and AA. A failure names the card, the theme, the rule and the element.
/// </summary>
public sealed partial class CardGalleryAccessibilityTests(CardRendererFixture browser) : IClassFixture<CardRendererFixture>
{
    [BrowserTheory]
    [MemberData(nameof(Checked))]
    public async Task Card_has_no_WCAG_2_1_AA_violations_in_Teams_light_and_dark(string name)
    {
        var card = CardGallery.Get(name);
        var problems = new List<AccessibilityProblem>();
        foreach (var theme in new[] { TeamsTheme.Light, TeamsTheme.Dark })
        {
            problems.AddRange(await CardAccessibility.CheckAsync(browser.Renderer, card.CardJson, theme, name));
        }

        Assert.True(problems.Count == 0, $"{problems.Count} accessibility problems:\n{string.Join('\n', problems)}");
    }

    /// <summary>
    /// Every card, except the middle parts of a summary split into many (the 500-answer summaries have over 30 parts
    /// each): of a series, parts 1 and 2 and the last are checked. Checking all 136 parts took three minutes more on
    /// two cores and adds nothing: the next test proves that the parts left out hold no kind of element the checked
    /// parts do not.
    /// </summary>
    public static TheoryData<string> Checked()
    {
        var data = new TheoryData<string>();
        foreach (var card in CardGallery.All.Where(c => !IsLeftOut(c.Name))) data.Add(card.Name);
        return data;
    }

    [Fact]
    public void SummaryPartsLeftOutHoldOnlyKindsOfElementTheCheckedPartsOfTheirSeriesHold()
    {
        var leftOut = CardGallery.All.Where(c => IsLeftOut(c.Name)).ToArray();
        Assert.True(leftOut.Length >= 100, $"only {leftOut.Length} parts are left out");

        foreach (var series in leftOut.GroupBy(c => Part().Match(c.Name).Groups["series"].Value))
        {
            var checkedShapes = CardGallery.All
                .Where(c => Part().Match(c.Name) is { Success: true } m && m.Groups["series"].Value == series.Key && !IsLeftOut(c.Name))
                .SelectMany(c => Shapes(c.Message.Card))
                .ToHashSet(StringComparer.Ordinal);
            Assert.True(checkedShapes.Count > 3, $"{series.Key}: the checked parts hold only {checkedShapes.Count} kinds of element");
            foreach (var card in series)
            {
                var unseen = Shapes(card.Message.Card).Where(s => !checkedShapes.Contains(s)).ToArray();
                Assert.True(unseen.Length == 0, $"{card.Name} holds what no checked part of {series.Key} holds: {string.Join(" | ", unseen)}");
            }
        }
    }

    private static bool IsLeftOut(string name)
    {
        var match = Part().Match(name);
        if (!match.Success) return false;
        var series = match.Groups["series"].Value;
        var number = int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var last = CardGallery.All.Count(c => c.Name.StartsWith(series + "-part-", StringComparison.Ordinal));
        return number > 2 && number < last;
    }

    /// <summary>What axe-core looks at in an element, without its words: type, style, colour, size, weight, spacing, Markdown used.</summary>
    private static IEnumerable<string> Shapes(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(Shapes),
        JsonObject element => new[] { Shape(element) }.Concat(element.Where(p => p.Key is not "data").SelectMany(p => Shapes(p.Value))),
        _ => [],
    };

    private static string Shape(JsonObject element)
    {
        var properties = element
            .Where(p => p.Value is JsonValue && p.Key is not ("text" or "title" or "value" or "id" or "url"))
            .Select(p => $"{p.Key}={p.Value!.ToJsonString()}")
            .Order(StringComparer.Ordinal);
        var text = element["text"]?.GetValue<string>() ?? "";
        var markdown = new[] { ("**", "bold"), ("](", "link"), ("\n- ", "list"), ("_", "italic") }.Where(m => text.Contains(m.Item1, StringComparison.Ordinal)).Select(m => m.Item2);
        return string.Join(",", properties.Concat(markdown));
    }

    [GeneratedRegex(@"^(?<series>.+)-part-(?<number>\d+)$")]
    private static partial Regex Part();
}
