using System.Text.Json;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Outbound;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// An outbox handler about one round's cards (its item's args are <see cref="RoundPostArgs"/>): the round is read as
/// it is when the item's turn comes, in the conversation the item names; a round that is gone sends nothing.
/// </summary>
internal abstract class RoundOutboxHandler(RoundStore rounds) : IOutboxHandler
{
    public abstract string Name { get; }

    protected RoundStore Rounds => rounds;

    public async Task<OutboundSend?> PrepareAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var args = Args(item);
        var round = await rounds.GetAsync(ConversationKey.FromStored(args.Conversation), args.RoundId, cancellationToken);
        return round is null ? null : await PrepareAsync(item, args, round, cancellationToken);
    }

    public virtual Task OnDeliveredAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;

    protected static RoundPostArgs Args(OutboxItem item) => JsonSerializer.Deserialize<RoundPostArgs>(item.Args ?? "{}")!;

    /// <summary>What to send for the round as it is now; null for nothing.</summary>
    protected abstract Task<OutboundSend?> PrepareAsync(OutboxItem item, RoundPostArgs args, Round round, CancellationToken cancellationToken);
}
