using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Summaries;

/// <summary><c>sammanfatta</c>/<c>summary</c>: a facilitator compiles the answers of the thread's round now; the summary goes to the thread and the group leads.</summary>
internal sealed class SummaryCommandHandler(RoundResolver resolver, SummaryService summaries, TimeProvider time) : IRoundCommandHandler
{
    public IEnumerable<CommandKind> Kinds => [CommandKind.Summary];

    public Task<IReadOnlyList<CardMessage>> HandleAsync(TurnInfo turn, Command command, CancellationToken cancellationToken) =>
        this.HandleAsync(resolver, turn, command, cancellationToken);

    public async Task<CardMessage> HandleRoundAsync(TurnInfo turn, CommandKind kind, Round round, CancellationToken cancellationToken)
    {
        var t = turn.Texts;
        if (RoundOnCard.SteerRefusal(round, turn) is { } refusal)
        {
            return refusal;
        }

        if (round.IsPlanned(time.GetUtcNow()))
        {
            // A round whose questions are not posted yet has nothing to summarise; its summary job waits for the due time.
            return NoticeCard.Create(t.Rounds.Refusal(RoundRefusal.Planned));
        }

        var leads = await summaries.SendNowAsync(round, turn.ActivityId ?? Guid.NewGuid().ToString("N"), cancellationToken);
        return NoticeCard.Create(t.Summaries.SummaryOnItsWay(leads));
    }
}
