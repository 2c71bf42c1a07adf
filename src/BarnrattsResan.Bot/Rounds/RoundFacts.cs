using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>The facts about a round that several cards show, in the reader's language and time zone.</summary>
internal static class RoundFacts
{
    public static IEnumerable<(string Title, string Value)> For(Round round, Texts t, TimeZoneInfo zone)
    {
        yield return (t.Rounds.FactFacilitator, Cards.AdaptiveCard.TypedLine(round.Facilitator.DisplayName));
        yield return (t.Rounds.FactMeeting, UserTime.Format(round.MeetingAt, zone, t.Language));
        yield return (t.Rounds.FactSummaryDue, UserTime.Format(round.SummaryDueAt, zone, t.Language));
        yield return (t.Rounds.FactMode, t.Rounds.ModeName(round.Mode));
        yield return (t.Rounds.FactAnonymous, round.Anonymous ? t.Rounds.Yes : t.Rounds.No);
        yield return (t.Rounds.FactGroupLeads, round.GroupLeads.Count == 0 ? t.Rounds.Nobody : string.Join(", ", round.GroupLeads.Select(l => Cards.AdaptiveCard.TypedLine(l.DisplayName))));
        yield return (t.Rounds.FactState, round.IsOpen ? t.Rounds.StateOpen : t.Rounds.StateClosed);
    }
}
