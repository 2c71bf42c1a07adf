using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Commands;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;

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
            var all = await answers.ListAllAsync(current.Id, cancellationToken);
            return [RoundCards.Status(current, counts, all.Select(a => a.ParticipantKey).Distinct().Count(), t, turn.TimeZone)];
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

/// <summary>The reply to a steering command or button, in the asker's language.</summary>
public static class SteeringReplies
{
    public static CardMessage For(SteerResult result, CommandKind kind, Texts t, TimeZoneInfo zone, DateTimeOffset now)
    {
        return result.Status switch
        {
            SteerStatus.NoRound => NoticeCard.Create(kind == CommandKind.Reopen ? t.NoClosedRound : t.NoActiveRound),
            SteerStatus.NotAllowed => NoticeCard.Create(t.NotAllowed(result.Round!.Facilitator.DisplayName)),
            SteerStatus.Refused => NoticeCard.Create(t.Refusal(result.Refusal), color: "Warning"),
            _ => kind switch
            {
                CommandKind.Next => NoticeCard.Create(t.Advanced(result.Round!.CurrentQuestionIndex + 1, result.Round.Questions.Count), color: "Good"),
                CommandKind.Close => NoticeCard.Create(t.Closed(result.Round!.Title), color: "Good"),
                _ => NoticeCard.Create(
                    t.Reopened(result.Round!.Title, result.Round.Delivery.CompletedAt is null && result.Round.SummaryDueAt > now ? UserTime.Format(result.Round.SummaryDueAt, zone, t.Language) : null),
                    color: "Good"),
            },
        };
    }
}
