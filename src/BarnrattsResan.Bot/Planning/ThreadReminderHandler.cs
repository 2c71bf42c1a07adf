using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Planning;

/// <summary>The thread's reminder: how many have answered and when the summary goes out; never a name.</summary>
internal sealed class ThreadReminderHandler(RoundStore rounds, ReminderStore reminders, TimeProvider time) : IOutboxHandler
{
    public const string HandlerName = "reminder.thread";

    public string Name => HandlerName;

    public async Task<OutboundSend?> PrepareAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var args = ReminderOutbox.Args(item);
        var round = await rounds.GetAsync(ConversationKey.FromStored(args.Conversation), args.RoundId, cancellationToken);
        if (round is null || !round.IsOpen || time.GetUtcNow() >= round.SummaryDueAt)
        {
            return null;
        }

        var answered = await reminders.ParticipantCountAsync(round, cancellationToken);
        return OutboundSend.Post(round.Thread, ReminderCards.InThread(round, answered));
    }

    public Task OnDeliveredAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;
}
