using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>The facts about a round that several cards show, in the reader's language and time zone.</summary>
internal static class RoundFacts
{
    public static IEnumerable<(string Title, string Value)> For(Round round, Texts t, TimeZoneInfo zone)
    {
        yield return (t.FactFacilitator, Cards.AdaptiveCard.TypedLine(round.Facilitator.DisplayName));
        yield return (t.FactMeeting, UserTime.Format(round.MeetingAt, zone, t.Language));
        yield return (t.FactSummaryDue, UserTime.Format(round.SummaryDueAt, zone, t.Language));
        yield return (t.FactMode, t.ModeName(round.Mode));
        yield return (t.FactAnonymous, round.Anonymous ? t.Yes : t.No);
        yield return (t.FactGroupLeads, round.GroupLeads.Count == 0 ? t.Nobody : string.Join(", ", round.GroupLeads.Select(l => Cards.AdaptiveCard.TypedLine(l.DisplayName))));
        yield return (t.FactState, round.IsOpen ? t.StateOpen : t.StateClosed);
    }
}
