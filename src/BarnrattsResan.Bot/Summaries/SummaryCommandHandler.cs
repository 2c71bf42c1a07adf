using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Commands;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Summaries;

/// <summary><c>sammanfatta</c>/<c>summary</c>: a facilitator compiles the answers now; the summary goes to the thread and the group leads.</summary>
public sealed class SummaryCommandHandler(RoundService rounds, SummaryService summaries) : ICommandHandler
{
    public IEnumerable<CommandKind> Kinds => [CommandKind.Summary];

    public async Task<IReadOnlyList<CardMessage>> HandleAsync(TurnInfo turn, Command command, CancellationToken cancellationToken)
    {
        var t = turn.Texts;
        if (turn.Address.Kind == ConversationKind.Personal)
        {
            return [NoticeCard.Create(t.RoundsOnlyInTeams)];
        }

        var round = await rounds.FindCurrentAsync(turn.ConversationKey, cancellationToken);
        if (round is null)
        {
            return [NoticeCard.Create(t.NoActiveRound)];
        }

        if (!round.CanBeSteeredBy(turn.Actor.Id))
        {
            return [NoticeCard.Create(t.NotAllowed(round.Facilitator.DisplayName))];
        }

        var sent = await summaries.SendNowAsync(round, cancellationToken);
        return [NoticeCard.Create(t.SummaryPosted(sent))];
    }
}
