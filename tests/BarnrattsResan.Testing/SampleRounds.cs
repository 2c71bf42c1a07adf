using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Testing;

/// <summary>
/// The one sample round of the tests and the benchmarks, built from the real question catalog: the step 4C default
/// question sets in a channel thread, meeting on 3 December 2026. A suite that needs other data (the card
/// gallery's realistic colleagues, the benchmark's dates) changes this round with <c>with</c>, so a new required
/// property of <see cref="Round"/> is added here once.
/// </summary>
internal static class SampleRounds
{
    public static readonly QuestionCatalog Catalog = QuestionCatalog.LoadEmbedded();

    /// <summary>Every question of the catalog's default sets, as a round asks them.</summary>
    public static IReadOnlyList<RoundQuestion> DefaultQuestions { get; } =
        Catalog.AllSets.Where(s => s.IsDefault).SelectMany(s => s.Questions.Select(q => new RoundQuestion(q.Id, s.Id, q.Text))).ToArray();

    public static Round Create(RoundMode mode = RoundMode.AllAtOnce, bool anonymous = false, Language language = Language.Swedish)
    {
        var thread = new ConversationAddress("msteams", "https://smba.example/", "19:abc@thread.tacv2;messageid=1", ConversationKind.Channel, "tenant", "28:bot", "Barnrättsresan");
        return new Round
        {
            ConversationKey = thread.Key,
            Id = RoundIds.New(),
            Title = "Förankring",
            Language = language,
            TimeZoneId = "Europe/Stockholm",
            Facilitator = new Person("facilitator", "Maria Lind"),
            CoFacilitators = [new Person("co", "Sara Ek")],
            GroupLeads = [new Person("lead", "Karin")],
            Anonymous = anonymous,
            Mode = mode,
            Questions = DefaultQuestions,
            MomentId = "4C",
            MeetingAt = new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero),
            SummaryDueAt = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero),
            CreatedAt = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero),
            Thread = thread,
            AnonymitySalt = RoundIds.NewSalt(),
        };
    }
}
