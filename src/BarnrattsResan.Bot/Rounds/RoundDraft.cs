using BarnrattsResan.Bot.Conversations;

namespace BarnrattsResan.Bot.Rounds;

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
    public Presentations.ResultsPresentation Results { get; init; } = Presentations.ResultsPresentation.None;
}
