using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Privacy;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Answering;

/// <summary>"Ta bort dina svar i rundan?": asked in the thread; the answer to the click is seen only by the person who clicked.</summary>
internal static class WithdrawAnswersCard
{
    public static CardMessage Confirm(Round round, Texts t) =>
        new(AdaptiveCard.Create(
                [
                    AdaptiveCard.Text(t.Answers.DeleteMyAnswersTitle(AdaptiveCard.TypedLine(round.Title)), size: TextSize.Medium, weight: TextWeight.Bolder),
                    AdaptiveCard.Text(t.Answers.DeleteMyAnswersText),
                    AdaptiveCard.ActionRow(AdaptiveCard.Execute(t.Answers.DeleteMyAnswersConfirm, CardVerbs.DeleteMyAnswers, new RoundActionData(round.Id), validateInputs: false)),
                    AdaptiveCard.ActionRow(DeleteRoundCard.CancelAction(t)),
                ]),
            t.Answers.DeleteMyAnswersTitle(round.Title));
}
