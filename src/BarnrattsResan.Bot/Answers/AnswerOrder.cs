using System.Security.Cryptography;
using System.Text;

namespace BarnrattsResan.Bot.Answers;

/// <summary>
/// The order anonymous answers are shown in: fixed, but unrelated to when they came and different for each
/// question, so neither the order nor a position repeated across questions points to a person. (Ordering by
/// the participant key alone would put one person's answers at the same place under every question.)
/// </summary>
internal static class AnswerOrder
{
    public static IEnumerable<Answer> Anonymous(IEnumerable<Answer> answers) =>
        answers.OrderBy(a => SortKey(a.QuestionId, a.ParticipantKey), StringComparer.Ordinal);

    private static string SortKey(string questionId, string participantKey) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{questionId}|{participantKey}")));
}
