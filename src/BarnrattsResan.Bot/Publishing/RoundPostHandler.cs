using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Publishing;

/// <summary>
/// Posts a round's introduction or one of its question cards, built when it is sent (so a question card shows the
/// count and state of that moment), and records the posted message's id on the round so it can be updated later.
/// A card already recorded as posted is not posted again.
/// </summary>
internal sealed class RoundPostHandler(RoundStore rounds, AnswerStore answers, QuestionCatalog catalog) : RoundOutboxHandler(rounds)
{
    public const string HandlerName = "round.post";

    public override string Name => HandlerName;

    protected override async Task<OutboundSend?> PrepareAsync(OutboxItem item, RoundPostArgs args, Round round, CancellationToken cancellationToken)
    {
        if (args.QuestionId is null)
        {
            return round.Posts.IntroductionId is null ? OutboundSend.Post(round.Thread, RoundCards.Introduction(round, catalog)) : null;
        }

        var question = round.FindQuestion(args.QuestionId);
        if (question is null || round.Posts.QuestionMessageIds.ContainsKey(question.Id))
        {
            return null;
        }

        var count = await answers.CountAsync(round.Id, question.Id, cancellationToken);
        return OutboundSend.Post(round.Thread, QuestionCard.Shared(round, question, count));
    }

    public override async Task OnDeliveredAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        var args = Args(item);
        var id = outcome.MessageId ?? string.Empty;
        await Rounds.ChangeAsync(
            ConversationKey.FromStored(args.Conversation),
            args.RoundId,
            r => RoundTransition.To(args.QuestionId is null
                ? r with { Posts = r.Posts with { IntroductionId = id } }
                : r with { Posts = r.Posts.WithQuestion(args.QuestionId, id) }),
            cancellationToken);
    }
}
