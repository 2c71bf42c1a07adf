using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Planning;

/// <summary>
/// "Stäng av påminnelser" on a personal reminder: the clicker gets no more reminders about that round. Stored under
/// their participant key, never their name or id; it concerns only the person who clicked.
/// </summary>
internal sealed class TurnOffRemindersActionHandler(RoundStore rounds, ReminderStore store, ParticipantKeys keys, TimeProvider time) : ICardActionHandler
{
    public string Verb => PlanningVerbs.TurnOffReminders;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var t = turn.Texts;
        var data = action.DataAs<ReminderActionData>();
        if (data is null || string.IsNullOrWhiteSpace(data.Thread) || !RoundIds.IsWellFormed(data.RoundId) || data.Thread.Length > 512)
        {
            return NoticeCard.Create(t.RoundNotFound);
        }

        var round = await rounds.GetAsync(ConversationKey.For(turn.Address.TenantId, data.Thread), data.RoundId, cancellationToken);
        if (round is null)
        {
            return NoticeCard.Create(t.RoundNotFound);
        }

        if (!round.IsSealed)
        {
            await store.TurnOffAsync(round.Id, keys.For(round, turn.Actor.Id), time.GetUtcNow(), cancellationToken);
        }

        return NoticeCard.Create(t.Planning.RemindersTurnedOff(AdaptiveCard.TypedLine(round.Title)));
    }
}
