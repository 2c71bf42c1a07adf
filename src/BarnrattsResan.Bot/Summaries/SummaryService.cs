using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Summaries;

/// <summary>Compiles a round's summary and delivers it: in the round's thread and 1:1 to each group lead.</summary>
public sealed class SummaryService(RoundStore rounds, AnswerStore answers, IConversationMessenger messenger, RoundPublisher publisher, QuestionCatalog catalog, TimeProvider time, ILogger<SummaryService> logger)
{
    public async Task<IReadOnlyList<CardMessage>> CompileAsync(Round round, CancellationToken cancellationToken)
    {
        var all = await answers.ListAllAsync(round.Id, cancellationToken);
        var summary = SummaryCompiler.Compile(round, all, time.GetUtcNow());
        return SummaryCards.Build(summary, catalog, round.Language.Texts(), round.TimeZone);
    }

    /// <summary>The facilitator asked for the summary: post it in the thread and send it to the group leads now.</summary>
    public async Task<int> SendNowAsync(Round round, CancellationToken cancellationToken)
    {
        var parts = await CompileAsync(round, cancellationToken);
        await PostAllAsync(round.Thread, parts, cancellationToken);
        var sent = 0;
        foreach (var lead in round.GroupLeads)
        {
            if (await TrySendToLeadAsync(round, lead, parts, cancellationToken)) sent++;
        }

        logger.SummaryDelivered(round.Id, parts.Count, sent);
        return sent;
    }

    /// <summary>
    /// The summary fell due: close the round, then deliver each part that has not been delivered yet, recording
    /// each on the round. A retry after a crash sends only what is missing. Returns false when some group lead
    /// could not be reached, so that the delivery is tried again later.
    /// </summary>
    public async Task<bool> DeliverDueAsync(ConversationKey conversation, string roundId, bool lastAttempt, CancellationToken cancellationToken)
    {
        var closed = await rounds.ChangeAsync(conversation, roundId, r => r.CloseForSummary(time.GetUtcNow()), cancellationToken);
        var round = closed.Round;
        if (round is null || round.Delivery.CompletedAt is not null)
        {
            return true;
        }

        if (closed.Changed)
        {
            await publisher.RefreshPostedCardsAsync(round, cancellationToken);
        }

        var parts = await CompileAsync(round, cancellationToken);
        if (!round.Delivery.PostedInThread)
        {
            await PostAllAsync(round.Thread, parts, cancellationToken);
            round = await RecordAsync(round, r => r with { Delivery = r.Delivery with { PostedInThread = true } }, cancellationToken);
        }

        foreach (var lead in round.GroupLeads.Where(l => !round.Delivery.LeadsSent.Contains(l.Id)).ToArray())
        {
            if (await TrySendToLeadAsync(round, lead, parts, cancellationToken))
            {
                round = await RecordAsync(round, r => r with { Delivery = r.Delivery with { LeadsSent = [.. r.Delivery.LeadsSent, lead.Id] } }, cancellationToken);
            }
        }

        var missing = round.GroupLeads.Count(l => !round.Delivery.LeadsSent.Contains(l.Id));
        if (missing > 0 && !lastAttempt)
        {
            return false;
        }

        await RecordAsync(round, r => (r with { Delivery = r.Delivery with { CompletedAt = time.GetUtcNow() } }).SealAnonymity(), cancellationToken);
        logger.SummaryDelivered(round.Id, parts.Count, round.Delivery.LeadsSent.Count);
        return true;
    }

    private async Task PostAllAsync(ConversationAddress to, IReadOnlyList<CardMessage> parts, CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            await messenger.PostAsync(to, part, cancellationToken);
        }
    }

    /// <summary>Sends every part to one lead. A lead the bot cannot reach (left the tenant, blocked the bot) does not stop the others.</summary>
    private async Task<bool> TrySendToLeadAsync(Round round, Person lead, IReadOnlyList<CardMessage> parts, CancellationToken cancellationToken)
    {
        try
        {
            var chat = await messenger.SendToPersonAsync(round.Thread, lead, SummaryCards.ForLead(parts[0], round.Title, round.Language.Texts()), cancellationToken);
            await PostAllAsync(chat, parts.Skip(1).ToArray(), cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LeadDeliveryFailed(e, round.Id);
            return false;
        }
    }

    private async Task<Round> RecordAsync(Round round, Func<Round, Round> record, CancellationToken cancellationToken)
    {
        var change = await rounds.ChangeAsync(round.ConversationKey, round.Id, r => RoundTransition.To(record(r)), cancellationToken);
        return change.Round ?? round;
    }
}
