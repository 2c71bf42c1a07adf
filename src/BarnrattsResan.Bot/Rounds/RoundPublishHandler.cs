using System.Globalization;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Publishing;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// The publish task, run by the outbox worker: enqueues, right behind itself in the thread, a post for the
/// introduction and for each visible question that has not been posted.
/// </summary>
internal sealed class RoundPublishHandler(RoundStore rounds, Outbox outbox) : RoundOutboxHandler(rounds)
{
    public const string HandlerName = "round.publish";

    public override string Name => HandlerName;

    protected override async Task<OutboundSend?> PrepareAsync(OutboxItem item, RoundPostArgs args, Round round, CancellationToken cancellationToken)
    {
        var posts = new List<OutboxItem>();
        if (round.Posts.IntroductionId is null)
        {
            posts.Add(Post(round, null));
        }

        posts.AddRange(round.VisibleQuestions.Where(q => !round.Posts.QuestionMessageIds.ContainsKey(q.Id)).Select(q => Post(round, q.Id)));
        await outbox.EnqueueAfterAsync(item, posts, cancellationToken);
        return null;
    }

    private static OutboxItem Post(Round round, string? questionId) =>
        RoundOutboxItems.InThread(
            round,
            string.Create(CultureInfo.InvariantCulture, $"post|{round.Id}|{questionId ?? "introduction"}"),
            RoundPostHandler.HandlerName,
            new RoundPostArgs(round.ConversationKey.Value, round.Id, questionId),
            DeliveryPurpose.RoundCards);
}
