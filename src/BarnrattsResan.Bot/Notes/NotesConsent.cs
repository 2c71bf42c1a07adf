using System.Text.Json;
using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Notes;

/// <summary>What Teams sent when someone answered a file consent card (<c>fileConsent/invoke</c>), free of Bot Framework types.</summary>
internal sealed record FileConsentAnswer(bool Accepted, JsonObject? Context, string? UploadUrl, string? Name, string? ContentUrl, string? UniqueId, string? FileType);

/// <summary>How the invoke is answered: 200 when it was taken (whatever follows in the chat), 4xx when it was not valid.</summary>
internal enum FileConsentResult
{
    Taken,
    BadRequest,
    Forbidden,
}

/// <summary>
/// A person answered a file consent card. Only records and enqueues (a few table calls), so the invoke is answered
/// at once: the upload runs in the outbox. The offer's state, changed with its ETag, makes a repeated or retried
/// accept a no-op; an accept of an offer that was given up gets a new offer.
/// </summary>
internal sealed class NotesConsent(NoteOfferStore offers, RoundStore rounds, Outbox outbox, ILogger<NotesConsent> logger)
{
    public async Task<FileConsentResult> HandleAsync(TurnInfo turn, FileConsentAnswer answer, CancellationToken cancellationToken)
    {
        var context = Read(answer.Context);
        if (context is null)
        {
            logger.NotesConsentRefused("no valid context");
            return FileConsentResult.BadRequest;
        }

        if (answer.Accepted && (string.IsNullOrEmpty(answer.UploadUrl) || string.IsNullOrEmpty(answer.Name)))
        {
            logger.NotesConsentRefused("accept without upload info");
            return FileConsentResult.BadRequest;
        }

        // The offer's state moves on under its ETag: when another request moved it in between, read it again.
        return await StorageRetry.UntilDoneAsync(
            async c =>
            {
                var offer = await offers.GetAsync(context.RoundId, context.OfferId, c);
                if (offer is null)
                {
                    // The round was deleted (and its offers with it), or the context was made up.
                    await outbox.EnqueueAsync(NotesOffers.Notice(turn.Address, turn.Actor, turn.Texts.Notes.NotesRoundGone, $"notes-gone|{context.OfferId}|{turn.Actor.Id}", null), c);
                    return Attempt.Done(FileConsentResult.Taken);
                }

                if (offer.Recipient.Id != turn.Actor.Id || !turn.IsPersonalChat())
                {
                    logger.NotesConsentRefused("not the person the offer is for, or not in their 1:1 chat");
                    return Attempt.Done(FileConsentResult.Forbidden);
                }

                var result = answer.Accepted ? await AcceptAsync(turn, offer, answer, c) : await DeclineAsync(turn, offer, c);
                if (result is not { } done)
                {
                    return Attempt.Again<FileConsentResult>();
                }

                logger.NotesConsentAnswered(offer.OfferId, offer.RoundId, answer.Accepted ? "accepted" : "declined");
                return Attempt.Done(done);
            },
            () => FileConsentResult.Taken,
            cancellationToken,
            maxAttempts: 5);
    }

    /// <summary>Null when the offer changed underneath (read again).</summary>
    private async Task<FileConsentResult?> AcceptAsync(TurnInfo turn, NoteOffer offer, FileConsentAnswer answer, CancellationToken cancellationToken)
    {
        switch (offer.State)
        {
            case NoteOfferState.Offered:
                var accepted = await offers.TryReplaceAsync(
                    offer with
                    {
                        State = NoteOfferState.Accepted,
                        UploadUrl = answer.UploadUrl,
                        PersonalChat = turn.Address,
                        File = new UploadedFile(answer.Name!, answer.ContentUrl ?? string.Empty, answer.UniqueId ?? string.Empty, answer.FileType ?? offer.Kind.Extension()),
                    },
                    cancellationToken);
                if (accepted is null) return null;
                await outbox.EnqueueAsync(NotesOffers.Upload(accepted, turn.Address.TenantId), cancellationToken);
                return FileConsentResult.Taken;
            case NoteOfferState.Accepted:
                // A repeated accept: the upload is (already) enqueued once under its key; enqueuing again is a no-op.
                await outbox.EnqueueAsync(NotesOffers.Upload(offer, turn.Address.TenantId), cancellationToken);
                return FileConsentResult.Taken;
            case NoteOfferState.Uploading or NoteOfferState.Uploaded:
                return FileConsentResult.Taken;
            default:
                // Declined or given up: this card is spent. A new offer follows.
                var round = await rounds.GetAsync(ConversationKey.FromStored(offer.RoundConversation), offer.RoundId, cancellationToken);
                var texts = turn.Texts;
                var items = new List<OutboxItem> { NotesOffers.Notice(turn.Address, turn.Actor, round is null ? texts.Notes.NotesRoundGone : texts.Notes.NotesOfferReplaced(offer.Kind), $"notes-replaced|{offer.OfferId}", offer) };
                if (round is not null) items.Add(NotesOffers.Offer(round, offer.Recipient, offer.Kind, $"notes-reoffer|{offer.OfferId}"));
                await outbox.EnqueueAsync(items, cancellationToken);
                return FileConsentResult.Taken;
        }
    }

    private async Task<FileConsentResult?> DeclineAsync(TurnInfo turn, NoteOffer offer, CancellationToken cancellationToken)
    {
        if (offer.State != NoteOfferState.Offered)
        {
            return FileConsentResult.Taken;
        }

        var declined = await offers.TryReplaceAsync(offer with { State = NoteOfferState.Declined }, cancellationToken);
        if (declined is null) return null;
        await outbox.EnqueueAsync(NotesOffers.Notice(turn.Address, turn.Actor, turn.Texts.Notes.NotesDeclined(offer.Kind), $"notes-declined|{offer.OfferId}", offer), cancellationToken);
        return FileConsentResult.Taken;
    }

    private static NotesConsentContext? Read(JsonObject? context)
    {
        if (context is null) return null;
        try
        {
            var read = context.Deserialize<NotesConsentContext>(CardJson.Options);
            return read is { RoundId.Length: > 0, OfferId.Length: > 0 } && NoteKinds.Parse(read.Kind) is not null ? read : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
