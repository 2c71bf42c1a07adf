using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.History;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Planning;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;
using static BarnrattsResan.EndToEnd.Tests.CardQuality.GallerySamples;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>The gallery's cards of reminders, planned starts and history (including a summary beside the last round's answers).</summary>
internal static class PlanningAndHistoryGallery
{
    public static IEnumerable<GalleryCard> Cards()
    {
        var sv = Texts.For(Language.Swedish);
        var round = Round() with { Reminders = true };
        yield return new("reminder-personal", "A personal reminder in a colleague's 1:1 chat", ReminderCards.Personal(round, 4));
        yield return new("reminder-personal-english", "A personal reminder in English", ReminderCards.Personal(Round(language: Language.English) with { Reminders = true }, 1));
        yield return new("reminder-thread", "The reminder in the round's thread, without names", ReminderCards.InThread(round, 17));
        yield return new("notice-reminders-off", "Reminders turned off from the reminder", NoticeCard.Create(sv.Planning.RemindersTurnedOff(round.Title)), CardDelivery.InvokeResponse);
        yield return new("notice-remind-sent", "`påminn` done", NoticeCard.Create(sv.Planning.RemindSent(round.Title, UserTime.Format(round.SummaryDueAt, Stockholm, Language.Swedish))));

        var planned = round with { StartsAt = Now.AddDays(3) };
        yield return new("planned", "Confirmation of a round planned to start later, with its cancel button", PlanningCards.Planned(planned, sv, Stockholm), CardDelivery.InvokeResponse);
        yield return new("status-planned", "Status of a planned round", PlanningCards.PlannedStatus(planned, sv, Stockholm));

        var earlier = new[]
        {
            Round(state: RoundState.Closed) with { Id = "0000000000000000000000000000000c", Title = "Förankring hösten 2025", CreatedAt = Now.AddDays(-360), StartsAt = null },
            Round(anonymous: true, state: RoundState.Closed) with { Id = "0000000000000000000000000000000d", Title = "Utvärdering i elevhälsan", CreatedAt = Now.AddDays(-200) },
            round with { Title = "Förankring hösten 2026" },
        }.OrderByDescending(r => r.CreatedAt).ToArray();
        yield return new("history", "`historik`: the channel's rounds, each with its summary button",
            HistoryCard.Create(earlier.Select((r, i) => new RoundHistoryEntry(r, 14 - (i * 3))).ToArray(), Catalog, sv, Stockholm, Now));

        var now = Round(state: RoundState.Closed);
        var before = Round(state: RoundState.Closed) with { Id = "0000000000000000000000000000000c", Title = "Förankring hösten 2025" };
        var answersNow = Answers(now, 7, 180);
        var answersBefore = Answers(before, 21, 240).ToArray();
        var comparison = now.Questions.Take(2).ToDictionary(
            q => q.Id,
            q => new EarlierAnswers(before.Title, Now.AddDays(-360), 12, answersBefore.Where(a => a.QuestionId == q.Id).ToArray(), ShowNames: true));
        var parts = SummaryCards.Build(SummaryCompiler.Compile(now, answersNow, Now), Catalog, sv, Stockholm, earlier: comparison);
        yield return new("summary-comparison", "Summary beside the answers of the last round that asked the same questions", parts[0]);
    }
}
