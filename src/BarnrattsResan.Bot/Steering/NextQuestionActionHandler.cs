using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;
using BarnrattsResan.Bot.Setup;

namespace BarnrattsResan.Bot.Steering;

/// <summary>The live question card's "Nästa fråga" button: facilitators advance; anyone else is politely refused.</summary>
internal sealed class NextQuestionActionHandler(RoundService rounds, AnswerStore answers, ParticipantKeys keys, TimeProvider time) : ICardActionHandler
{
    public string Verb => CardVerbs.NextQuestion;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var data = action.DataAs<RoundActionData>();
        if (data is null || !RoundIds.IsWellFormed(data.RoundId))
        {
            return NoticeCard.Create(turn.Texts.UnknownRound);
        }

        var result = await rounds.AdvanceAsync(turn.ConversationKey, data.RoundId, turn.Actor, cancellationToken);
        if (result.Status == SteerStatus.Done && result.Round is { } round)
        {
            // The button's card was the previous question: show it again (still answerable), without the button.
            var previous = round.Questions[round.CurrentQuestionIndex - 1];
            var count = await answers.CountAsync(round.Id, previous.Id, cancellationToken);
            var own = await answers.GetAsync(round.Id, previous.Id, keys.For(round, turn.Actor.Id), cancellationToken);
            return QuestionCard.Personal(round, previous, count, new QuestionView(own, CanSteer: true), turn.Texts, turn.TimeZone);
        }

        return SteeringReplies.For(result, CommandKind.Next, turn.Texts, turn.TimeZone, time.GetUtcNow());
    }
}
