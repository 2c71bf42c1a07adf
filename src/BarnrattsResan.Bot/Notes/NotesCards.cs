using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Notes;

/// <summary>The data of a "Hämta som Word/Excel" button: the round and the kind of file.</summary>
internal sealed record NotesActionData(string RoundId, string Kind);

/// <summary>What a file consent card carries back with the answer: the round, the kind and the offer, never the file.</summary>
internal sealed record NotesConsentContext(string RoundId, string Kind, string OfferId);

/// <summary>The cards of the notes feature: the buttons on the summary, Teams' file consent card and file info card.</summary>
internal static class NotesCards
{
    public const string GetVerb = "notes.get";
    public const string FileConsentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string FileInfoType = "application/vnd.microsoft.teams.card.file.info";

    /// <summary>The summary part with "Hämta som Word" and "Hämta som Excel" at its end, one button per row (Teams does not wrap a row of buttons).</summary>
    public static CardMessage WithActions(CardMessage part, string roundId, Texts t, string? status = null)
    {
        var card = part.Card.DeepClone().AsObject();
        var body = card["body"]!.AsArray();
        if (status is not null)
        {
            body.Insert(0, AdaptiveCard.Text(status, weight: TextWeight.Bolder));
        }

        foreach (var kind in new[] { NoteKind.Word, NoteKind.Excel })
        {
            body.Add(AdaptiveCard.ActionRow(AdaptiveCard.Execute(t.Notes.NotesGet(kind), GetVerb, new NotesActionData(roundId, kind.Code()))));
        }

        return part with { Card = card };
    }

    /// <summary>Teams' file consent card: the file's name, size and what it is; Allow or Decline come back as <c>fileConsent/invoke</c>.</summary>
    public static CardMessage Consent(NoteFile file, string roundTitle, NotesConsentContext context, Texts t)
    {
        var contextJson = JsonSerializer(context);
        var card = new JsonObject
        {
            ["description"] = t.Notes.NotesConsentDescription(file.Kind, roundTitle),
            ["sizeInBytes"] = file.Content.Length,
            ["acceptContext"] = contextJson,
            ["declineContext"] = contextJson.DeepClone(),
        };
        return new CardMessage(card, t.Notes.NotesConsentDescription(file.Kind, roundTitle)) { ContentType = FileConsentType, AttachmentName = file.Name };
    }

    /// <summary>Teams' file info card for the uploaded file: opens it from the person's OneDrive.</summary>
    public static CardMessage FileInfo(UploadedFile file, NoteKind kind, Texts t) =>
        new(new JsonObject { ["uniqueId"] = file.UniqueId, ["fileType"] = file.FileType }, t.Notes.NotesSaved(kind, file.Name))
        {
            ContentType = FileInfoType,
            AttachmentName = file.Name,
            ContentUrl = file.ContentUrl,
        };

    private static JsonObject JsonSerializer(NotesConsentContext context) =>
        (JsonObject)System.Text.Json.JsonSerializer.SerializeToNode(context, CardJson.Options)!;
}
