using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Summaries;

internal sealed record QuestionSummary(RoundQuestion Question, IReadOnlyList<Answer> Answers);

/// <summary>A round's answers compiled per question, with participation figures, and how many stored answers could not be read (left out, and said).</summary>
internal sealed record CompiledSummary(Round Round, IReadOnlyList<QuestionSummary> Questions, int Participants, int AnswerCount, DateTimeOffset CompiledAt, int UnreadableAnswers = 0);

internal static class SummaryCompiler
{
    /// <summary>
    /// Groups the answers by the round's questions, in the round's order. Named answers come in the order they
    /// came; anonymous ones in an order that reveals nothing about when they came or who gave them
    /// (<see cref="AnswerOrder.Anonymous"/>).
    /// </summary>
    public static CompiledSummary Compile(Round round, IReadOnlyList<Answer> answers, DateTimeOffset now, int unreadableAnswers = 0)
    {
        var byQuestion = answers.ToLookup(a => a.QuestionId);
        var questions = round.VisibleQuestions
            .Select(q => new QuestionSummary(q, Ordered(round, byQuestion[q.Id]).ToArray()))
            .ToArray();
        var counted = questions.SelectMany(q => q.Answers).ToArray();
        return new CompiledSummary(round, questions, counted.Select(a => a.ParticipantKey).Distinct().Count(), counted.Length, now, unreadableAnswers);
    }

    private static IEnumerable<Answer> Ordered(Round round, IEnumerable<Answer> answers) =>
        round.Anonymous
            ? AnswerOrder.Anonymous(answers)
            : answers.OrderBy(a => a.AnsweredAt).ThenBy(a => a.ParticipantKey, StringComparer.Ordinal);
}
