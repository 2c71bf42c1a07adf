using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Answering;

/// <summary>"Ta bort mitt svar" on a person's own question card: their answer to that question goes, and the count with it.</summary>
internal sealed class WithdrawAnswerActionHandler(AnswerWithdrawal withdrawal) : ICardActionHandler
{
    public string Verb => CardVerbs.DeleteAnswer;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var t = turn.Texts;
        var data = action.DataAs<QuestionActionData>();
        var result = await withdrawal.WithdrawOneAsync(turn.ConversationKey, data?.RoundId, data?.QuestionId, turn.Actor, cancellationToken);
        if (result.Status == AnswerStatus.UnknownRound || result.Round is null || result.Question is null)
        {
            return NoticeCard.Create(t.RoundNotFound);
        }

        var view = result.Status switch
        {
            AnswerStatus.RoundClosed => new QuestionView(result.OwnAnswer, Error: t.Answers.AnswersCannotBeDeleted(result.Round.IsSealed)),
            AnswerStatus.Withdrawn => new QuestionView(Notice: t.Answers.AnswerDeleted, CanSteer: result.Round.CanBeSteeredBy(turn.Actor.Id)),
            _ => new QuestionView(CanSteer: result.Round.CanBeSteeredBy(turn.Actor.Id)),
        };
        return QuestionCard.Personal(result.Round, result.Question, result.Count, view, t, turn.TimeZone);
    }
}

/// <summary>
/// <c>radera mina svar</c>/<c>delete my answers</c>: asks first, on a card in the thread. Only the click's answer,
/// which only the person who clicked sees, says how many answers went, so nobody else learns who had answered.
/// </summary>
internal sealed class WithdrawAnswersCommandHandler(RoundResolver resolver) : IRoundCommandHandler
{
    public IEnumerable<CommandKind> Kinds => [CommandKind.DeleteMyAnswers];

    public Task<IReadOnlyList<CardMessage>> HandleAsync(TurnInfo turn, Command command, CancellationToken cancellationToken) =>
        this.HandleAsync(resolver, turn, command, cancellationToken);

    public Task<CardMessage> HandleRoundAsync(TurnInfo turn, CommandKind kind, Round round, CancellationToken cancellationToken)
    {
        var t = turn.Texts;
        if (!round.IsOpen)
        {
            return Task.FromResult(NoticeCard.Create(t.Answers.AnswersCannotBeDeleted(round.IsSealed)));
        }

        return Task.FromResult(WithdrawAnswersCard.Confirm(round, t));
    }
}

/// <summary>"Ja, ta bort mina svar": removes every answer of the person who clicked, in the round on the card; the reply is theirs alone.</summary>
internal sealed class WithdrawAllAnswersActionHandler(RoundStore rounds, AnswerWithdrawal withdrawal) : ICardActionHandler
{
    public string Verb => CardVerbs.DeleteMyAnswers;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var t = turn.Texts;
        var (round, refusal) = await RoundOnCard.FindAsync(rounds, turn, action.DataAs<RoundActionData>()?.RoundId, mustSteer: false, cancellationToken);
        if (round is null)
        {
            return refusal!;
        }

        var withdrawn = await withdrawal.WithdrawAllAsync(round, turn.Actor, cancellationToken);
        return withdrawn is { } count
            ? NoticeCard.Create(t.Answers.MyAnswersDeleted(count))
            : NoticeCard.Create(t.Answers.AnswersCannotBeDeleted(round.IsSealed));
    }
}
