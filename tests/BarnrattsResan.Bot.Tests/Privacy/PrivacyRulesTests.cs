using System.Text;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Privacy;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Tests.Privacy;

/// <summary>The rules behind retention, erasure and anonymity that need no storage to check.</summary>
public sealed class PrivacyRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ClosingAnAnonymousRoundForItsSummarySealsItInTheSameChange()
    {
        var closed = SampleRounds.Create(anonymous: true).CloseForSummary(Now).Round!;

        Assert.Equal(RoundState.Closed, closed.State);
        Assert.Equal(Now, closed.ClosedAt);
        Assert.True(closed.IsSealed);
        Assert.Equal(RoundRefusal.AnonymousSealed, closed.Reopen().Refusal);
        Assert.Equal(RoundRefusal.AlreadyClosed, closed.CloseForSummary(Now).Refusal);
    }

    [Fact]
    public void AnAnonymousRoundClosedByHandIsSealedWhenItsSummaryFallsDueAndANamedOneIsLeftAsItIs()
    {
        var closedByHand = SampleRounds.Create(anonymous: true).Close(Now.AddHours(-1)).Round!;
        Assert.False(closedByHand.IsSealed);
        var sealedRound = closedByHand.CloseForSummary(Now).Round!;
        Assert.True(sealedRound.IsSealed);
        Assert.Equal(Now.AddHours(-1), sealedRound.ClosedAt);

        var named = SampleRounds.Create().CloseForSummary(Now).Round!;
        Assert.Equal(RoundState.Closed, named.State);
        Assert.NotEmpty(named.AnonymitySalt);
        Assert.True(named.Reopen().Succeeded);
        Assert.Equal(RoundRefusal.AlreadyClosed, named.CloseForSummary(Now).Refusal);
    }

    [Fact]
    public void AParticipantKeyDependsOnTheSecretTheRoundAndTheSalt()
    {
        var round = SampleRounds.Create(anonymous: true);
        var secret = Encoding.UTF8.GetBytes("the first secret, thirty-two bytes long at least");
        var keys = new ParticipantKeys(secret);
        var key = keys.For(round, "anna");

        Assert.Equal(key, keys.For(round, "anna"));
        Assert.Equal(32, key.Length);
        Assert.NotEqual(key, keys.For(round, "erik"));
        Assert.NotEqual(key, new ParticipantKeys(Encoding.UTF8.GetBytes("another secret, thirty-two bytes long at least")).For(round, "anna"));
        Assert.NotEqual(key, keys.For(round with { Id = RoundIds.New() }, "anna"));
        Assert.NotEqual(key, keys.For(round.SealAnonymity(), "anna"));
        Assert.Throws<ArgumentException>(() => new ParticipantKeys(new byte[16]));
    }

    [Theory]
    [InlineData("radera", nameof(CommandKind.Delete))]
    [InlineData("Radera rundan", nameof(CommandKind.Delete))]
    [InlineData("delete", nameof(CommandKind.Delete))]
    [InlineData("radera mina svar", nameof(CommandKind.DeleteMyAnswers))]
    [InlineData("  Radera   MINA svar! ", nameof(CommandKind.DeleteMyAnswers))]
    [InlineData("ta bort mina svar", nameof(CommandKind.DeleteMyAnswers))]
    [InlineData("delete my answers", nameof(CommandKind.DeleteMyAnswers))]
    [InlineData("radera mina svar, tack", nameof(CommandKind.DeleteMyAnswers))]
    [InlineData("radera minasvar", nameof(CommandKind.Delete))]
    public void TheDeleteCommandsAreRecognised(string text, string kind) => Assert.Equal(Enum.Parse<CommandKind>(kind), CommandParser.Parse(text).Kind);

    [Fact]
    public void TheAnonymityKeyMustBeLongEnoughAndTheDevelopmentKeyOnlyServesDevelopment()
    {
        Assert.Contains("is not set", Assert.Single(new PrivacyOptions().Problems(isDevelopment: true)));
        Assert.Contains("at least 32 bytes", Assert.Single(new PrivacyOptions { AnonymityKey = Convert.ToBase64String(new byte[31]) }.Problems(isDevelopment: true)));
        Assert.Contains("at least 32 bytes", Assert.Single(new PrivacyOptions { AnonymityKey = "not base64!" }.Problems(isDevelopment: true)));
        Assert.Empty(new PrivacyOptions { AnonymityKey = PrivacyOptions.DevelopmentKey }.Problems(isDevelopment: true));
        Assert.Contains("public development key", Assert.Single(new PrivacyOptions { AnonymityKey = PrivacyOptions.DevelopmentKey }.Problems(isDevelopment: false)));
        Assert.Empty(new PrivacyOptions { AnonymityKey = Convert.ToBase64String(new byte[32]) }.Problems(isDevelopment: false));
    }

    [Fact]
    public void AnAnonymousAnswerIsStampedWithTheDateOfTheRoundsTimeZone()
    {
        var anonymous = SampleRounds.Create(anonymous: true);
        var lateEvening = new DateTimeOffset(2026, 11, 25, 23, 30, 0, TimeSpan.Zero); // 00:30 on 26 November in Stockholm

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), AnswerTimes.Stamp(anonymous, lateEvening));
        Assert.Equal(lateEvening, AnswerTimes.Stamp(SampleRounds.Create(), lateEvening));
    }
}
