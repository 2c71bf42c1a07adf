using System.Globalization;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;

namespace BarnrattsResan.Bot.Notes;

/// <summary>The notes offered with a delivered summary: buttons on the thread's last part, and the Word document for each group lead.</summary>
internal sealed class NotesWithSummary : ISummaryDeliveryAddition
{
    /// <summary>The last part in the thread offers the notes as files ("Hämta som Word", "Hämta som Excel").</summary>
    public CardMessage LastThreadPart(CardMessage part, Round round, Texts texts) => NotesCards.WithActions(part, round.Id, texts);

    /// <summary>With the summary, the notes as a Word document, offered with Teams' file consent card.</summary>
    public IEnumerable<OutboxItem> ForLead(Round round, Person lead, string delivery) =>
        [NotesOffers.Offer(round, lead, NoteKind.Word, string.Create(CultureInfo.InvariantCulture, $"summary|{round.Id}|{delivery}|lead|{lead.Id}|word"))];
}
