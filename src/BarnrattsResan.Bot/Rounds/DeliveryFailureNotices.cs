using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Outbound;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// When the outbox gives up on one of a round's deliveries, the facilitator gets one plain message in their 1:1 chat
/// saying which delivery failed and what to do. One notice per failed destination, never a notice about a notice.
/// </summary>
internal sealed class DeliveryFailureNotices(RoundStore rounds, Outbox outbox) : IDeliveryFailureReporter
{
    public async Task ReportAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        if (item.Purpose == DeliveryPurpose.Notice || item.RoundId is null || item.RoundConversation is null)
        {
            return;
        }

        var round = await rounds.GetAsync(ConversationKey.FromStored(item.RoundConversation), item.RoundId, cancellationToken);
        if (round is null)
        {
            return;
        }

        var t = round.Language.Texts();
        var notice = NoticeCard.Create(t.Outbound.DeliveryFailed(item.Purpose, round.Title, item.RecipientName, outcome.HttpStatus), title: t.Outbound.DeliveryFailedTitle);
        await outbox.EnqueueAsync(
            new OutboxItem
            {
                Lane = OutboxLanes.Person(round.Thread.TenantId, round.Facilitator.Id),
                IdempotencyKey = $"delivery-failed|{round.Id}|{item.Lane}|{item.Purpose}",
                Send = OutboundSend.ToPerson(round.Thread, round.Facilitator, notice),
                RoundId = round.Id,
                RoundConversation = round.ConversationKey.Value,
                Purpose = DeliveryPurpose.Notice,
                RecipientName = round.Facilitator.DisplayName,
            },
            cancellationToken);
    }
}
