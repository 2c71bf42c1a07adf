using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Privacy;

/// <summary>"Radera rundan?": what deleting means, with the choice to see (and copy) the summary first.</summary>
public static class DeleteRoundCard
{
    public static CardMessage Confirm(Round round, Texts t, TimeZoneInfo zone) =>
        new(AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(t.DeleteRoundTitle(round.Title)),
                AdaptiveCard.Text(t.DeleteRoundText),
                AdaptiveCard.Facts(RoundFacts.For(round, t, zone)),
                AdaptiveCard.Text(t.DeleteRoundKeepSummary, spacing: "Medium"),
            ],
            [
                AdaptiveCard.Execute(t.DeleteRoundShowSummary, CardVerbs.DeleteRoundSummary, new SummaryPartData(round.Id, 1), validateInputs: false),
                ConfirmAction(round, t),
                CancelAction(t),
            ]),
            t.DeleteRoundTitle(round.Title));

    /// <summary>
    /// One part of the summary as it stands, seen only by the facilitator who asked (an invoke response replaces
    /// the card for the person who clicked), with the way to the next part and the choice to delete or not.
    /// </summary>
    public static CardMessage WithSummary(CardMessage part, int number, int parts, Round round, Texts t)
    {
        var card = part.Card.DeepClone().AsObject();
        card["body"]!.AsArray().Insert(0, AdaptiveCard.Container([AdaptiveCard.Text(t.DeleteRoundSummaryNote, weight: "Bolder")], style: "attention"));
        var actions = new JsonArray();
        if (number < parts)
        {
            actions.Add(AdaptiveCard.Execute(t.ShowSummaryPart(number + 1, parts), CardVerbs.DeleteRoundSummary, new SummaryPartData(round.Id, number + 1), validateInputs: false));
        }

        actions.Add(ConfirmAction(round, t));
        actions.Add(CancelAction(t));
        card["actions"] = actions;
        return part with { Card = card };
    }

    private static JsonObject ConfirmAction(Round round, Texts t) =>
        AdaptiveCard.Execute(t.DeleteRoundConfirm, CardVerbs.DeleteRound, new RoundActionData(round.Id), validateInputs: false);

    public static JsonObject CancelAction(Texts t) =>
        AdaptiveCard.Execute(t.Cancel, CardVerbs.Cancel, new { }, validateInputs: false);
}
