using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Planning;

/// <summary>
/// One colleague's reminder, decided at the moment it is sent: only while the round is open and before the summary,
/// only if they have not turned reminders off, and only if questions they can see are still unanswered, worked out
/// from their participant key then and there (in an anonymous round too) and never stored.
/// </summary>
internal sealed class PersonalReminderHandler(RoundStore rounds, ReminderStore reminders, ParticipantKeys keys, TimeProvider time) : IOutboxHandler
{
    public const string HandlerName = "reminder.person";

    public string Name => HandlerName;

    public async Task<OutboundSend?> PrepareAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var args = ReminderOutbox.Args(item);
        var round = await rounds.GetAsync(ConversationKey.FromStored(args.Conversation), args.RoundId, cancellationToken);
        var now = time.GetUtcNow();
        if (round is null || !round.IsOpen || now >= round.SummaryDueAt || args.PersonId is null || round.IsSealed)
        {
            return null;
        }

        var key = keys.For(round, args.PersonId);
        if (await reminders.IsOffAsync(round.Id, key, cancellationToken))
        {
            return null;
        }

        var left = round.VisibleQuestions.Count() - await reminders.AnsweredCountAsync(round, key, cancellationToken);
        if (left <= 0)
        {
            return null;
        }

        var person = new Person(args.PersonId, args.PersonName ?? string.Empty, args.ChannelAccountId);
        return OutboundSend.ToPerson(round.Thread, person, ReminderCards.Personal(round, left));
    }

    public Task OnDeliveredAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;
}
