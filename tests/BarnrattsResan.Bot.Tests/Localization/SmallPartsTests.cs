using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Tests.Localization;

public sealed class SmallPartsTests
{
    [Theory]
    [InlineData("starta", nameof(CommandKind.Start))]
    [InlineData("  Start! ", nameof(CommandKind.Start))]
    [InlineData("SAMMANFATTA nu", nameof(CommandKind.Summary))]
    [InlineData("summary", nameof(CommandKind.Summary))]
    [InlineData("nästa", nameof(CommandKind.Next))]
    [InlineData("öppna", nameof(CommandKind.Reopen))]
    [InlineData("avsluta", nameof(CommandKind.Close))]
    [InlineData("metoder", nameof(CommandKind.Methods))]
    [InlineData("hjälp", nameof(CommandKind.Help))]
    [InlineData("", nameof(CommandKind.Help))]
    [InlineData("baka bullar", nameof(CommandKind.Unknown))]
    public void CommandsAreUnderstoodInSwedishAndEnglish(string text, string expected) =>
        Assert.Equal(Enum.Parse<CommandKind>(expected), CommandParser.Parse(text).Kind);

    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1700000000001")]
    [InlineData("a:1Hk/Q?#\\x%20\u00e5")]
    public void ConversationKeysAreSafeTableKeysAndAThreadBelongsToItsChannel(string conversationId)
    {
        var key = ConversationKey.For("tenant", conversationId);

        Assert.DoesNotContain(key.Value, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        Assert.Equal(ConversationKey.For("tenant", ConversationKey.ChannelOf(conversationId)), key);
        Assert.NotEqual(ConversationKey.For("other-tenant", conversationId), key);
    }

    [Fact]
    public void TimesAreShownInTheUsersTimeZoneAndLanguage()
    {
        var instant = new DateTimeOffset(2026, 7, 1, 11, 0, 0, TimeSpan.Zero);
        var zone = UserTime.FindZone("Europe/Stockholm");

        Assert.Equal("onsdag 1 juli 2026 kl. 13:00", UserTime.Format(instant, zone, Language.Swedish));
        Assert.Equal("Wednesday 1 July 2026 at 13:00", UserTime.Format(instant, zone, Language.English));
    }

    [Fact]
    public void AWallClockTimeSkippedByDaylightSavingMovesForward()
    {
        var zone = UserTime.FindZone("Europe/Stockholm");

        var instant = UserTime.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), zone);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void AnUnknownTimeZoneFallsBackToStockholm() =>
        Assert.Equal(UserTime.FindZone("Europe/Stockholm").Id, UserTime.FindZone("Mars/Olympus").Id);

    [Fact]
    public void EnglishLocalesGetEnglishAndEverythingElseSwedish()
    {
        Assert.Equal(Language.English, Languages.FromLocale("en-US"));
        Assert.Equal(Language.English, Languages.FromLocale("en-GB"));
        Assert.Equal(Language.Swedish, Languages.FromLocale("sv-SE"));
        Assert.Equal(Language.Swedish, Languages.FromLocale("fi-FI"));
        Assert.Equal(Language.Swedish, Languages.FromLocale(null));
    }
}
