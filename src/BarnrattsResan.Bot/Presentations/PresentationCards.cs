using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Presentations;

/// <summary>
/// The results as the cards show them: the fields on the setup card and the edit form, the block before the
/// questions in the introduction (links as buttons), the way back to it from a question card, and the compact block
/// at the top of the summary. The text is always shown exactly as typed (<see cref="AdaptiveCard.TypedText"/>).
/// </summary>
internal static class PresentationCards
{
    /// <summary>The setup card's optional block, kept apart from the round's other settings.</summary>
    public static JsonObject SetupBlock(PresentationInput input, Texts t) =>
        AdaptiveCard.Container(
            [
                AdaptiveCard.Subheading(t.Presentations.ResultsSetupHeading),
                AdaptiveCard.Text(t.Presentations.ResultsSetupHint, subtle: true, spacing: Spacing.Small),
                .. Inputs(input, t),
            ],
            spacing: Spacing.Large,
            separator: true);

    /// <summary>The block before the questions: the presentation as typed and a button per link. Nothing when there are no results.</summary>
    public static IEnumerable<JsonNode?> IntroductionBlock(Round round, Texts t)
    {
        var results = round.Results;
        if (results.IsEmpty)
        {
            yield break;
        }

        yield return AdaptiveCard.Subheading(t.Presentations.ResultsHeading);
        if (results.Text.Length > 0)
        {
            yield return AdaptiveCard.Text(AdaptiveCard.TypedText(results.Text), spacing: Spacing.Small);
        }

        // One button per row: Teams cuts off a row of buttons that does not fit a narrow window.
        foreach (var link in results.Links)
        {
            yield return AdaptiveCard.ActionRow(LinkButton(link));
        }
    }

    /// <summary>The introduction's button for the facilitators, while the round is open; anyone else who presses it is refused politely.</summary>
    public static JsonObject? EditButton(Round round, Texts t) =>
        round.IsOpen
            ? AdaptiveCard.ActionRow(AdaptiveCard.Execute(t.Presentations.EditResults, CardVerbs.EditResults, new RoundActionData(round.Id), validateInputs: false))
            : null;

    /// <summary>
    /// On a question card: a button that unfolds the results in place (no round trip, nothing replaced), so a colleague
    /// answering far down the thread can read what the question is about. Nothing when there are no results.
    /// </summary>
    public static JsonObject? ShowOnQuestionCard(Round round, int number, Texts t)
    {
        var results = round.Results;
        if (results.IsEmpty)
        {
            return null;
        }

        var body = new List<JsonNode?> { AdaptiveCard.Text(t.Presentations.ResultsHeading, weight: TextWeight.Bolder) };
        if (results.Text.Length > 0) body.Add(AdaptiveCard.Text(AdaptiveCard.TypedText(results.Text), spacing: Spacing.Small));
        body.AddRange(results.Links.Select(l => (JsonNode?)AdaptiveCard.ActionRow(LinkButton(l))));
        var shown = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(body.Where(b => b is not null).ToArray()) };
        return AdaptiveCard.ActionRow(new JsonObject { ["type"] = "Action.ShowCard", ["title"] = t.Presentations.ShowResults(number), ["card"] = shown });
    }

    /// <summary>The summary's compact block: what the answers responded to. Links as Markdown links, so the block takes no buttons.</summary>
    public static JsonObject? SummaryBlock(Round round, Texts t)
    {
        var results = round.Results;
        if (results.IsEmpty)
        {
            return null;
        }

        var items = new List<JsonNode?> { AdaptiveCard.Text(t.Presentations.SummaryResultsHeading, weight: TextWeight.Bolder) };
        if (results.Text.Length > 0) items.Add(AdaptiveCard.Text(AdaptiveCard.TypedText(results.Text), spacing: Spacing.Small));
        if (results.Links.Count > 0)
        {
            items.Add(AdaptiveCard.Text(string.Join("\n", results.Links.Select(l => $"- [{AdaptiveCard.TypedLine(l.Title)}]({MarkdownUrl(l.Url)})")), spacing: Spacing.Small));
        }

        return AdaptiveCard.Container(items, style: ContainerStyle.Emphasis, spacing: Spacing.Medium);
    }

    /// <summary>The form a facilitator corrects the results in (replacing the introduction for them alone), with any problems listed first.</summary>
    public static CardMessage EditForm(Round round, PresentationInput input, IReadOnlyList<string> errors, Texts t)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Heading(t.Presentations.EditResultsTitle(AdaptiveCard.TypedLine(round.Title))),
            AdaptiveCard.Text(t.Presentations.EditResultsIntro, subtle: true),
        };
        if (errors.Count > 0)
        {
            body.Add(AdaptiveCard.Container(
                new JsonNode?[] { AdaptiveCard.Text(t.Presentations.ResultsErrorsTitle, weight: TextWeight.Bolder) }.Concat(errors.Select(e => AdaptiveCard.Text("• " + e, spacing: Spacing.Small))),
                style: ContainerStyle.Attention));
        }

        body.AddRange(Inputs(input, t));
        body.Add(AdaptiveCard.ActionRow(AdaptiveCard.Execute(t.Presentations.SaveResults, CardVerbs.SaveResults, new RoundActionData(round.Id), style: ActionStyle.Positive)));
        body.Add(AdaptiveCard.ActionRow(AdaptiveCard.Execute(t.Presentations.CancelEditResults, CardVerbs.CancelEditResults, new RoundActionData(round.Id), validateInputs: false)));
        return new CardMessage(AdaptiveCard.Create(body), t.Presentations.EditResultsTitle(round.Title));
    }

    private static IEnumerable<JsonNode?> Inputs(PresentationInput input, Texts t)
    {
        yield return AdaptiveCard.TextInput(
            PresentationInput.PresentationId,
            t.Presentations.ResultsTextLabel(PresentationRules.MaxPresentationLength),
            Clip(input.Text, PresentationRules.MaxPresentationLength),
            t.Presentations.ResultsTextPlaceholder,
            multiline: true,
            maxLength: PresentationRules.MaxPresentationLength);
        for (var number = 1; number <= PresentationRules.MaxLinks; number++)
        {
            var (title, url) = input.Link(number);
            yield return AdaptiveCard.TextInput(PresentationInput.LinkTitleId(number), t.Presentations.ResultsLinkTitleLabel(number), Clip(title, PresentationRules.MaxLinkTitleLength), maxLength: PresentationRules.MaxLinkTitleLength);
            yield return AdaptiveCard.TextInput(PresentationInput.LinkUrlId(number), t.Presentations.ResultsLinkUrlLabel(number), Clip(url, PresentationRules.MaxUrlLength), maxLength: PresentationRules.MaxUrlLength, style: TextInputStyle.Url, spacing: Spacing.Small);
        }
    }

    /// <summary>A link's button: its title as typed (a button's title is plain text, not Markdown) and its checked https address.</summary>
    private static JsonObject LinkButton(ResultLink link) => AdaptiveCard.OpenUrl(link.Title, link.Url);

    /// <summary>The address inside a Markdown link: parentheses would end it early, so they are percent-encoded (the same address).</summary>
    private static string MarkdownUrl(string url) =>
        url.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);

    private static string? Clip(string? value, int maxLength) => value is null || value.Length <= maxLength ? value : value[..maxLength];
}
