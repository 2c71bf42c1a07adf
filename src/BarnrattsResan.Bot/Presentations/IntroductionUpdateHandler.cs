using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Presentations;

/// <summary>
/// Updates the posted introduction with the round as it is when the update is sent (so two quick corrections both
/// end in the latest). An introduction not posted yet needs no update: its post will carry the latest results.
/// </summary>
internal sealed class IntroductionUpdateHandler(RoundStore rounds, QuestionCatalog catalog) : RoundOutboxHandler(rounds)
{
    public const string HandlerName = "round.introduction.update";

    public override string Name => HandlerName;

    protected override Task<OutboundSend?> PrepareAsync(OutboxItem item, RoundPostArgs args, Round round, CancellationToken cancellationToken) =>
        Task.FromResult(round.Posts.IntroductionId is { Length: > 0 } messageId
            ? OutboundSend.Update(round.Thread, messageId, RoundCards.Introduction(round, catalog))
            : null);
}
