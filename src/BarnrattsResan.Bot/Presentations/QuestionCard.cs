using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Presentations;

/// <summary>What one person sees on a question card: their saved answer, a problem with what they sent, everyone's answers, a confirmation.</summary>
internal sealed record QuestionView(
    Answer? OwnAnswer = null,
    string? Error = null,
    string? RejectedText = null,
    IReadOnlyList<Answer>? OthersAnswers = null,
    bool CanSteer = false,
    string? Notice = null);

/// <summary>
/// A question card. The shared version is posted in the thread for everyone; the personal version is what an
/// <c>Action.Execute</c> or a refresh returns to one person.
/// </summary>
internal static class QuestionCard
{
    public static CardMessage Shared(Round round, RoundQuestion question, int count) =>
        Build(round, question, count, new QuestionView(), round.Language.Texts(), round.TimeZone, personal: false);

    /// <summary>One person's card; without <paramref name="count"/> (just after saving an answer) it shows no count.</summary>
    public static CardMessage Personal(Round round, RoundQuestion question, int? count, QuestionView view, Texts t, TimeZoneInfo zone) =>
        Build(round, question, count, view, t, zone, personal: true);

    private static CardMessage Build(Round round, RoundQuestion question, int? count, QuestionView view, Texts t, TimeZoneInfo zone, bool personal)
    {
        var language = t.Language;
        var number = IndexOf(round, question) + 1;
        var data = new QuestionActionData(round.Id, question.Id);
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Text($"{AdaptiveCard.TypedLine(round.Title)} · {t.Answers.QuestionHeading(number, round.Questions.Count)}", size: TextSize.Small, subtle: true),
            AdaptiveCard.Text(question.Markdown(language), size: TextSize.Large, weight: TextWeight.Bolder, spacing: Spacing.Small),
        };
        if (count is { } answered)
        {
            body.Add(AdaptiveCard.Text(t.Answers.AnswerCount(answered), color: TextColor.Accent, spacing: Spacing.Small));
        }

        if (view.Notice is not null)
        {
            body.Add(AdaptiveCard.Container([AdaptiveCard.Text(view.Notice, weight: TextWeight.Bolder)], style: ContainerStyle.Emphasis, spacing: Spacing.Medium));
        }

        // A refusal comes first, right before the box it concerns, so a screen reader reaches why nothing was saved
        // together with the answer to correct; the unchanged saved answer follows.
        var ownAnswer = OwnAnswerBlock(round, view, t, zone);
        if (view.Error is not null)
        {
            body.Add(AdaptiveCard.Container(
                [
                    AdaptiveCard.Text(t.Answers.AnswerNotSaved, weight: TextWeight.Bolder),
                    AdaptiveCard.Text(view.Error, spacing: Spacing.Small),
                ],
                style: ContainerStyle.Attention,
                spacing: Spacing.Medium));
        }
        else if (ownAnswer is not null)
        {
            body.Add(ownAnswer);
        }
        else if (personal && round.IsOpen)
        {
            body.Add(AdaptiveCard.Text(t.Answers.NotAnsweredYet, subtle: true));
        }

        // Every button in a row of its own, where it belongs: its title names the question, and a row of such titles
        // would be cut off in a narrow Teams window.
        var answerable = round.IsQuestionAnswerable(question.Id);
        if (answerable)
        {
            body.Add(AnswerForm.Input(number, KeptInTheBox(view.RejectedText) ?? view.OwnAnswer?.Text, t));
            if (round.Anonymous)
            {
                body.Add(AdaptiveCard.Text(t.Answers.AnonymousNote, subtle: true, size: TextSize.Small, spacing: Spacing.Small));
            }

            body.Add(AdaptiveCard.ActionRow(AdaptiveCard.Execute(view.OwnAnswer is null ? t.Answers.SendAnswer(number) : t.Answers.ChangeAnswer(number), CardVerbs.SubmitAnswer, data, style: ActionStyle.Positive)));
            if (personal && view.OwnAnswer is not null)
            {
                body.Add(AdaptiveCard.ActionRow(AdaptiveCard.Execute(t.Answers.DeleteMyAnswer(number), CardVerbs.DeleteAnswer, data, validateInputs: false)));
            }
        }
        else if (!round.IsOpen)
        {
            body.Add(AdaptiveCard.Text(t.Answers.RoundClosedNote, weight: TextWeight.Bolder, spacing: Spacing.Medium));
        }

        if (view.Error is not null && ownAnswer is not null)
        {
            body.Add(ownAnswer);
        }

        if (personal && view.OwnAnswer is not null && round.IsOpen && round.CurrentQuestion?.Id == question.Id && round.HasNextQuestion && !view.CanSteer)
        {
            body.Add(AdaptiveCard.Text(t.Answers.LiveWaiting, subtle: true, spacing: Spacing.Small));
        }

        if (view.OthersAnswers is { } others)
        {
            body.Add(AdaptiveCard.Text(t.Answers.OthersAnswersHeading, weight: TextWeight.Bolder, spacing: Spacing.Large, size: TextSize.Medium));
            if (others.Count == 0)
            {
                body.Add(AdaptiveCard.Text(t.Answers.NoOtherAnswers, subtle: true));
            }

            // The results the card unfolds take their room from everyone's answers, so the message stays under 80 KB.
            var results = Presentations.PresentationCards.ShowOnQuestionCard(round, number, t);
            var shown = NewestThatFit(others, round.Anonymous, t, MaxOthersAnswersBytes - (results is null ? 0 : AdaptiveCard.SizeInBytes(results)));
            body.AddRange(shown);
            if (shown.Count < others.Count)
            {
                body.Add(AdaptiveCard.Text(round.Anonymous ? t.Answers.OthersAnswersShownUnordered(shown.Count, others.Count) : t.Answers.OthersAnswersShown(shown.Count, others.Count), subtle: true, spacing: Spacing.Medium));
            }
        }

        if (round.IsOpen && round.ShowOthersAnswers && view.OthersAnswers is null)
        {
            body.Add(AdaptiveCard.ActionRow(AdaptiveCard.Execute(t.Answers.ShowOthersAnswers(number), CardVerbs.ShowAnswers, data, validateInputs: false)));
        }

        body.Add(Presentations.PresentationCards.ShowOnQuestionCard(round, number, t));
        body.Add(AdaptiveCard.ActionRow(AdaptiveCard.Execute(t.Answers.Refresh(number), CardVerbs.RefreshQuestion, data, validateInputs: false)));

        var isCurrentLive = round.Mode == RoundMode.Live && round.CurrentQuestion?.Id == question.Id;
        if (round.IsOpen && isCurrentLive && round.HasNextQuestion && (!personal || view.CanSteer))
        {
            body.Add(AdaptiveCard.ActionRow(AdaptiveCard.Execute(t.Answers.NextQuestion(number + 1, round.Questions.Count), CardVerbs.NextQuestion, new RoundActionData(round.Id), validateInputs: false)));
        }

        var refresh = AdaptiveCard.Refresh(CardVerbs.RefreshQuestion, data, round.RefreshUserIds);
        return new CardMessage(AdaptiveCard.Create(body, refresh: refresh), $"{t.Answers.QuestionHeading(number, round.Questions.Count)}: {question.Text.In(language)}");
    }

    private static JsonObject? OwnAnswerBlock(Round round, QuestionView view, Texts t, TimeZoneInfo zone) => view.OwnAnswer is not { } own
        ? null
        : AdaptiveCard.Container(
            [
                AdaptiveCard.Text(t.Answers.YourAnswer, weight: TextWeight.Bolder),
                AdaptiveCard.Text(AdaptiveCard.TypedText(own.Text), spacing: Spacing.Small),
                AdaptiveCard.Text(round.Anonymous ? t.Answers.YourAnswerSavedOn(AnswerTimes.FormatDate(own.UpdatedAt, t.Language)) : t.Answers.YourAnswerSaved(UserTime.FormatTime(own.UpdatedAt, zone)), subtle: true, size: TextSize.Small, spacing: Spacing.Small),
            ],
            style: ContainerStyle.Good,
            spacing: Spacing.Medium);

    /// <summary>
    /// Everyone's answers, oldest first, as many of the newest as fit in <see cref="MaxOthersAnswersBytes"/>: with
    /// many long answers the card would pass Teams' message limit. Every answer is in the summary. Anonymous
    /// answers come in an order that says nothing about when they came (<see cref="AnswerOrder.Anonymous"/>).
    /// </summary>
    private static List<JsonObject> NewestThatFit(IReadOnlyList<Answer> others, bool anonymous, Texts t, int budget)
    {
        var shown = new List<JsonObject>();
        var size = 0;
        foreach (var answer in anonymous ? AnswerOrder.Anonymous(others).Reverse() : others.OrderByDescending(a => a.AnsweredAt))
        {
            var author = anonymous ? t.Answers.AnonymousAuthor : AdaptiveCard.TypedLine(answer.AuthorName);
            var block = AdaptiveCard.Text($"**{(author.Length == 0 ? "?" : author)}**: {AdaptiveCard.TypedText(answer.Text)}", spacing: Spacing.Small);
            size += AdaptiveCard.SizeInBytes(block);
            if (size > budget) break;
            shown.Add(block);
        }

        shown.Reverse();
        return shown;
    }

    /// <summary>
    /// A refused answer stays in the box so that nothing typed is lost; only what no Teams client sends (far over the
    /// input's limit, from a forged request) is cut, so the card stays within Teams' message size.
    /// </summary>
    private static string? KeptInTheBox(string? rejected) =>
        rejected is { Length: > 2 * AnswerRules.MaxLength } ? rejected[..(2 * AnswerRules.MaxLength)] : rejected;

    /// <summary>Room for everyone's answers on one person's card (UTF-16 bytes, as Teams counts); with the rest of the card the message stays under 80 KB.</summary>
    public const int MaxOthersAnswersBytes = 44 * 1024;

    private static int IndexOf(Round round, RoundQuestion question)
    {
        for (var i = 0; i < round.Questions.Count; i++)
        {
            if (round.Questions[i].Id == question.Id) return i;
        }

        return 0;
    }
}
