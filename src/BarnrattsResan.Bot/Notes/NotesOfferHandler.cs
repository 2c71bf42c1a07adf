using System.Text.Json;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Notes;

/// <summary>
/// Sends an offer when it reaches the head of the person's lane: writes the offer row and builds the file once, to
/// tell its name and size on Teams' file consent card. The file itself is not kept.
/// </summary>
internal sealed class NotesOfferHandler(RoundStore rounds, NotesFiles files, NoteOfferStore offers, TimeProvider time, ILogger<NotesOfferHandler> logger) : IOutboxHandler
{
    public const string HandlerName = "notes.offer";

    public string Name => HandlerName;

    public async Task<OutboundSend?> PrepareAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var args = JsonSerializer.Deserialize<NotesOfferArgs>(item.Args ?? "{}");
        var kind = NoteKinds.Parse(args?.Kind);
        if (args is null || kind is null)
        {
            return null;
        }

        var round = await rounds.GetAsync(ConversationKey.FromStored(args.Conversation), args.RoundId, cancellationToken);
        if (round is null)
        {
            return null;
        }

        var offer = await offers.AddAsync(
            new NoteOffer
            {
                RoundId = round.Id,
                OfferId = args.OfferId,
                RoundConversation = round.ConversationKey.Value,
                Kind = kind.Value,
                Recipient = args.Recipient,
                State = NoteOfferState.Offered,
                OfferedAt = time.GetUtcNow(),
            },
            cancellationToken);
        if (offer.State != NoteOfferState.Offered)
        {
            return null;
        }

        var file = await files.BuildAsync(round, kind.Value, cancellationToken);
        logger.NotesOffered(kind.Value.Code(), round.Id, offer.OfferId);
        var card = NotesCards.Consent(file, round.Title, new NotesConsentContext(round.Id, kind.Value.Code(), offer.OfferId), round.Language.Texts());
        return OutboundSend.ToPerson(round.Thread, args.Recipient, card);
    }

    public Task OnDeliveredAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;
}
