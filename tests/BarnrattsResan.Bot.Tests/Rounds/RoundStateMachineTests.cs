using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Tests.Rounds;

public sealed class RoundStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ALiveRoundShowsOneQuestionAtATimeAndStopsAtTheLast()
    {
        var round = SampleRounds.Create(RoundMode.Live);
        Assert.Single(round.VisibleQuestions);

        for (var i = 1; i < round.Questions.Count; i++)
        {
            round = round.Advance().Round!;
        }

        Assert.Equal(6, round.VisibleQuestions.Count());
        Assert.Equal(RoundRefusal.NoMoreQuestions, round.Advance().Refusal);
    }

    [Fact]
    public void AnAllAtOnceRoundShowsEverythingAndHasNoNextQuestion()
    {
        var round = SampleRounds.Create();

        Assert.Equal(6, round.VisibleQuestions.Count());
        Assert.Equal(RoundRefusal.NotLive, round.Advance().Refusal);
    }

    [Fact]
    public void AClosedRoundTakesNoAnswersCannotAdvanceAndCanBeReopened()
    {
        var closed = SampleRounds.Create(RoundMode.Live).Close(Now).Round!;

        Assert.False(closed.IsQuestionAnswerable(closed.Questions[0].Id));
        Assert.Equal(RoundRefusal.Closed, closed.Advance().Refusal);
        Assert.Equal(RoundRefusal.AlreadyClosed, closed.Close(Now).Refusal);
        Assert.Equal(Now, closed.ClosedAt);

        var reopened = closed.Reopen().Round!;
        Assert.True(reopened.IsQuestionAnswerable(reopened.Questions[0].Id));
        Assert.Equal(RoundRefusal.AlreadyOpen, reopened.Reopen().Refusal);
    }

    [Fact]
    public void AnAnonymousRoundSealedAfterItsSummaryCannotBeReopened()
    {
        var sealedRound = SampleRounds.Create(anonymous: true).Close(Now).Round!.SealAnonymity();

        Assert.True(sealedRound.IsSealed);
        Assert.Equal(string.Empty, sealedRound.AnonymitySalt);
        Assert.Equal(RoundRefusal.AnonymousSealed, sealedRound.Reopen().Refusal);

        var named = SampleRounds.Create().Close(Now).Round!.SealAnonymity();
        Assert.False(named.IsSealed);
        Assert.True(named.Reopen().Succeeded);
    }

    [Fact]
    public void InALiveRoundOnlyQuestionsReachedSoFarAreAnswerable()
    {
        var round = SampleRounds.Create(RoundMode.Live);

        Assert.True(round.IsQuestionAnswerable(round.Questions[0].Id));
        Assert.False(round.IsQuestionAnswerable(round.Questions[1].Id));
        Assert.False(round.IsQuestionAnswerable("no-such-question"));
    }

    [Fact]
    public void OnlyTheFacilitatorAndCoFacilitatorsSteer()
    {
        var round = SampleRounds.Create();

        Assert.True(round.CanBeSteeredBy("facilitator"));
        Assert.True(round.CanBeSteeredBy("co"));
        Assert.False(round.CanBeSteeredBy("lead"));
        Assert.False(round.CanBeSteeredBy(string.Empty));
    }
}
