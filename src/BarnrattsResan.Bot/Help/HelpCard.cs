using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Methods;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Help;

/// <summary>What the bot can do; also the answer to a command it does not know.</summary>
internal static class HelpCard
{
    public static CardMessage Create(Texts t, string? unknownText = null)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Heading(t.Help.HelpTitle),
            unknownText is null ? null : AdaptiveCard.Text(t.Help.HelpUnknownCommand(AdaptiveCard.TypedLine(Shorten(unknownText))), weight: TextWeight.Bolder),
            AdaptiveCard.Text(t.Help.HelpIntroduction),
            AdaptiveCard.Facts(CommandWords.All.Select(c => (c.In(t.Language)[0], c.Description(t.Commands)))),
            AdaptiveCard.Text(t.Help.HelpFacilitatorNote, subtle: true),
            AdaptiveCard.Text(t.Help.HelpMentionNote, subtle: true, spacing: Spacing.Small),
        };
        return new CardMessage(
            AdaptiveCard.Create(body, [AdaptiveCard.Execute(t.Methods.ShowMethods, CardVerbs.ShowMethods, new { }, validateInputs: false)]),
            t.Help.HelpTitle);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
