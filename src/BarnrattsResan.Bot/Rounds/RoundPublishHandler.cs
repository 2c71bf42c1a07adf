using System.Globalization;
using System.Text.Json;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Publishing;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// The publish task, run by the outbox worker: enqueues, right behind itself in the thread, a post for the
/// introduction and for each visible question that has not been posted.
/// </summary>
internal sealed class RoundPublishHandler(RoundStore rounds, Outbox outbox) : IOutboxHandler
{
    public const string HandlerName = "round.publish";

    public string Name => HandlerName;

    public async Task<OutboundSend?> PrepareAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var args = JsonSerializer.Deserialize<RoundPostArgs>(item.Args ?? "{}")!;
        var round = await rounds.GetAsync(ConversationKey.FromStored(args.Conversation), args.RoundId, cancellationToken);
        if (round is null)
        {
            return null;
        }

        var posts = new List<OutboxItem>();
        if (round.Posts.IntroductionId is null)
        {
            posts.Add(Post(round, null));
        }

        posts.AddRange(round.VisibleQuestions.Where(q => !round.Posts.QuestionMessageIds.ContainsKey(q.Id)).Select(q => Post(round, q.Id)));
        await outbox.EnqueueAfterAsync(item, posts, cancellationToken);
        return null;
    }

    public Task OnDeliveredAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;

    private static OutboxItem Post(Round round, string? questionId) => new()
    {
        Lane = OutboxLanes.Thread(round.Thread),
        IdempotencyKey = string.Create(CultureInfo.InvariantCulture, $"post|{round.Id}|{questionId ?? "introduction"}"),
        Handler = RoundPostHandler.HandlerName,
        Args = JsonSerializer.Serialize(new RoundPostArgs(round.ConversationKey.Value, round.Id, questionId)),
        RoundId = round.Id,
        RoundConversation = round.ConversationKey.Value,
        Purpose = DeliveryPurpose.RoundCards,
    };
}
