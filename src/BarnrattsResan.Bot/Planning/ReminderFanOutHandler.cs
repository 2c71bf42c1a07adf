using System.Text.Json;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Planning;

/// <summary>
/// A reminder that fell due, run by the outbox worker: one item for the thread and one for every member of the
/// conversation in their own 1:1 lane, each held until working hours in that person's time zone (or dropped when
/// that would be after the summary). Whether someone still has questions left is decided only when their item is
/// sent (<see cref="PersonalReminderHandler"/>): every member gets an item, so the outbox never holds who has
/// answered. Each item has its own key, so running this again after a crash enqueues only what is missing.
/// </summary>
internal sealed class ReminderFanOutHandler(
    RoundStore rounds,
    ReminderStore reminders,
    ParticipantKeys keys,
    IConversationRoster roster,
    Outbox outbox,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderFanOutHandler> logger) : IOutboxHandler
{
    public const string HandlerName = "reminder.fanout";

    public string Name => HandlerName;

    public async Task<OutboundSend?> PrepareAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var args = ReminderOutbox.Args(item);
        var round = await rounds.GetAsync(ConversationKey.FromStored(args.Conversation), args.RoundId, cancellationToken);
        var now = time.GetUtcNow();
        if (round is null || !round.IsOpen || round.IsPlanned(now) || now >= round.SummaryDueAt)
        {
            return null;
        }

        var hours = options.Value.Hours;
        var items = new List<OutboxItem>();
        if (hours.SendTime(now, round.SummaryDueAt, round.TimeZone) is { } threadAt)
        {
            items.Add(Item(round, args, OutboxLanes.Thread(round.Thread), $"reminder|{round.Id}|{args.Kind}|thread", ThreadReminderHandler.HandlerName, threadAt, args));
        }

        var members = await roster.ListAsync(round.Thread, cancellationToken);
        var zones = await reminders.ZonesAsync(round.Id, cancellationToken);
        var planned = 0;
        foreach (var member in members.DistinctBy(m => m.Id))
        {
            var zone = zones.TryGetValue(keys.For(round, member.Id), out var zoneId) ? UserTime.FindZone(zoneId, round.TimeZoneId) : round.TimeZone;
            if (hours.SendTime(now, round.SummaryDueAt, zone) is not { } at)
            {
                continue;
            }

            planned++;
            items.Add(Item(
                round,
                args,
                OutboxLanes.Person(round.Thread.TenantId, member.Id),
                $"reminder|{round.Id}|{args.Kind}",
                PersonalReminderHandler.HandlerName,
                at,
                args with { PersonId = member.Id, PersonName = member.Name, ChannelAccountId = member.ChannelAccountId }));
        }

        await outbox.EnqueueAsync(items, cancellationToken);
        logger.ReminderFannedOut(round.Id, args.Kind, planned);
        return null;
    }

    public Task OnDeliveredAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An item placed in its lane at the moment it may go, so it never holds up what is enqueued before then.</summary>
    private static OutboxItem Item(Round round, ReminderArgs parent, string lane, string key, string handler, DateTimeOffset at, ReminderArgs args) => new()
    {
        Lane = lane,
        IdempotencyKey = key,
        Handler = handler,
        Args = JsonSerializer.Serialize(args),
        RoundId = round.Id,
        RoundConversation = parent.Conversation,
        Purpose = DeliveryPurpose.Notice,
        NotBefore = at,
        Order = OutboxSequence.Order(at),
    };
}
