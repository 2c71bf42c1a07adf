using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Presentations;

/// <summary>The cards about a round as a whole: its introduction, the confirmation that it started, its status.</summary>
internal static class RoundCards
{
    /// <summary>The introduction posted in the thread, in the spirit of the source text ("Nu är det dags att förankra resultatet…").</summary>
    public static CardMessage Introduction(Round round, QuestionCatalog catalog)
    {
        var t = round.Language.Texts();
        var zone = round.TimeZone;
        var body = new List<JsonNode?>
        {
            CardHeader.Create(),
            AdaptiveCard.Heading(t.Rounds.IntroductionHeading(AdaptiveCard.TypedLine(round.Title))),
        };
        var moment = catalog.FindStepAndMoment(round.MomentId);
        if (moment.Moment is not null)
        {
            body.Add(AdaptiveCard.Text(moment.Moment.Introduction.In(round.Language)));
        }

        // What the working group achieved, before the questions about it.
        body.AddRange(Presentations.PresentationCards.IntroductionBlock(round, t));

        // Each set as the source page has it: its title, its introduction and its "Diskutera tillsammans" list.
        foreach (var group in round.Questions.GroupBy(q => q.SetId))
        {
            var set = catalog.FindSet(group.Key);
            body.Add(AdaptiveCard.Subheading(set?.Title.In(round.Language) ?? t.Rounds.OwnQuestionsHeading));
            if (set is not null)
            {
                body.Add(AdaptiveCard.Text(set.Introduction.In(round.Language), spacing: Spacing.Small));
            }

            body.Add(AdaptiveCard.Text(string.Join("\n", group.Select(q => "- " + q.Markdown(round.Language))), spacing: Spacing.Small));
        }

        body.Add(AdaptiveCard.Text(t.Rounds.IntroductionHowTo(round.Mode, round.Anonymous, round.ShowOthersAnswers), spacing: Spacing.Medium));
        body.Add(AdaptiveCard.Text(t.Rounds.IntroductionDue(UserTime.Format(round.SummaryDueAt, zone, round.Language)), subtle: true));
        if (moment.Moment is not null)
        {
            body.Add(AdaptiveCard.Container(
                [
                    AdaptiveCard.Text(moment.Moment.Preparation.Title.In(round.Language), weight: TextWeight.Bolder),
                    AdaptiveCard.Text(moment.Moment.Preparation.Text.In(round.Language), spacing: Spacing.Small),
                ],
                style: ContainerStyle.Emphasis,
                spacing: Spacing.Medium));
        }

        body.Add(Presentations.PresentationCards.EditButton(round, t));
        return new CardMessage(AdaptiveCard.Create(body), round.Title);
    }

    public static CardMessage Created(Round round, Texts t, TimeZoneInfo zone) =>
        new(AdaptiveCard.Create(
            [
                AdaptiveCard.Text(t.Rounds.RoundCreatedTitle(AdaptiveCard.TypedLine(round.Title)), size: TextSize.Medium, weight: TextWeight.Bolder),
                AdaptiveCard.Text(t.Rounds.RoundCreatedText),
                AdaptiveCard.Facts(RoundFacts.For(round, t, zone)),
            ]),
            t.Rounds.RoundCreatedTitle(round.Title));

    public static CardMessage Status(Round round, IReadOnlyDictionary<string, int> counts, int participants, Texts t, TimeZoneInfo zone)
    {
        var questions = round.VisibleQuestions.Select((q, i) => (Title: $"{i + 1}. {q.Markdown(t.Language)}", Value: t.Answers.QuestionAnswerCount(counts.GetValueOrDefault(q.Id))));
        return new CardMessage(
            AdaptiveCard.Create(
                [
                    AdaptiveCard.Heading(t.Rounds.StatusTitle(AdaptiveCard.TypedLine(round.Title))),
                    AdaptiveCard.Facts(RoundFacts.For(round, t, zone)),
                    AdaptiveCard.Text(t.Rounds.StatusParticipants(participants), weight: TextWeight.Bolder, spacing: Spacing.Medium),
                    AdaptiveCard.Container(questions.Select(q => (JsonNode?)AdaptiveCard.Text($"{q.Title} — **{q.Value}**", spacing: Spacing.Small))),
                ]),
            t.Rounds.StatusTitle(round.Title));
    }
}
