using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Help;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Setup;
using BarnrattsResan.Bot.Steering;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.EndToEnd.Tests.Infrastructure;
using static BarnrattsResan.EndToEnd.Tests.CardQuality.GallerySamples;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>
/// Whatever people type, Teams shows it as typed: every hostile text of <see cref="HostileText"/> is put in every
/// place a card shows typed text (round title, own question, answers, the presented results, the names of the facilitator, the group
/// leads and the authors, an unknown command) and rendered with the official renderer and Teams' Markdown in
/// Chromium. The text a reader sees equals what was typed, and no link, image, emphasis, list, heading, quote,
/// code or table appears that the same card with plain text ("Hej") does not have.
/// </summary>
public sealed class HostileTextRenderingTests(CardRendererFixture browser) : IClassFixture<CardRendererFixture>
{
    private const string Plain = "Hej";

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in HostileText.Corpus) data.Add(name);
        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(Names))]
    public async Task Typed_text_alone_in_a_text_block_and_a_fact_shows_exactly_as_typed(string name)
    {
        var typed = HostileText.Corpus.Single(c => c.Name == name).Text;
        var card = AdaptiveCard.Create(
        [
            AdaptiveCard.Text(AdaptiveCard.TypedText(typed)),
            AdaptiveCard.Facts([("Samtalsledare", AdaptiveCard.TypedText(typed))]),
        ]);

        await browser.Renderer.RenderAsync(card.ToWireJson(), TeamsTheme.Light);
        var content = await browser.Renderer.ContentAsync();

        // An empty text renders no block at all: find the fact's title, with the text before it and the value after it.
        var title = content.TextBlocks.ToList().IndexOf("Samtalsledare");
        Assert.InRange(title, 0, 1);
        Assert.Equal(HostileText.Visible(typed), HostileText.Visible(title == 1 ? content.TextBlocks[0] : string.Empty));
        Assert.Equal(HostileText.Visible(typed), HostileText.Visible(content.TextBlocks.Count > title + 1 ? content.TextBlocks[title + 1] : string.Empty));
        var formatting = content.Elements.Where(e => e.Value > 0 && e.Key != "table").Select(e => $"{e.Key}×{e.Value}").ToArray();
        Assert.True(formatting.Length == 0, $"'{name}' rendered as {string.Join(", ", formatting)}: {content.TextBlocks[0]}");
    }

    [BrowserTheory]
    [MemberData(nameof(Names))]
    public async Task Every_card_with_typed_text_shows_it_as_typed_and_no_formatting_of_its_own(string name)
    {
        var typed = HostileText.Corpus.Single(c => c.Name == name).Text;
        var hostile = CardsWith(typed);
        var plain = CardsWith(Plain);
        Assert.Equal(plain.Count, hostile.Count);

        for (var i = 0; i < hostile.Count; i++)
        {
            var (cardName, showsWhole, card) = hostile[i];
            await browser.Renderer.RenderAsync(card.Card.ToWireJson(), TeamsTheme.Light);
            var seen = await browser.Renderer.ContentAsync();
            await browser.Renderer.RenderAsync(plain[i].Message.Card.ToWireJson(), TeamsTheme.Light);
            var expected = await browser.Renderer.ContentAsync();

            var extra = CardRenderer.FormattingElements.Where(t => seen.Elements[t] != expected.Elements[t]).Select(t => $"{t}: {seen.Elements[t]} instead of {expected.Elements[t]}").ToArray();
            Assert.True(extra.Length == 0, $"'{name}' in the {cardName} card: {string.Join("; ", extra)}");
            Assert.Equal(0, seen.Elements["a"]);
            Assert.Equal(0, seen.Elements["img"]);
            if (showsWhole)
            {
                Assert.Contains(HostileText.Visible(typed), HostileText.Visible(seen.Text));
            }
        }
    }

    /// <summary>The cards that show typed text, with <paramref name="typed"/> in every such place; whether the card shows it whole (the unknown command is shortened).</summary>
    private static List<(string Name, bool ShowsWhole, CardMessage Message)> CardsWith(string typed)
    {
        var sv = Texts.For(Language.Swedish);
        var person = new Person("7c1d2e3f-0000-4000-8000-000000000001", typed, "29:hostile");
        var own = new RoundQuestion("egen-1", RoundQuestion.OwnSetId, LocalizedText.Same(typed));
        var round = Round() with
        {
            Title = typed,
            Facilitator = person,
            GroupLeads = [person],
            Questions = [.. Round().Questions.Take(1), own],
            ResultsText = typed,
        };
        var answer = new Answer(own.Id, "p1", typed, typed, Now.AddHours(-2), Now.AddHours(-1));
        var answers = new[] { answer, answer with { ParticipantKey = "p2" } };
        var summary = SummaryCards.Build(SummaryCompiler.Compile(round, answers, Now), Catalog, sv, Stockholm);
        var anonymous = round with { Anonymous = true };
        return
        [
            ("setup", true, SetupCard.Create(RoundId, person, Catalog, [person, Member(1)], SetupInput.Empty, [], Stockholm, Now, sv)),
            ("introduction", true, RoundCards.Introduction(round, Catalog)),
            ("created", true, RoundCards.Created(round, sv, Stockholm)),
            ("status", true, RoundCards.Status(round, new Dictionary<string, int> { [own.Id] = 2 }, 2, sv, Stockholm)),
            ("question, own answer", true, QuestionCard.Personal(round, own, 2, new QuestionView(answer), sv, Stockholm)),
            ("question, everyone's answers", true, QuestionCard.Personal(round, own, 2, new QuestionView(answer, OthersAnswers: answers), sv, Stockholm)),
            ("question, anonymous answers", true, QuestionCard.Personal(anonymous, own, 2, new QuestionView(OthersAnswers: answers), sv, Stockholm)),
            ("summary", true, summary[0]),
            ("summary for a lead", true, SummaryCards.ForLead(summary[0], round.Title, sv)),
            ("unknown command", typed.Length <= 57, HelpCard.Create(sv, typed)),
            ("refusal", true, SteeringReplies.For(new SteerResult(SteerStatus.NotAllowed, round), Bot.Routing.CommandKind.Close, sv, Stockholm, Now)),
            ("closed", true, SteeringReplies.For(new SteerResult(SteerStatus.Done, round), Bot.Routing.CommandKind.Close, sv, Stockholm, Now)),
        ];
    }
}
