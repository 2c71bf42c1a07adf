using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Setup;
using SampleRounds = BarnrattsResan.Testing.SampleRounds;

namespace BarnrattsResan.Bot.Tests.Presentations;

/// <summary>The results a facilitator types on the setup card or the edit form: what is taken, and what is refused with which message.</summary>
public sealed class PresentationRulesTests
{
    private static PresentationInput Input(string? text, params (string? Title, string? Url)[] links) => new(text, links);

    [Fact]
    public void BlankFieldsMeanNoResultsAndNoProblem()
    {
        var (results, errors) = PresentationRules.Validate(Input("  \u200B \n ", ("", " "), (null, null)), Texts.For(Language.Swedish));

        Assert.Empty(errors);
        Assert.True(results!.IsEmpty);
    }

    [Fact]
    public void TheTextIsKeptAsTypedWithItsParagraphsAndTheLinksInOrder()
    {
        var typed = "Vi har nått målet om **barnråd**.\r\n\r\nAlla chefer är utbildade.";

        var (results, errors) = PresentationRules.Validate(
            Input(typed, ("Slutrapporten", "https://intranat.kommunen.se/barnrattsresan/slutrapport.pdf"), (null, null), ("Bilderna", " https://kommunen.se/bilder?x=1&y=(2) ")),
            Texts.For(Language.Swedish));

        Assert.Empty(errors);
        Assert.Equal("Vi har nått målet om **barnråd**.\n\nAlla chefer är utbildade.", results!.Text);
        Assert.Equal(["Slutrapporten", "Bilderna"], results.Links.Select(l => l.Title));
        Assert.Equal("https://kommunen.se/bilder?x=1&y=(2)", results.Links[1].Url);
    }

    [Fact]
    public void ATextOfTheMaximumLengthIsTakenAndOneCharacterMoreIsRefusedWithBothLengths()
    {
        var longest = new string('å', PresentationRules.MaxPresentationLength);

        Assert.Empty(PresentationRules.Validate(Input(longest), Texts.For(Language.Swedish)).Errors);
        var (results, errors) = PresentationRules.Validate(Input(longest + "x"), Texts.For(Language.Swedish));

        Assert.Null(results);
        Assert.Equal(Texts.For(Language.Swedish).Presentations.ErrorPresentationTooLong(max: 2000, actual: 2001), Assert.Single(errors));
    }

    [Theory]
    [InlineData("http://kommunen.se/rapport")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://kommunen.se/rapport")]
    [InlineData("www.kommunen.se/rapport")]
    [InlineData("/sites/barnratt/rapport")]
    [InlineData("https://")]
    [InlineData("https://anna:hemligt@kommunen.se/rapport")]
    [InlineData("https://kommunen.se/min rapport")]
    [InlineData("https://kommunen.se/\"onmouseover=\"x")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///C:/rapport.pdf")]
    public void OnlyAFullHttpsAddressIsTaken(string url)
    {
        var (results, errors) = PresentationRules.Validate(Input("Text", (null, null), ("Rapporten", url)), Texts.For(Language.Swedish));

        Assert.Null(results);
        Assert.Equal(Texts.For(Language.Swedish).Presentations.ErrorLinkNotHttps(2), Assert.Single(errors));
    }

    [Fact]
    public void EveryProblemIsReportedAtOnceInTheUsersLanguage()
    {
        var input = Input(
            null,
            ("", "https://kommunen.se/a"),
            (new string('x', PresentationRules.MaxLinkTitleLength + 1), ""),
            ("Rapporten", "https://kommunen.se/" + new string('a', PresentationRules.MaxUrlLength)));

        var swedish = PresentationRules.Validate(input, Texts.For(Language.Swedish)).Errors;
        var english = PresentationRules.Validate(input, Texts.For(Language.English)).Errors;

        Assert.Equal(
            [
                Texts.For(Language.Swedish).Presentations.ErrorLinkTitleMissing(1),
                Texts.For(Language.Swedish).Presentations.ErrorLinkTitleTooLong(2, max: 40),
                Texts.For(Language.Swedish).Presentations.ErrorLinkUrlMissing(2),
                Texts.For(Language.Swedish).Presentations.ErrorLinkUrlTooLong(3, max: 500),
            ],
            swedish);
        Assert.Equal(Texts.For(Language.English).Presentations.ErrorLinkTitleMissing(1), english[0]);
    }

    [Fact]
    public void TwoLinksWithTheSameTextAreRefused()
    {
        var (results, errors) = PresentationRules.Validate(Input(null, ("Rapporten", "https://a.se/1"), ("rapporten", "https://a.se/2")), Texts.For(Language.Swedish));

        Assert.Null(results);
        Assert.Equal(Texts.For(Language.Swedish).Presentations.ErrorLinkTitlesAlike, Assert.Single(errors));
    }

    [Fact]
    public void ASetupWithABadLinkCreatesNoRoundAndSaysWhy()
    {
        var input = new SetupInput("Förankring", ["presentera-resultatet"], null, DateTimeInput.Parse("2026-12-03", "13:00"), DateTimeInput.Empty, [], [], false, false, RoundMode.AllAtOnce)
        {
            Results = Input("Vi nådde målen.", ("Rapporten", "http://kommunen.se/rapport")),
        };

        var (draft, errors) = RoundSetupValidator.Validate(input, SampleRounds.Catalog, new Dictionary<string, Conversations.Person>(), Stockholm, Now, Texts.For(Language.English));

        Assert.Null(draft);
        Assert.Equal(Texts.For(Language.English).Presentations.ErrorLinkNotHttps(1), Assert.Single(errors));
    }

    [Fact]
    public void AValidSetupCarriesTheResultsIntoTheDraft()
    {
        var input = new SetupInput("Förankring", ["presentera-resultatet"], null, DateTimeInput.Parse("2026-12-03", "13:00"), DateTimeInput.Empty, [], [], false, false, RoundMode.AllAtOnce)
        {
            Results = Input("Vi nådde målen.", ("Rapporten", "https://kommunen.se/rapport")),
        };

        var (draft, errors) = RoundSetupValidator.Validate(input, SampleRounds.Catalog, new Dictionary<string, Conversations.Person>(), Stockholm, Now, Texts.For(Language.Swedish));

        Assert.Empty(errors);
        Assert.Equal("Vi nådde målen.", draft!.Results.Text);
        Assert.Equal(new ResultLink("Rapporten", "https://kommunen.se/rapport"), Assert.Single(draft.Results.Links));
    }

    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Stockholm = UserTime.FindZone("Europe/Stockholm");
}
