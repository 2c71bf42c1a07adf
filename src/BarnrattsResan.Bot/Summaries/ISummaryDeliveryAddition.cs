using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Summaries;

/// <summary>
/// What another feature adds when a summary is delivered: a change to the last part posted in the thread, and
/// messages for each group lead. The notes (<c>Notes/NotesWithSummary</c>) are offered as files this way, so
/// Summaries does not depend on Notes. Registered in DI; every registered addition is applied, in registration order.
/// </summary>
internal interface ISummaryDeliveryAddition
{
    /// <summary>The last part of the summary in the thread, changed or as it is.</summary>
    CardMessage LastThreadPart(CardMessage part, Round round, Texts texts);

    /// <summary>Messages for a group lead, sent after the lead's copy of the summary. Each needs its own idempotency key built from <paramref name="delivery"/>.</summary>
    IEnumerable<OutboxItem> ForLead(Round round, Person lead, string delivery);
}
