using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Summaries;

/// <summary>
/// In a summary, under a question's answers: how the same question was answered in the earlier round, compactly
/// (a count line and at most <see cref="MaxAnswers"/> answers of at most <see cref="MaxChars"/> characters each), so
/// the comparison never crowds out the round's own answers and the summary's parts stay within Teams' size budget.
/// </summary>
internal static class ComparisonBlock
{
    public const int MaxAnswers = 8;
    public const int MaxChars = 280;

    public static JsonObject Create(EarlierAnswers earlier, int answersNow, Texts t, TimeZoneInfo zone)
    {
        var date = TimeZoneInfo.ConvertTime(earlier.At, zone).ToString(t.Language == Language.English ? "d MMMM yyyy" : "d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo(t.Language == Language.English ? "en-GB" : "sv-SE"));
        var items = new List<JsonNode?>
        {
            AdaptiveCard.Text(t.Summaries.ComparisonHeading(AdaptiveCard.TypedLine(earlier.RoundTitle), date), weight: TextWeight.Bolder, size: TextSize.Small),
            AdaptiveCard.Text(t.Summaries.ComparisonCounts(answersNow, earlier.Answers.Count, earlier.Participants), subtle: true, size: TextSize.Small, spacing: Spacing.None),
        };
        foreach (var answer in earlier.Answers.Take(MaxAnswers))
        {
            var text = answer.Text.Length > MaxChars ? answer.Text[..MaxChars] + " …" : answer.Text;
            var author = earlier.ShowNames && !string.IsNullOrWhiteSpace(answer.AuthorName) ? AdaptiveCard.TypedLine(answer.AuthorName) + ": " : string.Empty;
            items.Add(AdaptiveCard.Text("– " + author + AdaptiveCard.TypedText(text), size: TextSize.Small, spacing: Spacing.Small));
        }

        if (earlier.Answers.Count > MaxAnswers)
        {
            items.Add(AdaptiveCard.Text(t.Summaries.ComparisonMore(earlier.Answers.Count - MaxAnswers), subtle: true, size: TextSize.Small, spacing: Spacing.Small));
        }

        return AdaptiveCard.Container(items, style: ContainerStyle.Emphasis, spacing: Spacing.Medium);
    }
}
