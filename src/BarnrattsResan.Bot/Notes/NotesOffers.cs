using System.Text.Json;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Notes;

/// <summary>Which file to offer to whom: the arguments of an offer in the outbox (ids and the person, never the file).</summary>
internal sealed record NotesOfferArgs(string Conversation, string RoundId, string Kind, string OfferId, Person Recipient);

/// <summary>Which offer to upload: the arguments of an upload in the outbox.</summary>
internal sealed record NotesUploadArgs(string RoundId, string OfferId);

/// <summary>
/// The outbox items of the notes feature. Everything goes through the outbox, in the person's 1:1 lane: the offer
/// (a file consent card), the upload (which ends in the file card), and notices.
/// </summary>
internal static class NotesOffers
{
    /// <summary>An offer of a file to a person; the offer row is written when the worker sends it.</summary>
    public static OutboxItem Offer(Round round, Person person, NoteKind kind, string idempotencyKey) => new()
    {
        Lane = OutboxLanes.Person(round.Thread.TenantId, person.Id),
        IdempotencyKey = idempotencyKey,
        Handler = NotesOfferHandler.HandlerName,
        Args = JsonSerializer.Serialize(new NotesOfferArgs(round.ConversationKey.Value, round.Id, kind.Code(), Guid.NewGuid().ToString("N"), person)),
        RoundId = round.Id,
        RoundConversation = round.ConversationKey.Value,
        Purpose = DeliveryPurpose.NotesOffer,
        RecipientName = person.DisplayName,
    };

    /// <summary>The upload of an accepted offer: one per offer, whatever Teams or the person repeats.</summary>
    public static OutboxItem Upload(NoteOffer offer, string? tenantId) => new()
    {
        Lane = OutboxLanes.Person(tenantId, offer.Recipient.Id),
        IdempotencyKey = $"notes-upload|{offer.OfferId}",
        Handler = NotesUploadHandler.HandlerName,
        Args = JsonSerializer.Serialize(new NotesUploadArgs(offer.RoundId, offer.OfferId)),
        RoundId = offer.RoundId,
        RoundConversation = offer.RoundConversation,
        Purpose = DeliveryPurpose.NotesOffer,
        RecipientName = offer.Recipient.DisplayName,
    };

    /// <summary>A short message in the person's 1:1 chat.</summary>
    public static OutboxItem Notice(ConversationAddress chat, Person person, string text, string idempotencyKey, NoteOffer? offer) => new()
    {
        Lane = OutboxLanes.Person(chat.TenantId, person.Id),
        IdempotencyKey = idempotencyKey,
        Send = OutboundSend.Post(chat, NoticeCard.Create(text)),
        RoundId = offer?.RoundId,
        RoundConversation = offer?.RoundConversation,
        Purpose = DeliveryPurpose.Notice,
        RecipientName = person.DisplayName,
    };
}
