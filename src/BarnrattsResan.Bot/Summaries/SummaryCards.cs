using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Questions;

namespace BarnrattsResan.Bot.Summaries;

/// <summary>
/// The summary as one or more cards. Teams refuses messages over 100 KB (counted in UTF-16) and asks for at most
/// 80 KB, so the summary is split into parts whose whole message stays within <see cref="MessageSize.MaxBytes"/>,
/// measured as Teams measures; nothing is dropped. Every part says which part it is.
/// </summary>
internal static class SummaryCards
{
    /// <summary>The budget for one card's JSON in UTF-16 bytes: the message budget less the envelope and the notification text.</summary>
    public const int MaxCardBytes = MessageSize.MaxBytes - MessageSize.EnvelopeBytes - (2 * 1024);

    /// <summary>Room kept in every part for its part line, the "continues in part …" line and the lead's introduction line.</summary>
    private const int ReservedBytes = 4 * 1024;

    public static IReadOnlyList<CardMessage> Build(CompiledSummary summary, QuestionCatalog catalog, Texts t, TimeZoneInfo zone, int maxCardBytes = MaxCardBytes, IReadOnlyDictionary<string, EarlierAnswers>? earlier = null)
    {
        var round = summary.Round;
        var language = t.Language;
        var header = new List<JsonNode>
        {
            CardHeader.Create(),
            AdaptiveCard.Heading(t.Summaries.SummaryTitle(AdaptiveCard.TypedLine(round.Title))),
            AdaptiveCard.Text(t.Summaries.SummaryParticipation(summary.Participants, summary.AnswerCount, summary.Questions.Count), weight: TextWeight.Bolder),
            AdaptiveCard.Facts(Rounds.RoundFacts.For(round, t, zone)),
        };
        if (Presentations.PresentationCards.SummaryBlock(round, t) is { } results) header.Add(results);
        if (round.Anonymous) header.Add(AdaptiveCard.Text(t.Summaries.SummaryAnonymous, subtle: true));
        if (summary.UnreadableAnswers > 0) header.Add(AdaptiveCard.Text(t.Summaries.SummaryUnreadableAnswers(summary.UnreadableAnswers), weight: TextWeight.Bolder));
        header.Add(AdaptiveCard.Text(t.Summaries.SummaryCompiledAt(UserTime.Format(summary.CompiledAt, zone, language)), subtle: true, size: TextSize.Small));

        // The blocks to place, each tagged with the question it continues, so a part that starts mid-question repeats its heading.
        var blocks = new List<(JsonNode Node, string? Heading)>();
        blocks.AddRange(header.Select(h => (h, (string?)null)));
        var number = 0;
        foreach (var question in summary.Questions)
        {
            number++;
            var heading = $"{number}. {question.Question.Markdown(language)}";
            blocks.Add((AdaptiveCard.Text(heading, size: TextSize.Medium, weight: TextWeight.Bolder, spacing: Spacing.Large), null));
            blocks.Add((AdaptiveCard.Text(t.Answers.QuestionAnswerCount(question.Answers.Count), subtle: true, spacing: Spacing.None), heading));
            if (question.Answers.Count == 0)
            {
                blocks.Add((AdaptiveCard.Text(t.Summaries.SummaryNoAnswers, subtle: true), heading));
            }

            foreach (var answer in question.Answers)
            {
                blocks.Add((AnswerBlock(answer.Text, round.Anonymous ? null : answer.AuthorName, t, maxCardBytes / 2), heading));
            }

            if (earlier is not null && earlier.TryGetValue(question.Question.Id, out var before))
            {
                blocks.Add((ComparisonBlock.Create(before, question.Answers.Count, t, zone), heading));
            }
        }

        var moment = catalog.FindStepAndMoment(round.MomentId);
        if (moment.Moment is not null)
        {
            blocks.Add((AdaptiveCard.Container(
                [
                    AdaptiveCard.Text(moment.Moment.Preparation.Title.In(language), weight: TextWeight.Bolder),
                    AdaptiveCard.Text(moment.Moment.Preparation.Text.In(language), spacing: Spacing.Small),
                ],
                style: ContainerStyle.Emphasis,
                spacing: Spacing.Large), null));
        }

        blocks.AddRange(NextMomentCards.Blocks(catalog.FindMoment(round.MomentId), t).Select(b => (b, (string?)null)));

        var parts = Pack(blocks, maxCardBytes - ReservedBytes, t);
        return parts.Select((body, index) =>
        {
            if (parts.Count > 1)
            {
                body.Insert(0, AdaptiveCard.Text($"{t.Summaries.SummaryTitle(AdaptiveCard.TypedLine(round.Title))} · {t.Summaries.SummaryPart(index + 1, parts.Count)}", size: TextSize.Small, subtle: true));
                if (index < parts.Count - 1)
                {
                    body.Add(AdaptiveCard.Text(t.Summaries.SummaryContinues(index + 2, parts.Count), weight: TextWeight.Bolder, color: TextColor.Accent, spacing: Spacing.Large));
                }
            }

            var summaryText = parts.Count > 1 ? $"{t.Summaries.SummaryTitle(round.Title)} ({t.Summaries.SummaryPart(index + 1, parts.Count)})" : t.Summaries.SummaryTitle(round.Title);
            return new CardMessage(AdaptiveCard.Create(body), summaryText);
        }).ToArray();
    }

    /// <summary>The first part as a group lead gets it in their 1:1 chat, with a line saying what it is.</summary>
    public static CardMessage ForLead(CardMessage firstPart, string title, Texts t)
    {
        var card = firstPart.Card.DeepClone().AsObject();
        card["body"]!.AsArray().Insert(0, AdaptiveCard.Text(t.Summaries.SummaryForLead(AdaptiveCard.TypedLine(title)), spacing: Spacing.None));
        return firstPart with { Card = card };
    }

    private static List<List<JsonNode?>> Pack(List<(JsonNode Node, string? Heading)> blocks, int budget, Texts t)
    {
        var parts = new List<List<JsonNode?>>();
        var current = new List<JsonNode?>();
        var size = 0;
        foreach (var (node, heading) in blocks)
        {
            var nodeSize = MessageSize.Utf16Bytes(node.ToWireJson()) + 2;
            if (size + nodeSize > budget && current.Count > 0)
            {
                parts.Add(current);
                current = [];
                size = 0;
                if (heading is not null)
                {
                    var repeated = AdaptiveCard.Text(heading + " …", size: TextSize.Medium, weight: TextWeight.Bolder);
                    current.Add(repeated);
                    size += MessageSize.Utf16Bytes(repeated.ToWireJson()) + 2;
                }
            }

            current.Add(node);
            size += nodeSize;
        }

        if (current.Count > 0) parts.Add(current);
        return parts;
    }

    /// <summary>One answer. An answer can never exceed half a card; if it somehow would, it is shortened with a clear note.</summary>
    private static JsonObject AnswerBlock(string text, string? author, Texts t, int maxBytes)
    {
        var shown = text;
        string? note = null;
        while (MessageSize.Utf16Bytes(shown) * 2 > maxBytes && shown.Length > 100)
        {
            shown = shown[..(shown.Length * 3 / 4)];
        }

        if (shown.Length < text.Length)
        {
            note = t.Summaries.SummaryShortened(shown.Length, text.Length);
            shown += " …";
        }

        var items = new List<JsonNode?>
        {
            author is null ? null : AdaptiveCard.Text(AdaptiveCard.TypedLine(author), weight: TextWeight.Bolder, size: TextSize.Small),
            AdaptiveCard.Text(AdaptiveCard.TypedText(shown), spacing: Spacing.None),
            note is null ? null : AdaptiveCard.Text(note, subtle: true, size: TextSize.Small, spacing: Spacing.None),
        };
        return AdaptiveCard.Container(items, spacing: Spacing.Medium, separator: true);
    }
}
