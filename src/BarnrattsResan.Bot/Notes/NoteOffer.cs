using BarnrattsResan.Bot.Conversations;

namespace BarnrattsResan.Bot.Notes;

/// <summary>Where an offer of a notes file stands.</summary>
internal enum NoteOfferState
{
    /// <summary>The file consent card is (being) sent; nobody has answered.</summary>
    Offered,

    /// <summary>The person chose Allow; Teams gave an upload URL, and the upload is waiting for the outbox.</summary>
    Accepted,

    /// <summary>An instance holds the claim and is uploading (until <see cref="NoteOffer.ClaimUntil"/>).</summary>
    Uploading,

    /// <summary>The file is in the person's OneDrive. Nothing is uploaded again for this offer.</summary>
    Uploaded,

    /// <summary>The person chose Decline.</summary>
    Declined,

    /// <summary>The upload URL had expired or kept failing; a new offer was sent instead.</summary>
    Failed,
}

/// <summary>What Teams said about the uploaded file, for the file info card.</summary>
internal sealed record UploadedFile(string Name, string ContentUrl, string UniqueId, string FileType);

/// <summary>
/// One offer of a notes file to one person (table NoteOffers, partition = the round, row = the offer id). The
/// consent card carries only the round id, the kind and this id; the file is built again from storage on accept.
/// The state and the claim make a repeated accept or a retry upload at most once.
/// </summary>
internal sealed record NoteOffer
{
    public required string RoundId { get; init; }

    public required string OfferId { get; init; }

    /// <summary>The stored key of the round's conversation.</summary>
    public required string RoundConversation { get; init; }

    public required NoteKind Kind { get; init; }

    /// <summary>The person the offer is for: only they can accept it.</summary>
    public required Person Recipient { get; init; }

    public NoteOfferState State { get; init; }

    public DateTimeOffset OfferedAt { get; init; }

    /// <summary>The 1:1 chat the person answered in (where the file card goes).</summary>
    public ConversationAddress? PersonalChat { get; init; }

    /// <summary>The one-time upload URL Teams gave with the accept (a OneDrive upload session); erased when the upload is over.</summary>
    public string? UploadUrl { get; init; }

    public UploadedFile? File { get; init; }

    public string? ClaimOwner { get; init; }

    public DateTimeOffset? ClaimUntil { get; init; }

    /// <summary>Upload attempts that failed with a passing fault.</summary>
    public int Attempts { get; init; }

    public string? ETag { get; init; }
}
