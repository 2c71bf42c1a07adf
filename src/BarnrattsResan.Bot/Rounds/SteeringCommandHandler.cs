using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Commands;
using BarnrattsResan.Bot.Conversations;

namespace BarnrattsResan.Bot.Rounds;

/// <summary><c>nästa</c>, <c>avsluta</c>, <c>öppna</c> (facilitators only) and <c>status</c> (anyone).</summary>
public sealed class SteeringCommandHandler(RoundService rounds, AnswerStore answers, TimeProvider time) : ICommandHandler
{
    public IEnumerable<CommandKind> Kinds => [CommandKind.Status, CommandKind.Next, CommandKind.Close, CommandKind.Reopen];

    public async Task<IReadOnlyList<CardMessage>> HandleAsync(TurnInfo turn, Command command, CancellationToken cancellationToken)
    {
        var t = turn.Texts;
        if (turn.Address.Kind == ConversationKind.Personal)
        {
            return [NoticeCard.Create(t.RoundsOnlyInTeams)];
        }

        if (command.Kind == CommandKind.Status)
        {
            var current = await rounds.FindCurrentAsync(turn.ConversationKey, cancellationToken);
            if (current is null) return [NoticeCard.Create(t.NoActiveRound)];
            var counts = await answers.CountAllAsync(current.Id, cancellationToken);
            var participants = await answers.CountParticipantsAsync(current.Id, cancellationToken);
            return [RoundCards.Status(current, counts, participants, t, turn.TimeZone)];
        }

        var result = command.Kind switch
        {
            CommandKind.Next => await rounds.AdvanceAsync(turn.ConversationKey, null, turn.Actor, cancellationToken),
            CommandKind.Close => await rounds.CloseAsync(turn.ConversationKey, turn.Actor, cancellationToken),
            _ => await rounds.ReopenAsync(turn.ConversationKey, turn.Actor, cancellationToken),
        };
        return [SteeringReplies.For(result, command.Kind, t, turn.TimeZone, time.GetUtcNow())];
    }
}
