using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Setup;

namespace BarnrattsResan.Bot.Tests.Setup;

public sealed class RoundSetupValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Stockholm = UserTime.FindZone("Europe/Stockholm");
    private static readonly Dictionary<string, Person> Members = new() { ["lead"] = new Person("lead", "Karin", "29:lead") };

    private static SetupInput Valid => new(
        "Förankring", ["presentera-resultatet", "utvardera-barnrattsarbetet"], null, DateTimeInput.Parse("2026-12-03", "13:00"), DateTimeInput.Empty, ["lead"], [], false, true, RoundMode.Live);

    [Fact]
    public void TheSummaryIsDueOneDayBeforeTheMeetingInTheUsersTimeZone()
    {
        var (draft, errors) = RoundSetupValidator.Validate(Valid, SampleRounds.Catalog, Members, Stockholm, Now, Language.Swedish.Texts());

        Assert.Empty(errors);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero), draft!.MeetingAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero), draft.SummaryDueAt);
        Assert.Equal(6, draft.Questions.Count);
        Assert.Equal(RoundMode.Live, draft.Mode);
        Assert.True(draft.ShowOthersAnswers);
        Assert.Equal("Karin", Assert.Single(draft.GroupLeads).Name);
    }

    [Fact]
    public void OwnQuestionsAreAddedAfterTheChosenSets()
    {
        var input = Valid with { Sets = ["presentera-resultatet"], OwnQuestions = "Vad tar vi med oss?\n\n  Vem gör vad härnäst?  " };

        var (draft, _) = RoundSetupValidator.Validate(input, SampleRounds.Catalog, Members, Stockholm, Now, Language.Swedish.Texts());

        Assert.Equal(5, draft!.Questions.Count);
        Assert.Equal("Vem gör vad härnäst?", draft.Questions[4].Text.Sv);
        Assert.Equal(RoundQuestion.OwnSetId, draft.Questions[4].SetId);
    }

    [Theory]
    [InlineData("", "presentera-resultatet", "2026-12-03", "13:00", null, null, "Skriv en rubrik för rundan.")]
    [InlineData("R", "", "2026-12-03", "13:00", null, null, "Välj minst en frågegrupp eller skriv en egen fråga.")]
    [InlineData("R", "finns-inte", "2026-12-03", "13:00", null, null, "Frågegruppen ”finns-inte” finns inte.")]
    [InlineData("R", "presentera-resultatet", "", "13:00", null, null, "Ange datum och tid för arbetsgruppens möte.")]
    [InlineData("R", "presentera-resultatet", "2026-11-20", "13:00", null, null, "Mötet måste ligga i framtiden.")]
    [InlineData("R", "presentera-resultatet", "2026-12-03", "13:00", "2026-12-04", "09:00", "Sammanfattningen måste skickas före mötet.")]
    [InlineData("R", "presentera-resultatet", "2026-12-03", "13:00", "2026-12-01", null, "Ange både datum och tid för sammanfattningen, eller lämna båda tomma.")]
    [InlineData("R", "presentera-resultatet", "2026-12-03", "13:00", "2026-11-24", "09:00", "Välj en tid i framtiden för sammanfattningen.")]
    public void ProblemsAreReportedClearly(string title, string sets, string date, string time, string? dueDate, string? dueTime, string expected)
    {
        var input = Valid with { Title = title, Sets = AdaptiveCard.Choices(sets), Meeting = DateTimeInput.Parse(date, time), Due = DateTimeInput.Parse(dueDate, dueTime) };

        var (draft, errors) = RoundSetupValidator.Validate(input, SampleRounds.Catalog, Members, Stockholm, Now, Language.Swedish.Texts());

        Assert.Null(draft);
        Assert.Contains(expected, errors);
    }

    [Fact]
    public void APersonNotInTheConversationCannotBeChosen()
    {
        var (draft, errors) = RoundSetupValidator.Validate(Valid with { Leads = ["lead", "stranger"], CoFacilitators = ["stranger"] }, SampleRounds.Catalog, Members, Stockholm, Now, Language.Swedish.Texts());

        Assert.Null(draft);
        Assert.Contains(Texts.For(Language.Swedish).Rounds.ErrorLeadNotInConversation, errors);
        Assert.Contains(Texts.For(Language.Swedish).Rounds.ErrorUnknownMember, errors);
    }

    [Fact]
    public void AMeetingTomorrowMorningGetsTheSummarySoonInstead()
    {
        var (draft, _) = RoundSetupValidator.Validate(Valid with { Meeting = DateTimeInput.Parse("2026-11-26", "08:00") }, SampleRounds.Catalog, Members, Stockholm, Now, Language.Swedish.Texts());

        Assert.True(draft!.SummaryDueAt > Now);
        Assert.True(draft.SummaryDueAt < draft.MeetingAt);
    }
}
