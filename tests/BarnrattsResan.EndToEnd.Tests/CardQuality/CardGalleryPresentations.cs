using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Setup;
using BarnrattsResan.Bot.Summaries;
using static BarnrattsResan.EndToEnd.Tests.CardQuality.GallerySamples;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>The gallery's cards with the results presented: introduction, question cards, summary, setup and the edit form, with their worst cases.</summary>
internal static partial class CardGallery
{
    /// <summary>What a förskolechef in the working group might paste: three short paragraphs and the final report.</summary>
    public static Round WithResults(Round round) => round with
    {
        ResultsText = round.Language == Language.English
            ? "We have reached three of our four goals: the children's council meets every other week, and every unit asks the children before changing routines.\nWe did not get all the way with documenting the children's views.\nThe training on the best interests of the child made the biggest difference."
            : "Vi har nått tre av våra fyra mål: barnrådet träffas varannan vecka, och alla avdelningar frågar barnen innan rutiner ändras.\nVi har inte nått ända fram med att dokumentera barnens åsikter.\nUtbildningen om barnets bästa är det som har gjort störst skillnad.",
        ResultsLinks =
        [
            new ResultLink(round.Language == Language.English ? "Final report" : "Slutrapporten", "https://intranat.solrosen.se/barnrattsresan/slutrapport-2026.pdf"),
            new ResultLink(round.Language == Language.English ? "Action plan" : "Handlingsplanen", "https://intranat.solrosen.se/barnrattsresan/handlingsplan"),
        ],
    };

    /// <summary>The longest results the rules let through: 2,000 characters in paragraphs, three links with 40-character titles and 500-character addresses.</summary>
    public static Round WithLongestResults(Round round) => round with
    {
        ResultsText = AnswerText(PresentationRules.MaxPresentationLength, 2),
        ResultsLinks = Enumerable.Range(1, PresentationRules.MaxLinks)
            .Select(n => new ResultLink($"Länk {n}: " + new string('ö', PresentationRules.MaxLinkTitleLength - 9), "https://intranat.solrosen.se/" + new string((char)('a' + n), PresentationRules.MaxUrlLength - 29)))
            .ToArray(),
    };

    private static IEnumerable<GalleryCard> PresentationCardsOf()
    {
        var sv = Texts.For(Language.Swedish);
        yield return new("introduction-results", "Introduction with the results presented before the questions, the links as buttons",
            RoundCards.Introduction(WithResults(Round()), Catalog));
        yield return new("introduction-results-english", "Introduction with the results, in English",
            RoundCards.Introduction(WithResults(Round(language: Language.English)), Catalog));
        yield return new("introduction-results-longest", "Introduction with the longest results allowed (2,000 characters, three links)",
            RoundCards.Introduction(WithLongestResults(Round()), Catalog));

        var round = WithLongestResults(Round());
        yield return new("question-results", "Question as posted, with \"Visa resultatet\" unfolding the longest results in place",
            QuestionCard.Shared(round, round.Questions[0], 3));
        var saved = AnswerTo(round, round.Questions[0], 7, AnswerText(AnswerRules.MaxLength, 3));
        var others = Enumerable.Range(0, 82).Select(i => AnswerTo(round, round.Questions[0], 20 + i, AnswerText(AnswerRules.MaxLength, i))).ToArray();
        yield return new("question-others-many-results", "Everyone's answers (82 of 4,000 characters) on a card with the longest results",
            QuestionCard.Personal(round, round.Questions[0], 83, new QuestionView(saved, OthersAnswers: others), sv, Stockholm), CardDelivery.InvokeResponse);

        var small = WithResults(Round());
        foreach (var (card, i) in SummaryCards.Build(SummaryCompiler.Compile(small, Answers(small, 14, 260).Take(13).ToArray(), Now), Catalog, sv, Stockholm).Select((c, i) => (c, i)))
        {
            yield return new($"summary-results{(i == 0 ? "" : $"-{i + 1}")}", "Summary with the results at the top and the next moment at the end", card);
        }

        var large = WithLongestResults(Round(state: RoundState.Closed));
        var parts = SummaryCards.Build(SummaryCompiler.Compile(large, Answers(large, 500, AnswerRules.MaxLength), Now), Catalog, sv, Stockholm);
        yield return new("summary-500-results-part-1", $"500 answers with the longest results, part 1 of {parts.Count}", parts[0]);
        yield return new($"summary-500-results-part-{parts.Count}", $"500 answers with the longest results, the last part ({parts.Count}) with the next moment", parts[^1]);

        var members = Members(12);
        var bad = SetupInput.Empty with
        {
            Title = "Förankring",
            Sets = ["presentera-resultatet"],
            Meeting = DateTimeInput.Parse("2026-12-03", "13:00"),
            Results = new PresentationInput(
                AnswerText(PresentationRules.MaxPresentationLength + 1),
                [("", "https://intranat.solrosen.se/rapport"), ("Handlingsplanen", "http://intranat.solrosen.se/plan"), ("Bilderna", "")]),
        };
        var (_, errors) = RoundSetupValidator.Validate(bad, Catalog, members.ToDictionary(m => m.Id), Stockholm, Now, sv);
        yield return new("setup-results-errors", $"Setup card with the results refused ({errors.Count} problems), the values kept",
            SetupCard.Create(RoundId, Facilitator, Catalog, members, bad, errors, Stockholm, Now, sv), CardDelivery.InvokeResponse);

        var open = WithResults(Round());
        yield return new("results-edit", "The facilitator corrects the results (the form replaces the introduction for them)",
            PresentationCards.EditForm(open, PresentationInput.Of(open.Results), [], sv), CardDelivery.InvokeResponse);
        var (_, editErrors) = PresentationRules.Validate(bad.Results, Texts.For(Language.English));
        yield return new("results-edit-errors-english", "The correction refused, in English",
            PresentationCards.EditForm(Round(language: Language.English), bad.Results, editErrors, Texts.For(Language.English)), CardDelivery.InvokeResponse);
    }
}
