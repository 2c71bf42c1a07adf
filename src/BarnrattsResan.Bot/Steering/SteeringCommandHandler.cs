using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;
using BarnrattsResan.Bot.Setup;

namespace BarnrattsResan.Bot.Steering;

/// <summary><c>nästa</c>, <c>avsluta</c>, <c>öppna</c> (facilitators only) and <c>status</c> (anyone), for the round of the thread they are written in.</summary>
internal sealed class SteeringCommandHandler(RoundService rounds, RoundResolver resolver, AnswerStore answers, TimeProvider time) : IRoundCommandHandler
{
    public IEnumerable<CommandKind> Kinds => [CommandKind.Status, CommandKind.Next, CommandKind.Close, CommandKind.Reopen];

    public Task<IReadOnlyList<CardMessage>> HandleAsync(TurnInfo turn, Command command, CancellationToken cancellationToken) =>
        this.HandleAsync(resolver, turn, command, cancellationToken);

    public async Task<CardMessage> HandleRoundAsync(TurnInfo turn, CommandKind kind, Round round, CancellationToken cancellationToken)
    {
        var t = turn.Texts;
        if (kind == CommandKind.Status && round.IsPlanned(time.GetUtcNow()))
        {
            return Planning.PlanningCards.PlannedStatus(round, t, turn.TimeZone);
        }

        if (kind == CommandKind.Status)
        {
            var counts = await answers.CountAllAsync(round.Id, cancellationToken);
            var participants = await answers.CountParticipantsAsync(round.Id, cancellationToken);
            return RoundCards.Status(round, counts, participants, t, turn.TimeZone);
        }

        var result = kind switch
        {
            CommandKind.Next => await rounds.AdvanceAsync(turn.ConversationKey, round.Id, turn.Actor, cancellationToken),
            CommandKind.Close => await rounds.CloseAsync(turn.ConversationKey, round.Id, turn.Actor, cancellationToken),
            _ => await rounds.ReopenAsync(turn.ConversationKey, round.Id, turn.Actor, cancellationToken),
        };
        return SteeringReplies.For(result, kind, t, turn.TimeZone, time.GetUtcNow());
    }
}
