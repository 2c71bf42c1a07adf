using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;
using BarnrattsResan.Bot.Summaries;

namespace BarnrattsResan.Bot.Notes;

/// <summary>
/// "Hämta som Word" / "Hämta som Excel" on the summary in the round's thread: the facilitator, a co-facilitator or a
/// group lead gets the file offered in their 1:1 chat with the bot (through the outbox). The clicker's card shows
/// the summary's last part again with a line that says what happens, or why not.
/// </summary>
internal sealed class NotesActionHandler(RoundStore rounds, SummaryService summaries, Outbox outbox) : ICardActionHandler
{
    public string Verb => NotesCards.GetVerb;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var data = action.DataAs<NotesActionData>();
        var kind = NoteKinds.Parse(data?.Kind);
        var (round, refusal) = await RoundOnCard.FindAsync(rounds, turn, data?.RoundId, mustSteer: false, cancellationToken);
        if (round is null || kind is null)
        {
            return refusal ?? NoticeCard.Create(turn.Texts.RoundNotFound);
        }

        var t = turn.Texts;
        string status;
        if (MayGet(round, turn.Actor.Id))
        {
            // One offer per click (Teams retrying the same invoke sends the same activity id).
            await outbox.EnqueueAsync(NotesOffers.Offer(round, turn.Actor, kind.Value, $"notes-get|{round.Id}|{kind.Value.Code()}|{turn.Actor.Id}|{turn.ActivityId ?? Guid.NewGuid().ToString("N")}"), cancellationToken);
            status = t.Notes.NotesOfferSent(kind.Value);
        }
        else
        {
            status = t.Notes.NotesNotAllowed(AdaptiveCard.TypedLine(round.Facilitator.DisplayName));
        }

        var parts = await summaries.CompileAsync(round, cancellationToken);
        return NotesCards.WithActions(parts[^1], round.Id, round.Language.Texts(), status);
    }

    /// <summary>The facilitator, the co-facilitators and the group leads may get the notes; they see every answer anyway.</summary>
    public static bool MayGet(Round round, string personId) =>
        round.CanBeSteeredBy(personId) || round.GroupLeads.Any(l => l.Id == personId);
}
