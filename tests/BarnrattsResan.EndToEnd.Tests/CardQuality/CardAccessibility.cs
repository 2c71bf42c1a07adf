using Deque.AxeCore.Commons;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>
/// Checks a rendered card with axe-core (Deque's engine, shipped inside the Deque.AxeCore packages, so no network)
/// against the WCAG 2.1 level A and AA rules: what EN 301 549 and the Swedish law on accessible public digital
/// services ask of a public body's service. Only the card is checked (<c>#card-host</c>); the page around it is
/// the test's, in Teams it is Teams' own.
/// </summary>
public static class CardAccessibility
{
    /// <summary>axe-core's tags for the WCAG 2.0 and 2.1 success criteria of levels A and AA.</summary>
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        ResultTypes = [ResultType.Violations, ResultType.Incomplete],
        Iframes = false,
    };

    /// <summary>Renders <paramref name="cardJson"/> in <paramref name="theme"/> and returns what axe-core finds wrong, each naming the rule and the element.</summary>
    public static async Task<IReadOnlyList<AccessibilityProblem>> CheckAsync(CardRenderer renderer, string cardJson, TeamsTheme theme, string name = "card")
    {
        var rendering = await renderer.RenderAsync(cardJson, theme);
        if (!rendering.Rendered)
        {
            return [new AccessibilityProblem(name, theme, "render", "critical", "The card did not render.", "#card-host", "", "")];
        }

        return Problems(await renderer.RunAxeAsync(Options), name, theme);
    }

    /// <summary>
    /// Every violation, and every result axe-core could not decide (for example a contrast over an image) as a
    /// problem too: a card passes only when axe-core can say it does.
    /// </summary>
    public static List<AccessibilityProblem> Problems(AxeResult result, string name, TeamsTheme theme) =>
    [
        .. Items(result.Violations, name, theme, undecided: false),
        .. Items(result.Incomplete, name, theme, undecided: true),
    ];

    private static IEnumerable<AccessibilityProblem> Items(IEnumerable<AxeResultItem>? items, string name, TeamsTheme theme, bool undecided) =>
        (items ?? []).SelectMany(item => item.Nodes.Select(node => new AccessibilityProblem(
            name,
            theme,
            item.Id,
            undecided ? "undecided" : item.Impact ?? "?",
            item.Help,
            node.Target?.ToString() ?? "?",
            node.Html ?? "",
            string.Join("; ", (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message)))));
}

/// <summary>One thing axe-core found on one element of a rendered card.</summary>
public sealed record AccessibilityProblem(string Card, TeamsTheme Theme, string Rule, string Impact, string Help, string Element, string Html, string Detail)
{
    public override string ToString() =>
        $"{Card} ({Theme}): {Rule} [{Impact}] {Help} – element {Element}: {Shorten(Html)} – {Detail}";

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..157] + "…";
}
