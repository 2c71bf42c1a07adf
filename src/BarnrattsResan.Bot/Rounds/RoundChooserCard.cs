using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>"Vilken runda menar du?": the rounds a command could be about, each with a button that carries out the command for it.</summary>
internal static class RoundChooserCard
{
    public static CardMessage Create(IReadOnlyList<Round> rounds, Command command, Texts t, TimeZoneInfo zone)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Heading(t.Rounds.ChooseRoundTitle),
            AdaptiveCard.Text(t.Rounds.ChooseRoundText(AdaptiveCard.TypedLine(FirstWords(command.Text)))),
        };
        var number = 0;
        foreach (var round in rounds)
        {
            number++;
            body.Add(AdaptiveCard.Container(
                [
                    AdaptiveCard.Text($"{number}. {AdaptiveCard.TypedLine(round.Title)}", weight: TextWeight.Bolder),
                    AdaptiveCard.Text($"{t.Rounds.ChooseRoundStarted(UserTime.Format(round.CreatedAt, zone, t.Language))} · {(round.IsOpen ? t.Rounds.StateOpen : t.Rounds.StateClosed)}", subtle: true, spacing: Spacing.None),
                    new JsonObject
                    {
                        ["type"] = "ActionSet",
                        ["actions"] = new JsonArray(AdaptiveCard.Execute(t.Rounds.ChooseRoundButton(number), CardVerbs.ChooseRound, new RoundCommandData(round.Id, command.Kind.ToString()), validateInputs: false)),
                    },
                ],
                spacing: Spacing.Medium,
                separator: true));
        }

        return new CardMessage(AdaptiveCard.Create(body), t.Rounds.ChooseRoundTitle);
    }

    /// <summary>The command as the person wrote it, shortened for the card.</summary>
    private static string FirstWords(string text) => text.Length <= 40 ? text : text[..37] + "…";
}
