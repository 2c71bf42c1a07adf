using System.Text.Json;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Storage;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Notes;

/// <summary>The upload could not be finished now; the outbox tries the item again after its backoff.</summary>
internal sealed class NotesUploadPendingException(string message) : Exception(message);

/// <summary>
/// Uploads an accepted offer when it reaches the head of the person's lane, and answers with the file card. The
/// file is built again from storage. The offer is claimed first (Accepted → Uploading, with its ETag and a time
/// limit), so two instances or a retried item never upload it twice, and once it is Uploaded only the file card is
/// sent again. An expired URL, a claim that ran out (the instance stopped mid-upload) or repeated faults give the
/// person a new offer.
/// </summary>
internal sealed class NotesUploadHandler(NoteOfferStore offers, RoundStore rounds, NotesFiles files, NotesUploader uploader, Outbox outbox, IOptions<NotesOptions> options, TimeProvider time, ILogger<NotesUploadHandler> logger) : IOutboxHandler
{
    public const string HandlerName = "notes.upload";

    private readonly string owner = Guid.NewGuid().ToString("N");

    public string Name => HandlerName;

    public async Task<OutboundSend?> PrepareAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var args = JsonSerializer.Deserialize<NotesUploadArgs>(item.Args ?? "{}");
        if (args is null) return null;

        // The offer's state moves on under its ETag: when another instance moved it in between, read it again.
        return await StorageRetry.UntilDoneAsync<OutboundSend?>(
            async c =>
            {
                var offer = await offers.GetAsync(args.RoundId, args.OfferId, c);
                if (offer?.PersonalChat is null) return Attempt.Done<OutboundSend?>(null);
                var now = time.GetUtcNow();
                switch (offer.State)
                {
                    case NoteOfferState.Uploaded:
                        return Attempt.Done<OutboundSend?>(FileCard(offer, await rounds.GetAsync(ConversationKey.FromStored(offer.RoundConversation), offer.RoundId, c)));
                    case NoteOfferState.Uploading when offer.ClaimUntil > now:
                        throw new NotesUploadPendingException("Another instance is uploading this offer.");
                    case NoteOfferState.Uploading:
                        // The instance that claimed it stopped mid-upload: the session holds part of a file. Start afresh.
                        var interrupted = await offers.TryReplaceAsync(offer with { State = NoteOfferState.Failed, UploadUrl = null, ClaimOwner = null, ClaimUntil = null }, c);
                        if (interrupted is null) return Attempt.Again<OutboundSend?>();
                        return Attempt.Done<OutboundSend?>(await GiveUpAsync(item, interrupted, "interrupted", t => t.Notes.NotesUploadFailed(offer.Kind), c));
                    case NoteOfferState.Accepted:
                        var claimed = await offers.TryReplaceAsync(offer with { State = NoteOfferState.Uploading, ClaimOwner = owner, ClaimUntil = now + options.Value.UploadClaim }, c);
                        if (claimed is null) return Attempt.Again<OutboundSend?>();
                        return Attempt.Done<OutboundSend?>(await UploadAsync(item, claimed, c));
                    default:
                        return Attempt.Done<OutboundSend?>(null);
                }
            },
            () => throw new NotesUploadPendingException("The offer kept changing."),
            cancellationToken,
            maxAttempts: 5);
    }

    public Task OnDeliveredAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<OutboundSend?> UploadAsync(OutboxItem item, NoteOffer offer, CancellationToken cancellationToken)
    {
        var round = await rounds.GetAsync(ConversationKey.FromStored(offer.RoundConversation), offer.RoundId, cancellationToken);
        if (round is null)
        {
            await offers.TryReplaceAsync(offer with { State = NoteOfferState.Failed, UploadUrl = null }, cancellationToken);
            return OutboundSend.Post(offer.PersonalChat!, Cards.NoticeCard.Create(Languages.Texts(Language.Swedish).Notes.NotesRoundGone));
        }

        var file = await files.BuildAsync(round, offer.Kind, cancellationToken);
        var status = await uploader.UploadAsync(offer.UploadUrl!, file.Content, cancellationToken);
        switch (status)
        {
            case UploadStatus.Completed:
                // Recorded even if this instance is stopping: the file is in OneDrive, it must not be sent again.
                var uploaded = offer with { State = NoteOfferState.Uploaded, UploadUrl = null, ClaimOwner = null, ClaimUntil = null };
                await offers.TryReplaceAsync(uploaded, CancellationToken.None);
                return FileCard(uploaded, round);
            case UploadStatus.Transient when offer.Attempts + 1 < options.Value.MaxUploadAttempts:
                var released = await offers.TryReplaceAsync(offer with { State = NoteOfferState.Accepted, ClaimOwner = null, ClaimUntil = null, Attempts = offer.Attempts + 1 }, CancellationToken.None);
                throw new NotesUploadPendingException(released is null ? "The offer changed during the upload." : "The upload URL kept failing; trying again later.");
            default:
                var failed = await offers.TryReplaceAsync(offer with { State = NoteOfferState.Failed, UploadUrl = null, ClaimOwner = null, ClaimUntil = null }, CancellationToken.None);
                return await GiveUpAsync(
                    item,
                    failed ?? offer,
                    status.ToString(),
                    t => status == UploadStatus.Expired ? t.Notes.NotesUploadExpired(offer.Kind) : t.Notes.NotesUploadFailed(offer.Kind),
                    cancellationToken);
        }
    }

    /// <summary>Tells the person the upload did not work and enqueues a new offer right behind the message.</summary>
    private async Task<OutboundSend?> GiveUpAsync(OutboxItem item, NoteOffer offer, string outcome, Func<Texts, string> text, CancellationToken cancellationToken)
    {
        logger.NotesUploadGivenUp(offer.OfferId, offer.RoundId, outcome);
        var round = await rounds.GetAsync(ConversationKey.FromStored(offer.RoundConversation), offer.RoundId, cancellationToken);
        var t = round?.Language.Texts() ?? Languages.Texts(Language.Swedish);
        if (round is null)
        {
            return OutboundSend.Post(offer.PersonalChat!, Cards.NoticeCard.Create(t.Notes.NotesRoundGone));
        }

        var offerItem = NotesOffers.Offer(round, offer.Recipient, offer.Kind, $"notes-reoffer|{offer.OfferId}");
        await outbox.EnqueueAfterAsync(item, [offerItem with { Lane = item.Lane }], cancellationToken);
        return OutboundSend.Post(offer.PersonalChat!, Cards.NoticeCard.Create(text(t)));
    }

    private static OutboundSend FileCard(NoteOffer offer, Round? round) =>
        OutboundSend.Post(offer.PersonalChat!, NotesCards.FileInfo(offer.File!, offer.Kind, (round?.Language ?? Language.Swedish).Texts()));
}
