using Azure;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Notes;

/// <summary>
/// The offers of notes files (table NoteOffers, partition = the round id, row = the offer id). Every change is
/// guarded by the row's ETag, so of two instances (or a retried invoke) only one moves an offer on.
/// </summary>
internal sealed class NoteOfferStore(Tables tables)
{
    private readonly TableClient table = tables.NoteOffers;

    /// <summary>Adds the offer; when it exists already (a retried send), returns the stored one.</summary>
    public async Task<NoteOffer> AddAsync(NoteOffer offer, CancellationToken cancellationToken)
    {
        try
        {
            var response = await table.AddEntityAsync(ToEntity(offer), cancellationToken);
            return offer with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException e) when (StorageRetry.IsConflict(e))
        {
            return await GetAsync(offer.RoundId, offer.OfferId, cancellationToken) ?? throw new InvalidOperationException("The offer vanished while being added.");
        }
    }

    public async Task<NoteOffer?> GetAsync(string roundId, string offerId, CancellationToken cancellationToken)
    {
        if (!IsKeySafe(roundId) || !IsKeySafe(offerId)) return null;
        var response = await table.GetEntityIfExistsAsync<TableEntity>(roundId, offerId, cancellationToken: cancellationToken);
        return response.HasValue ? StoredRow.Read("NoteOffers", response.Value!, () => FromEntity(response.Value!)) : null;
    }

    /// <summary>Saves a changed offer if nobody changed it since it was read; false when someone did (read again).</summary>
    public async Task<NoteOffer?> TryReplaceAsync(NoteOffer changed, CancellationToken cancellationToken)
    {
        try
        {
            var response = await table.UpdateEntityAsync(ToEntity(changed), new ETag(changed.ETag!), TableUpdateMode.Replace, cancellationToken);
            return changed with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException e) when (StorageRetry.IsConflict(e) || StorageRetry.IsNotFound(e))
        {
            return null;
        }
    }

    /// <summary>Offer ids are made by the bot (a GUID in hex); anything else from a card is not looked up.</summary>
    private static bool IsKeySafe(string? key) =>
        !string.IsNullOrEmpty(key) && key.Length <= 64 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static TableEntity ToEntity(NoteOffer offer) => new(offer.RoundId, offer.OfferId)
    {
        ["RoundConversation"] = offer.RoundConversation,
        ["Kind"] = offer.Kind.Code(),
        ["Recipient"] = StoredJson.Write(offer.Recipient),
        ["State"] = offer.State.ToString(),
        ["OfferedAt"] = offer.OfferedAt,
        ["PersonalChat"] = offer.PersonalChat is null ? null : StoredJson.Write(offer.PersonalChat),
        ["UploadUrl"] = offer.UploadUrl,
        ["File"] = offer.File is null ? null : StoredJson.Write(offer.File),
        ["ClaimOwner"] = offer.ClaimOwner,
        ["ClaimUntil"] = offer.ClaimUntil,
        ["Attempts"] = offer.Attempts,
    };

    private static NoteOffer FromEntity(TableEntity entity) => new()
    {
        RoundId = entity.PartitionKey,
        OfferId = entity.RowKey,
        RoundConversation = entity.GetString("RoundConversation") ?? string.Empty,
        Kind = NoteKinds.Parse(entity.GetString("Kind")) ?? throw new StoredValueException("Not a note kind."),
        Recipient = StoredJson.Read(entity.GetString("Recipient"), new Person(string.Empty, string.Empty)),
        State = StoredRow.Enum<NoteOfferState>(entity.GetString("State")),
        OfferedAt = entity.GetDateTimeOffset("OfferedAt") ?? DateTimeOffset.MinValue,
        PersonalChat = StoredJson.Read<ConversationAddress?>(entity.GetString("PersonalChat"), null),
        UploadUrl = entity.GetString("UploadUrl"),
        File = StoredJson.Read<UploadedFile?>(entity.GetString("File"), null),
        ClaimOwner = entity.GetString("ClaimOwner"),
        ClaimUntil = entity.GetDateTimeOffset("ClaimUntil"),
        Attempts = entity.GetInt32("Attempts") ?? 0,
        ETag = entity.ETag.ToString(),
    };
}
