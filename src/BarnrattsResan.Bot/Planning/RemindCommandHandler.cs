using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Planning;

/// <summary>
/// <c>påminn</c> / <c>remind</c>: a facilitator sends a reminder now, to everyone who has not answered every question,
/// at most once per <see cref="ReminderOptions.ManualInterval"/> (kept in the table, so it holds across instances).
/// </summary>
internal sealed class RemindCommandHandler(RoundResolver resolver, ReminderStore store, ReminderOutbox outbox, IOptions<ReminderOptions> options, TimeProvider time, ILogger<RemindCommandHandler> logger) : IRoundCommandHandler
{
    public IEnumerable<CommandKind> Kinds => [CommandKind.Remind];

    public Task<IReadOnlyList<CardMessage>> HandleAsync(TurnInfo turn, Command command, CancellationToken cancellationToken) =>
        this.HandleAsync(resolver, turn, command, cancellationToken);

    public async Task<CardMessage> HandleRoundAsync(TurnInfo turn, CommandKind kind, Round round, CancellationToken cancellationToken)
    {
        var t = turn.Texts;
        var now = time.GetUtcNow();
        if (RoundOnCard.SteerRefusal(round, turn) is { } refusal)
        {
            return refusal;
        }

        if (!round.IsOpen || round.IsPlanned(now) || now >= round.SummaryDueAt)
        {
            return NoticeCard.Create(t.Planning.RemindNotOpen(AdaptiveCard.TypedLine(round.Title)));
        }

        if (await store.TryClaimManualAsync(round.Id, now, options.Value.ManualInterval, cancellationToken) is { } next)
        {
            return NoticeCard.Create(t.Planning.RemindTooSoon(UserTime.FormatTime(next, turn.TimeZone)));
        }

        await outbox.EnqueueAsync(round, "manual-" + now.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        logger.ManualReminder(round.Id);
        return NoticeCard.Create(t.Planning.RemindSent(AdaptiveCard.TypedLine(round.Title), UserTime.Format(round.SummaryDueAt, turn.TimeZone, turn.Language)));
    }
}
