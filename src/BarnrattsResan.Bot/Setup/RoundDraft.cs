using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Setup;

/// <summary>A validated setup: everything needed to create a round.</summary>
internal sealed record RoundDraft(
    string Title,
    IReadOnlyList<RoundQuestion> Questions,
    string MomentId,
    DateTimeOffset MeetingAt,
    DateTimeOffset SummaryDueAt,
    IReadOnlyList<Person> GroupLeads,
    IReadOnlyList<Person> CoFacilitators,
    bool Anonymous,
    bool ShowOthersAnswers,
    RoundMode Mode)
{
    /// <summary>The results the facilitator presents before the questions (none when the fields were left blank).</summary>
    public Rounds.ResultsPresentation Results { get; init; } = Rounds.ResultsPresentation.None;
}
