using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.EndToEnd.Tests.Playground;

namespace BarnrattsResan.EndToEnd.Tests.Scenarios;

/// <summary>How the facilitator fills in the setup card.</summary>
public sealed record RoundChoices(string Title, IReadOnlyList<string> Leads, bool Anonymous = false, bool Live = false);

/// <summary>What people do in the Playground during a round, with the labels and buttons the Swedish cards show.</summary>
public static class RoundSteps
{
    public static string SetupTitle => Texts.For(Language.Swedish).Rounds.SetupTitle;
    public static string LeadsLabel => Texts.For(Language.Swedish).Rounds.SetupLeadsLabel;
    public static string AllAtOnce => Texts.For(Language.Swedish).Rounds.SetupModeAllAtOnce;
    public static string OneAtATime => Texts.For(Language.Swedish).Rounds.SetupModeLive;

    /// <summary>The bot's Swedish texts: the scenarios' channels and people speak Swedish.</summary>
    internal static Texts Sv => Texts.For(Language.Swedish);

    /// <summary>How many questions a round started from the setup card asks: the default question sets, as the bot builds the round.</summary>
    internal static int QuestionCount => SampleRounds.DefaultQuestions.Count;

    /// <summary>The heading of question <paramref name="number"/> in its card and its notification ("Fråga 2 av 6").</summary>
    internal static string QuestionHeading(int number) => Sv.Answers.QuestionHeading(number, QuestionCount);

    /// <summary>
    /// Where a sentence ends in a real-clock date or time the test cannot know: the sentence up to that placeholder.
    /// <paramref name="sentence"/> is called with a marker in the placeholder's place.
    /// </summary>
    internal static string Before(Func<string, string> sentence)
    {
        const string marker = "\u0001";
        var text = sentence(marker);
        var end = text.IndexOf(marker, StringComparison.Ordinal);
        return end < 0 ? throw new InvalidOperationException($"The sentence has no placeholder: {text}") : text[..end];
    }

    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>Two weeks from today in Stockholm, by the real clock: the bot refuses meetings in the past.</summary>
    public static DateOnly MeetingDate =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Stockholm).Date).AddDays(14);

    public static readonly TimeOnly MeetingTime = new(13, 0);

    /// <summary>The facilitator mentions the bot with <c>starta</c> in <paramref name="channel"/> and fills in the setup card (not yet sent).</summary>
    public static async Task<AdaptiveCardView> FillSetupAsync(PlaygroundClient facilitator, string channel, RoundChoices choices)
    {
        await facilitator.OpenChannelAsync(channel);
        await facilitator.PostMentioningBotAsync("starta");
        var setup = await facilitator.WaitForLastCardAsync(SetupTitle);
        await setup.FillTextAsync(Texts.For(Language.Swedish).Rounds.SetupTitleLabel, choices.Title);
        await setup.FillDateAsync(Texts.For(Language.Swedish).Rounds.SetupMeetingDateLabel, MeetingDate);
        await setup.FillTimeAsync(Texts.For(Language.Swedish).Rounds.SetupMeetingTimeLabel, MeetingTime);
        await setup.SelectChoicesAsync(LeadsLabel, [.. choices.Leads]);
        await setup.SetToggleAsync(Texts.For(Language.Swedish).Rounds.SetupAnonymousTitle, choices.Anonymous);
        await setup.SelectChoicesAsync(Texts.For(Language.Swedish).Rounds.SetupModeLabel, choices.Live ? OneAtATime : AllAtOnce);
        return setup;
    }

    /// <summary>"Starta rundan": returns the confirmation that replaces the setup card.</summary>
    public static async Task<string> StartAsync(AdaptiveCardView setup, string title)
    {
        var confirmation = await (await setup.ClickActionAndWaitForReplacementAsync(Texts.For(Language.Swedish).Rounds.SetupSubmit)).ReadTextAsync();
        Assert.Contains(Texts.For(Language.Swedish).Rounds.RoundCreatedTitle(title), confirmation, StringComparison.Ordinal);
        return confirmation;
    }

    /// <summary>Waits until the open channel shows question <paramref name="number"/> of the round titled <paramref name="title"/>.</summary>
    public static Task<AdaptiveCardView> WaitForQuestionAsync(PlaygroundClient client, string title, int number) =>
        client.WaitForLastCardAsync($"{title} · {QuestionHeading(number)}");

    /// <summary>The visible text of every question card of the round in the open channel, in order.</summary>
    public static async Task<IReadOnlyList<string>> QuestionCardTextsAsync(PlaygroundClient client, string title) =>
        (await client.ReadAllCardTextsAsync()).Where(t => NumberIn(t, $"{title} · ") is not null).ToList();

    /// <summary>
    /// A colleague writes <paramref name="answer"/> in a question card and clicks <paramref name="button"/> (by default
    /// "Skicka svar på fråga N", N read from the card); returns what their card shows then.
    /// </summary>
    public static async Task<string> AnswerAsync(AdaptiveCardView card, string answer, string? button = null)
    {
        var n = NumberIn(await card.ReadTextAsync(), " · ") ?? throw new InvalidOperationException("The card is not a question card.");
        button ??= Texts.For(Language.Swedish).Answers.SendAnswer(n);

        // Typed like a person (click, select all, type): a relayed card's first input was not taken from a programmatic fill.
        var box = card.Root.GetByRole(Microsoft.Playwright.AriaRole.Textbox, new() { Name = Texts.For(Language.Swedish).Answers.AnswerLabel(n) });
        await box.ClickAsync();
        await box.PressAsync("Control+A");
        await box.PressSequentiallyAsync(answer);
        return await (await card.ClickActionAndWaitForReplacementAsync(button)).ReadTextAsync();
    }

    /// <summary>
    /// Mentions the bot with <paramref name="command"/> in the open channel and returns the new card that shows
    /// <paramref name="expected"/>. The Playground lists the newest post first, so the new card is the first one.
    /// </summary>
    public static Task<AdaptiveCardView> SayAsync(PlaygroundClient client, string command, string expected) =>
        NewCardAsync(client, expected, () => client.PostMentioningBotAsync(command));

    /// <summary>Does <paramref name="action"/> and waits until one more card showing <paramref name="expected"/> is in the open conversation; returns the first (newest) such card.</summary>
    public static async Task<AdaptiveCardView> NewCardAsync(PlaygroundClient client, string expected, Func<Task> action, TimeSpan? timeout = null)
    {
        var matching = client.CardLocator.Filter(new() { HasText = expected });
        var before = await matching.CountAsync();
        await action();
        var deadline = DateTime.UtcNow + (timeout ?? PlaygroundClient.DefaultTimeout);
        while (await matching.CountAsync() <= before)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No new card showing \"{expected}\" appeared for {client.User.Name}.\n{client.DescribeTraffic()}");
            }

            await Task.Delay(100);
        }

        var texts = await client.CardLocator.AllInnerTextsAsync();
        var index = texts.Select((text, i) => (text, i)).First(t => t.text.Contains(expected, StringComparison.Ordinal)).i;
        return new AdaptiveCardView(client, client.CardLocator.Nth(index));
    }

    /// <summary>The number of the question whose heading (after <paramref name="before"/>) <paramref name="cardText"/> shows; null on any other card.</summary>
    private static int? NumberIn(string cardText, string before) =>
        Enumerable.Range(1, QuestionCount).Where(n => cardText.Contains(before + QuestionHeading(n), StringComparison.Ordinal)).Cast<int?>().FirstOrDefault();
}
