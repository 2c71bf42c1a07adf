using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Privacy;

/// <summary>"Radera rundan?": what deleting means, with the choice to see (and copy) the summary first.</summary>
internal static class DeleteRoundCard
{
    public static CardMessage Confirm(Round round, Texts t, TimeZoneInfo zone) =>
        new(AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(t.Privacy.DeleteRoundTitle(AdaptiveCard.TypedLine(round.Title))),
                AdaptiveCard.Text(t.Privacy.DeleteRoundText),
                AdaptiveCard.Facts(RoundFacts.For(round, t, zone)),
                AdaptiveCard.Text(t.Privacy.DeleteRoundKeepSummary, spacing: Spacing.Medium),

                // One button a row: Teams neither wraps a row of buttons nor their titles.
                AdaptiveCard.ActionRow(AdaptiveCard.Execute(t.Privacy.DeleteRoundShowSummary, CardVerbs.DeleteRoundSummary, new SummaryPartData(round.Id, 1), validateInputs: false)),
                AdaptiveCard.ActionRow(ConfirmAction(round, t)),
                AdaptiveCard.ActionRow(CancelAction(t)),
            ]),
            t.Privacy.DeleteRoundTitle(round.Title));

    /// <summary>
    /// One part of the summary as it stands, seen only by the facilitator who asked (an invoke response replaces
    /// the card for the person who clicked), with the way to the next part and the choice to delete or not.
    /// </summary>
    public static CardMessage WithSummary(CardMessage part, int number, int parts, Round round, Texts t)
    {
        var card = part.Card.DeepClone().AsObject();
        card["body"]!.AsArray().Insert(0, AdaptiveCard.Container([AdaptiveCard.Text(t.Privacy.DeleteRoundSummaryNote, weight: TextWeight.Bolder)], style: ContainerStyle.Attention));
        var body = card["body"]!.AsArray();
        if (number < parts)
        {
            body.Add(AdaptiveCard.ActionRow(AdaptiveCard.Execute(t.Privacy.ShowSummaryPart(number + 1, parts), CardVerbs.DeleteRoundSummary, new SummaryPartData(round.Id, number + 1), validateInputs: false)));
        }

        body.Add(AdaptiveCard.ActionRow(ConfirmAction(round, t)));
        body.Add(AdaptiveCard.ActionRow(CancelAction(t)));
        return part with { Card = card };
    }

    private static JsonObject ConfirmAction(Round round, Texts t) =>
        AdaptiveCard.Execute(t.Privacy.DeleteRoundConfirm, CardVerbs.DeleteRound, new RoundActionData(round.Id), validateInputs: false);

    public static JsonObject CancelAction(Texts t) =>
        AdaptiveCard.Execute(t.Privacy.Cancel, CardVerbs.Cancel, new { }, validateInputs: false);
}
