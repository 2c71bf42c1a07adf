using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Tests.Domain;

/// <summary>Rounds for domain tests, built from the real question catalog.</summary>
public static class SampleRounds
{
    public static readonly QuestionCatalog Catalog = QuestionCatalog.LoadEmbedded();

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
            Questions = Catalog.AllSets.Where(s => s.IsDefault).SelectMany(s => s.Questions.Select(q => new RoundQuestion(q.Id, s.Id, q.Text))).ToArray(),
            MomentId = "4C",
            MeetingAt = new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero),
            SummaryDueAt = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero),
            CreatedAt = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero),
            Thread = thread,
            AnonymitySalt = RoundIds.NewSalt(),
        };
    }
}
