using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Presentations;

/// <summary>
/// The question card's answer box: its id is written here once, used both to put the box on the card
/// (<see cref="QuestionCard"/>) and to read the answer the card sends back (<see cref="Read"/>).
/// </summary>
internal static class AnswerForm
{
    public const string AnswerId = "answer";

    /// <summary>The box for question <paramref name="number"/>, holding <paramref name="value"/> (the saved answer, or a refused one to correct).</summary>
    public static JsonObject Input(int number, string? value, Texts t) =>
        AdaptiveCard.TextInput(
            AnswerId,
            t.Answers.AnswerLabel(number),
            value,
            t.Answers.AnswerPlaceholder,
            multiline: true,
            maxLength: AnswerRules.MaxLength,
            required: true,
            errorMessage: t.Answers.ErrorAnswerEmpty);

    /// <summary>The answer as sent, not yet checked (see <see cref="AnswerRules"/>); null when the card sent none.</summary>
    public static string? Read(CardAction action) => action.Value(AnswerId);
}
