using System.Text.Json;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Presentations;

/// <summary>
/// Updates the posted introduction with the round as it is when the update is sent (so two quick corrections both
/// end in the latest). An introduction not posted yet needs no update: its post will carry the latest results.
/// </summary>
internal sealed class IntroductionUpdateHandler(RoundStore rounds, QuestionCatalog catalog) : IOutboxHandler
{
    public const string HandlerName = "round.introduction.update";

    public string Name => HandlerName;

    public async Task<OutboundSend?> PrepareAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var args = JsonSerializer.Deserialize<RoundPostArgs>(item.Args ?? "{}")!;
        var round = await rounds.GetAsync(ConversationKey.FromStored(args.Conversation), args.RoundId, cancellationToken);
        return round?.Posts.IntroductionId is { Length: > 0 } messageId
            ? OutboundSend.Update(round.Thread, messageId, RoundCards.Introduction(round, catalog))
            : null;
    }

    public Task OnDeliveredAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;
}
