using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Privacy;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Planning;

/// <summary>
/// Cancelling a planned round before it starts: nothing has been posted or answered yet, so the round and its jobs
/// are erased (<see cref="RoundEraser"/>). A round that has started is deleted with <c>radera</c> instead.
/// </summary>
internal sealed class PlannedStartCancellation(RoundEraser eraser, TimeProvider time)
{
    public async Task<CardMessage> CancelAsync(TurnInfo turn, Round round, CancellationToken cancellationToken)
    {
        var t = turn.Texts;
        if (RoundOnCard.SteerRefusal(round, turn) is { } refusal)
        {
            return refusal;
        }

        if (!round.IsPlanned(time.GetUtcNow()))
        {
            return NoticeCard.Create(t.Planning.StartNotCancellable(AdaptiveCard.TypedLine(round.Title)));
        }

        await eraser.EraseRoundNowAsync(round.ConversationKey, round.Id, cancellationToken);
        return NoticeCard.Create(t.Planning.StartCancelled(AdaptiveCard.TypedLine(round.Title)));
    }
}

/// <summary><c>avbryt</c> / <c>cancel</c>: cancels the planned round the command is about.</summary>
internal sealed class CancelStartCommandHandler(RoundResolver resolver, PlannedStartCancellation cancellation) : IRoundCommandHandler
{
    public IEnumerable<CommandKind> Kinds => [CommandKind.CancelStart];

    public Task<IReadOnlyList<CardMessage>> HandleAsync(TurnInfo turn, Command command, CancellationToken cancellationToken) =>
        this.HandleAsync(resolver, turn, command, cancellationToken);

    public Task<CardMessage> HandleRoundAsync(TurnInfo turn, CommandKind kind, Round round, CancellationToken cancellationToken) =>
        cancellation.CancelAsync(turn, round, cancellationToken);
}

/// <summary>"Avbryt den planerade starten" on the card that confirms a planned round.</summary>
internal sealed class CancelStartActionHandler(RoundStore rounds, PlannedStartCancellation cancellation) : ICardActionHandler
{
    public string Verb => PlanningVerbs.CancelStart;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var (round, refusal) = await RoundOnCard.FindAsync(rounds, turn, action.DataAs<RoundActionData>()?.RoundId, mustSteer: true, cancellationToken);
        return round is null ? refusal! : await cancellation.CancelAsync(turn, round, cancellationToken);
    }
}
