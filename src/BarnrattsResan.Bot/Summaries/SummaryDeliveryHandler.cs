using System.Globalization;
using System.Text.Json;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Summaries;

/// <summary>
/// The delivery task, run by the outbox worker: compiles the summary and enqueues every part, in the thread right
/// behind itself and in each group lead's 1:1 lane. Each part has its own key, so running the task again (after a
/// crash) enqueues only what is missing.
/// </summary>
internal sealed class SummaryDeliveryHandler(RoundStore rounds, SummaryService summaries, Outbox outbox, IEnumerable<ISummaryDeliveryAddition> additions, ILogger<SummaryDeliveryHandler> logger) : IOutboxHandler
{
    public const string HandlerName = "summary.deliver";

    public string Name => HandlerName;

    public async Task<OutboundSend?> PrepareAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var args = JsonSerializer.Deserialize<SummaryDeliveryArgs>(item.Args ?? "{}")!;
        var round = await rounds.GetAsync(ConversationKey.FromStored(args.Conversation), args.RoundId, cancellationToken);
        if (round is null)
        {
            return null;
        }

        var parts = await summaries.CompileAsync(round, cancellationToken);
        var items = new List<OutboxItem>();
        var texts = round.Language.Texts();
        for (var i = 0; i < parts.Count; i++)
        {
            // The last part in the thread may carry what other features add (the notes as files: Notes/NotesWithSummary).
            var part = i == parts.Count - 1 ? additions.Aggregate(parts[i], (p, a) => a.LastThreadPart(p, round, texts)) : parts[i];
            items.Add(Part(round, args, $"thread|{i}", OutboundSend.Post(round.Thread, part), OutboxLanes.Thread(round.Thread), DeliveryPurpose.SummaryInThread, null));
        }

        foreach (var lead in round.GroupLeads)
        {
            for (var i = 0; i < parts.Count; i++)
            {
                var message = i == 0 ? SummaryCards.ForLead(parts[0], round.Title, texts) : parts[i];
                items.Add(Part(round, args, $"lead|{lead.Id}|{i}", OutboundSend.ToPerson(round.Thread, lead, message), OutboxLanes.Person(round.Thread.TenantId, lead.Id), DeliveryPurpose.SummaryToLead, lead.DisplayName));
            }

            // With the summary, what other features add (the notes as a Word document, offered with Teams' file consent card).
            items.AddRange(additions.SelectMany(a => a.ForLead(round, lead, args.Delivery)));
        }

        await outbox.EnqueueAfterAsync(item, items, cancellationToken);
        logger.SummaryDelivered(round.Id, parts.Count, round.GroupLeads.Count);
        return null;
    }

    public Task OnDeliveredAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;

    private static OutboxItem Part(Round round, SummaryDeliveryArgs args, string part, OutboundSend send, string lane, DeliveryPurpose purpose, string? recipient) => new()
    {
        Lane = lane,
        IdempotencyKey = string.Create(CultureInfo.InvariantCulture, $"summary|{round.Id}|{args.Delivery}|{part}"),
        Send = send,
        RoundId = round.Id,
        RoundConversation = round.ConversationKey.Value,
        Purpose = purpose,
        RecipientName = recipient,
    };
}
