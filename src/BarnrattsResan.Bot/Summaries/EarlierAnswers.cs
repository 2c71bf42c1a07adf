using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Summaries;

/// <summary>How an earlier round of the same conversation answered one question: its title, when, how many took part, and the answers.</summary>
internal sealed record EarlierAnswers(string RoundTitle, DateTimeOffset At, int Participants, IReadOnlyList<Answer> Answers, bool ShowNames);

/// <summary>
/// Finds, for each question of a round, the latest earlier round of the same conversation that asked it (catalogue
/// questions by id, own questions by their exact text) and whose answers are final (closed). Anonymous rounds are
/// compared only as anonymous answers: names are shown only when both rounds are named.
/// </summary>
internal sealed class RoundComparison(RoundStore rounds, AnswerStore answers, ILogger<RoundComparison> logger)
{
    public async Task<IReadOnlyDictionary<string, EarlierAnswers>> ForAsync(Round round, CancellationToken cancellationToken)
    {
        var earlierRounds = (await rounds.ListAsync(round.ConversationKey, cancellationToken))
            .Where(r => r.Id != round.Id && r.CreatedAt < round.CreatedAt && !r.IsOpen)
            .OrderByDescending(r => r.CreatedAt)
            .ToArray();
        var found = new Dictionary<string, EarlierAnswers>(StringComparer.Ordinal);
        var loaded = new Dictionary<string, IReadOnlyList<Answer>>(StringComparer.Ordinal);
        foreach (var question in round.VisibleQuestions)
        {
            foreach (var earlier in earlierRounds)
            {
                var match = earlier.Questions.FirstOrDefault(q => SameQuestion(q, question));
                if (match is null) continue;
                if (!loaded.TryGetValue(earlier.Id, out var all))
                {
                    var read = await answers.ReadAllAsync(earlier.Id, cancellationToken);
                    foreach (var unreadable in read.Unreadable)
                    {
                        logger.StoredRowUnreadableLeftOut(unreadable.Table, unreadable.PartitionKey, unreadable.RowKey, "the comparison with an earlier round");
                    }

                    all = read.Answers;
                    loaded[earlier.Id] = all;
                }

                var own = all.Where(a => a.QuestionId == match.Id);
                var ordered = earlier.Anonymous || round.Anonymous ? AnswerOrder.Anonymous(own).ToArray() : own.OrderBy(a => a.AnsweredAt).ToArray();
                found[question.Id] = new EarlierAnswers(earlier.Title, earlier.ClosedAt ?? earlier.SummaryDueAt, all.Select(a => a.ParticipantKey).Distinct().Count(), ordered, ShowNames: !earlier.Anonymous && !round.Anonymous);
                break;
            }
        }

        return found;
    }

    private static bool SameQuestion(RoundQuestion a, RoundQuestion b) =>
        a.IsOwn || b.IsOwn
            ? a.IsOwn && b.IsOwn && string.Equals(a.Text.In(Localization.Language.Swedish).Trim(), b.Text.In(Localization.Language.Swedish).Trim(), StringComparison.OrdinalIgnoreCase)
            : a.Id == b.Id;
}
