using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;
using BarnrattsResan.Bot.Summaries;

namespace BarnrattsResan.Bot.Privacy;

/// <summary><c>radera</c>/<c>delete</c>: a facilitator asks to delete the thread's round; the answer is a card to confirm on.</summary>
internal sealed class DeleteRoundCommandHandler(RoundResolver resolver) : IRoundCommandHandler
{
    public IEnumerable<CommandKind> Kinds => [CommandKind.Delete];

    public Task<IReadOnlyList<CardMessage>> HandleAsync(TurnInfo turn, Command command, CancellationToken cancellationToken) =>
        this.HandleAsync(resolver, turn, command, cancellationToken);

    public Task<CardMessage> HandleRoundAsync(TurnInfo turn, CommandKind kind, Round round, CancellationToken cancellationToken) =>
        Task.FromResult(RoundOnCard.SteerRefusal(round, turn) ?? DeleteRoundCard.Confirm(round, turn.Texts, turn.TimeZone));
}

/// <summary>"Ja, radera rundan": erases the round and all its data now. Facilitators only; the round must be in the conversation the click came from.</summary>
internal sealed class DeleteRoundActionHandler(RoundStore rounds, RoundEraser eraser) : ICardActionHandler
{
    public string Verb => CardVerbs.DeleteRound;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var (round, refusal) = await RoundOnCard.FindAsync(rounds, turn, action.DataAs<RoundActionData>()?.RoundId, mustSteer: true, cancellationToken);
        if (round is null)
        {
            return refusal!;
        }

        // The posted cards stay in Teams (the bot does not delete messages); clicked or refreshed, they say the round is gone.
        await eraser.EraseRoundNowAsync(turn.ConversationKey, round.Id, cancellationToken);
        return NoticeCard.Create(turn.Texts.Privacy.RoundDeleted(AdaptiveCard.TypedLine(round.Title)));
    }
}

/// <summary>"Visa sammanfattningen först": the summary as it stands, part by part, to the facilitator who asked only.</summary>
internal sealed class ShowSummaryBeforeDeleteActionHandler(RoundStore rounds, SummaryService summaries) : ICardActionHandler
{
    public string Verb => CardVerbs.DeleteRoundSummary;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var t = turn.Texts;
        var data = action.DataAs<SummaryPartData>();
        var (round, refusal) = await RoundOnCard.FindAsync(rounds, turn, data?.RoundId, mustSteer: true, cancellationToken);
        if (round is null)
        {
            return refusal!;
        }

        var parts = await summaries.CompileAsync(round, cancellationToken);
        var number = Math.Clamp(data!.Part, 1, parts.Count);
        return DeleteRoundCard.WithSummary(parts[number - 1], number, parts.Count, round, t);
    }
}

/// <summary>"Avbryt" on a card that asks before deleting: nothing happens, and the card says so.</summary>
internal sealed class CancelActionHandler : ICardActionHandler
{
    public string Verb => CardVerbs.Cancel;

    public Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(NoticeCard.Create(turn.Texts.Privacy.Cancelled));
}
