using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Planning;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;
using BarnrattsResan.Bot.Setup;
using SampleRounds = BarnrattsResan.Testing.SampleRounds;

namespace BarnrattsResan.Bot.Tests.Setup;

/// <summary>
/// The setup card's form: what <see cref="SetupCard"/> writes into its inputs comes back, submitted under those
/// inputs' ids as Teams sends them, as the same values from <see cref="SetupForm.Read"/>; a value of each kind that is
/// not well formed is read as missing and refused with the form's message.
/// </summary>
public sealed class SetupFormTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Stockholm = UserTime.FindZone("Europe/Stockholm");
    private static readonly BarnrattsResan.Bot.Localization.Texts T = Language.Swedish.Texts();
    private static readonly Person Anna = new("anna", "Anna", "29:anna");
    private static readonly Person Karin = new("karin", "Karin", "29:karin");
    private static readonly Person Sara = new("sara", "Sara", "29:sara");

    private static readonly SetupInput Filled = new(
        "Förankring",
        ["presentera-resultatet", "utvardera-barnrattsarbetet"],
        "Vad tar vi med oss?\nVem gör vad?",
        DateTimeInput.Of(new DateOnly(2026, 12, 3), new TimeOnly(13, 0)),
        DateTimeInput.Of(new DateOnly(2026, 12, 2), new TimeOnly(9, 30)),
        ["karin"],
        ["sara"],
        Anonymous: true,
        ShowOthers: true,
        RoundMode.Live)
    {
        Planning = new PlanningInput(false, DateTimeInput.Of(new DateOnly(2026, 11, 30), new TimeOnly(8, 0))),
        Results = new PresentationInput("Vi nådde målen.", [("Rapporten", "https://kommunen.se/rapport"), (null, null), (null, null)]),
    };

    [Fact]
    public void WhatTheCardWritesComesBackAsTheSameValues()
    {
        var read = SetupForm.Read(Submit(Inputs(Card(Filled))));

        Assert.Equal(Filled.Title, read.Title);
        Assert.Equal(Filled.Sets, read.Sets);
        Assert.Equal(Filled.OwnQuestions, read.OwnQuestions);
        Assert.Equal(Filled.Meeting, read.Meeting);
        Assert.Equal(Filled.Due, read.Due);
        Assert.Equal(Filled.Leads, read.Leads);
        Assert.Equal(Filled.CoFacilitators, read.CoFacilitators);
        Assert.True(read.Anonymous);
        Assert.True(read.ShowOthers);
        Assert.Equal(RoundMode.Live, read.Mode);
        Assert.Equal(Filled.Planning, read.Planning);
        Assert.Equal(Filled.Results.Text, read.Results.Text);
        Assert.Equal(("Rapporten", "https://kommunen.se/rapport"), read.Results.Link(1));
    }

    [Fact]
    public void TheOppositeChoicesComeBackToo()
    {
        var input = Filled with { Anonymous = false, ShowOthers = false, Mode = RoundMode.AllAtOnce, Due = DateTimeInput.Empty, Planning = PlanningInput.Default };

        var read = SetupForm.Read(Submit(Inputs(Card(input))));

        Assert.False(read.Anonymous);
        Assert.False(read.ShowOthers);
        Assert.Equal(RoundMode.AllAtOnce, read.Mode);
        Assert.False(read.Due.Given);
        Assert.Equal(PlanningInput.Default, read.Planning);
    }

    [Fact]
    public void EveryInputOnTheCardHasItsOwnId()
    {
        var ids = InputElements(Card(Filled)).Select(i => (string)i["id"]!).ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Contains(SetupForm.TitleId, ids);
        Assert.Contains(SetupForm.ModeId, ids);
        Assert.Contains(PlanningInput.StartDateId, ids);
        Assert.Contains(PresentationInput.PresentationId, ids);
    }

    [Fact]
    public void AValidSubmissionCreatesTheRoundWithThoseValues()
    {
        var input = SetupForm.Read(Submit(Inputs(Card(Filled))));

        var (draft, errors) = RoundSetupValidator.Validate(input, SampleRounds.Catalog, Members(), Stockholm, Now, T);

        Assert.Empty(errors);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero), draft!.MeetingAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 8, 30, 0, TimeSpan.Zero), draft.SummaryDueAt);
        Assert.Equal("karin", Assert.Single(draft.GroupLeads).Id);
        Assert.Equal("sara", Assert.Single(draft.CoFacilitators).Id);
        Assert.Equal(RoundMode.Live, draft.Mode);
    }

    [Theory]
    [InlineData(SetupForm.MeetingDateId, "3 december")]
    [InlineData(SetupForm.MeetingDateId, "2026-02-30")]
    [InlineData(SetupForm.MeetingTimeId, "13.00")]
    [InlineData(SetupForm.MeetingTimeId, "25:00")]
    public void AMeetingThatIsNotADateAndTimeIsRefusedAsMissing(string id, string value)
    {
        var read = SetupForm.Read(Submit(Inputs(Card(Filled)), (id, value)));

        Assert.False(read.Meeting.IsComplete);
        Assert.Contains(T.Rounds.ErrorMeetingMissing, Errors(read));
    }

    [Theory]
    [InlineData(SetupForm.DueDateId, "imorgon")]
    [InlineData(SetupForm.DueTimeId, "nio")]
    public void ADueTimeThatIsNotADateAndTimeIsRefused(string id, string value)
    {
        var read = SetupForm.Read(Submit(Inputs(Card(Filled)), (id, value)));

        Assert.True(read.Due.Given);
        Assert.Contains(T.Rounds.ErrorDueInvalid, Errors(read));
    }

    [Theory]
    [InlineData(PlanningInput.StartDateId, "måndag")]
    [InlineData(PlanningInput.StartTimeId, "8")]
    public void AStartThatIsNotADateAndTimeIsRefused(string id, string value)
    {
        var read = SetupForm.Read(Submit(Inputs(Card(Filled)), (id, value)));

        var errors = new List<string>();
        Assert.Null(read.Planning.Validate(new DateTimeOffset(2026, 12, 2, 8, 30, 0, TimeSpan.Zero), Stockholm, Now, T, errors));
        Assert.Equal(T.Planning.ErrorStartInvalid, Assert.Single(errors));
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("1")]
    [InlineData("")]
    public void AToggleThatDoesNotSayTrueIsOff(string value)
    {
        var read = SetupForm.Read(Submit(Inputs(Card(Filled)), (SetupForm.AnonymousId, value), (SetupForm.ShowOthersId, value), (PlanningInput.RemindersId, value)));

        Assert.False(read.Anonymous);
        Assert.False(read.ShowOthers);
        Assert.False(read.Planning.Reminders);
    }

    [Fact]
    public void RemindersAreOnWhenTheCardSendsNoToggle()
    {
        var values = Inputs(Card(Filled));
        values.Remove(PlanningInput.RemindersId);

        Assert.True(SetupForm.Read(Submit(values)).Planning.Reminders);
    }

    [Theory]
    [InlineData("sometimes")]
    [InlineData("")]
    public void AModeTheCardDoesNotOfferMeansAllAtOnce(string value)
    {
        Assert.Equal(RoundMode.AllAtOnce, SetupForm.Read(Submit(Inputs(Card(Filled)), (SetupForm.ModeId, value))).Mode);
    }

    [Fact]
    public void ChoicesAreReadEachOnceWithoutBlanks()
    {
        var read = SetupForm.Read(Submit(Inputs(Card(Filled)), (SetupForm.SetsId, " presentera-resultatet, ,presentera-resultatet,finns-inte")));

        Assert.Equal(["presentera-resultatet", "finns-inte"], read.Sets);
        Assert.Contains(T.Rounds.ErrorUnknownSet("finns-inte"), Errors(read));
    }

    [Fact]
    public void NoSetTickedIsNoneChosenNotTheDefaults()
    {
        var values = Inputs(Card(Filled));
        values.Remove(SetupForm.SetsId);

        var read = SetupForm.Read(Submit(values, (SetupForm.OwnQuestionsId, "")));

        Assert.Empty(read.Sets!);
        Assert.Contains(T.Rounds.ErrorNoQuestions, Errors(read));
    }

    [Fact]
    public void ARefusedCardShowsTheValuesAgainThatTheFormCouldRead()
    {
        var read = SetupForm.Read(Submit(Inputs(Card(Filled)), (SetupForm.MeetingDateId, "inte ett datum"), (SetupForm.DueTimeId, "09:45:00")));

        var shown = Inputs(Card(read));

        // A meeting date that is not one is replaced by the card's default (a week from today); the rest is kept.
        Assert.Equal("2026-12-02", shown[SetupForm.MeetingDateId]);
        Assert.Equal("13:00", shown[SetupForm.MeetingTimeId]);
        Assert.Equal("09:45", shown[SetupForm.DueTimeId]);
        Assert.Equal("Förankring", shown[SetupForm.TitleId]);
    }

    private static Dictionary<string, Person> Members() => new[] { Anna, Karin, Sara }.ToDictionary(m => m.Id);

    private static IReadOnlyList<string> Errors(SetupInput input) =>
        RoundSetupValidator.Validate(input, SampleRounds.Catalog, Members(), Stockholm, Now, T).Errors;

    private static JsonObject Card(SetupInput input) =>
        SetupCard.Create(new string('a', 32), Anna, SampleRounds.Catalog, [Anna, Karin, Sara], input, [], Stockholm, Now, T).Card;

    private static IEnumerable<JsonObject> InputElements(JsonNode node) => node switch
    {
        JsonObject o when ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true => [o],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : InputElements(p.Value)),
        JsonArray a => a.SelectMany(n => n is null ? [] : InputElements(n)),
        _ => [],
    };

    /// <summary>What Teams sends for the card as it is shown: each input's value under its id (an empty input sends nothing).</summary>
    private static Dictionary<string, string> Inputs(JsonObject card) =>
        InputElements(card).Where(i => i["value"] is not null).ToDictionary(i => (string)i["id"]!, i => (string)i["value"]!);

    /// <summary>The button's data with the inputs' values merged in, as Teams does; <paramref name="changed"/> as if the person typed them.</summary>
    private static CardAction Submit(Dictionary<string, string> values, params (string Id, string Value)[] changed)
    {
        var data = new JsonObject { ["roundId"] = new string('a', 32), ["requesterId"] = Anna.Id };
        foreach (var (id, value) in values) data[id] = value;
        foreach (var (id, value) in changed) data[id] = value;
        return new CardAction(CardVerbs.CreateRound, data);
    }
}
