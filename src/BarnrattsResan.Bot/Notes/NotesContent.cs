using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;

namespace BarnrattsResan.Bot.Notes;

/// <summary>One answer as the files show it: the name (none in an anonymous round) and the text as given.</summary>
internal sealed record NoteAnswer(string? Name, string Text);

/// <summary>One question with its answers, in the summary card's order.</summary>
internal sealed record NoteQuestion(int Number, string Text, IReadOnlyList<NoteAnswer> Answers);

/// <summary>A labelled fact of the title block (facilitator, meeting, when the summary was due).</summary>
internal sealed record NoteFact(string Label, string Value);

/// <summary>The results the facilitator presented before the questions: the heading, the text as typed and the links.</summary>
internal sealed record NoteResults(string Heading, string Text, IReadOnlyList<Rounds.ResultLink> Links);

/// <summary>How the notes end: "Nästa moment: …" and its one-line description.</summary>
internal sealed record NoteNextMoment(string Title, string Description);

/// <summary>
/// What the Word and Excel files hold, in the round's language and time zone: taken from the summary's compiled data
/// (<see cref="CompiledSummary"/>), so the files show the same answers in the same order as the summary card.
/// </summary>
internal sealed record NotesContent(
    string Title,
    string? Step,
    IReadOnlyList<NoteFact> Facts,
    string Participation,
    string? AnonymousNote,
    string CompiledAt,
    IReadOnlyList<NoteQuestion> Questions,
    string? PreparationTitle,
    string? PreparationText,
    bool Anonymous,
    Language Language,
    DateTimeOffset CompiledAtInstant,
    NoteResults? Results = null,
    NoteNextMoment? Next = null)
{
    /// <summary>The document language as a BCP 47 tag (Word's proofing language).</summary>
    public string LanguageTag => Language == Language.English ? "en-GB" : "sv-SE";

    public static NotesContent From(CompiledSummary summary, QuestionCatalog catalog)
    {
        var round = summary.Round;
        var t = round.Language.Texts();
        var language = round.Language;
        var zone = round.TimeZone;
        var moment = catalog.FindStepAndMoment(round.MomentId);
        string? step = moment.Moment is null ? null : t.Notes.NotesStep(moment.Step.Number, moment.Step.Name.In(language), moment.Moment.Letter, moment.Moment.Title.In(language));
        var facts = new List<NoteFact>
        {
            new(t.Rounds.FactFacilitator, round.Facilitator.DisplayName),
            new(t.Rounds.FactMeeting, UserTime.Format(round.MeetingAt, zone, language)),
            new(t.Rounds.FactSummaryDue, UserTime.Format(round.SummaryDueAt, zone, language)),
        };

        // The results and the next moment are in the Word document only; the workbook holds the answers alone.
        var results = round.Results.IsEmpty ? null : new NoteResults(t.Presentations.SummaryResultsHeading, round.Results.Text, round.Results.Links);
        var next = moment.Moment?.Next is { } following
            ? new NoteNextMoment(t.Summaries.NextMoment(following.Title.In(language)), following.Description.In(language))
            : null;
        var questions = summary.Questions.Select((q, index) => new NoteQuestion(
            index + 1,
            q.Question.Text.In(language),
            q.Answers.Select(a => new NoteAnswer(round.Anonymous ? null : a.AuthorName, a.Text)).ToArray())).ToArray();
        return new NotesContent(
            round.Title,
            step,
            facts,
            summary.UnreadableAnswers > 0
                ? $"{t.Summaries.SummaryParticipation(summary.Participants, summary.AnswerCount, summary.Questions.Count)} {t.Summaries.SummaryUnreadableAnswers(summary.UnreadableAnswers)}"
                : t.Summaries.SummaryParticipation(summary.Participants, summary.AnswerCount, summary.Questions.Count),
            round.Anonymous ? t.Summaries.SummaryAnonymous : null,
            t.Summaries.SummaryCompiledAt(UserTime.Format(summary.CompiledAt, zone, language)),
            questions,
            moment.Moment?.Preparation.Title.In(language),
            moment.Moment?.Preparation.Text.In(language),
            round.Anonymous,
            language,
            summary.CompiledAt,
            results,
            next);
    }
}
