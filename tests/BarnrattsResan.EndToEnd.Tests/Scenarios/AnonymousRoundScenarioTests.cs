using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.EndToEnd.Tests.Infrastructure;
using static BarnrattsResan.EndToEnd.Tests.Scenarios.RoundSteps;
using static BarnrattsResan.EndToEnd.Tests.Scenarios.ScenarioWorld;

namespace BarnrattsResan.EndToEnd.Tests.Scenarios;

/// <summary>Issue 4: an anonymous round; colleagues are told their name is not kept, and the summary shows no names.</summary>
[Collection(PlaygroundScenarios.Name)]
public sealed class AnonymousRoundScenarioTests(SwedishPlaygroundTeam team) : IClassFixture<SwedishPlaygroundTeam>
{
    private const string Title = "Anonym runda om barnrättsarbetet";
    private const string BertilAnswer = "Vi behöver mer tid för att fråga barnen.";
    private const string CeciliaAnswer = "Rutinen för barnkonsekvensanalyser fungerar bra.";

    [PlaygroundFact]
    public async Task An_anonymous_rounds_summary_shows_the_answers_without_any_names()
    {
        var people = await team.ClientsAsync(Anna, Bertil, Cecilia);
        var (anna, bertil, cecilia) = (people[0], people[1], people[2]);

        var setup = await RoundSteps.FillSetupAsync(anna, Channel, new RoundChoices(Title, [Anna.Name], Anonymous: true));
        await RoundSteps.StartAsync(setup, Title);
        var introduction = await anna.WaitForLastCardAsync(Sv.Rounds.IntroductionHowTo(RoundMode.AllAtOnce, anonymous: true, showOthers: false));
        Shows.Text(await introduction.ReadTextAsync(), Title, "Anna (introduction)");
        await RoundSteps.WaitForQuestionAsync(anna, Title, 6);

        var bertilsCard = await ChannelFanOut.ShowCardAsync(anna, bertil, Channel, QuestionHeading(2), "Inom vilka utvecklingsområden");
        Shows.Text(await bertilsCard.ReadTextAsync(), Sv.Answers.AnonymousNote, "Bertil");
        var bertilSees = await RoundSteps.AnswerAsync(bertilsCard, BertilAnswer);
        Shows.Text(bertilSees, Sv.Answers.YourAnswer, "Bertil");
        // The date the answer was saved is today's by the real clock: the sentence up to it.
        Shows.Text(bertilSees, Before(Sv.Answers.YourAnswerSavedOn), "Bertil");

        var ceciliasCard = await ChannelFanOut.ShowCardAsync(anna, cecilia, Channel, QuestionHeading(2), "Inom vilka utvecklingsområden");
        var ceciliaSees = await RoundSteps.AnswerAsync(ceciliasCard, CeciliaAnswer);
        Shows.Text(ceciliaSees, Sv.Answers.YourAnswer, "Cecilia");

        // Everyone's count is on the shared card in the thread.
        await anna.OpenChannelAsync(Channel);
        var second = await anna.WaitForLastCardAsync($"{Title} · {QuestionHeading(2)}");
        await Eventually.ContainsAsync(second.ReadTextAsync, Sv.Answers.AnswerCount(2), "Anna's shared card of question 2");
        var summary = await RoundSteps.SayAsync(anna, "sammanfatta", Sv.Summaries.SummaryTitle(Title));
        var summaryText = await summary.ReadTextAsync();
        Shows.Text(summaryText, Sv.Summaries.SummaryAnonymous, "Anna (summary)");
        Shows.Text(summaryText, Sv.Summaries.SummaryParticipation(people: 2, answers: 2, questions: QuestionCount), "Anna (summary)");
        Shows.Text(summaryText, BertilAnswer, "Anna (summary)");
        Shows.Text(summaryText, CeciliaAnswer, "Anna (summary)");
        // The facts at the top name the facilitator and who receives the summary; nobody who answered is named
        // anywhere, and the answers carry no name at all.
        foreach (var respondent in new[] { Bertil, Cecilia })
        {
            Shows.NotText(summaryText, respondent.GivenName, "Anna (anonymous summary)");
            Shows.NotText(summaryText, respondent.Surname, "Anna (anonymous summary)");
        }

        var answers = summaryText[summaryText.IndexOf(Sv.Summaries.SummaryAnonymous, StringComparison.Ordinal)..];
        foreach (var person in ScenarioWorld.World.People)
        {
            Shows.NotText(answers, person.GivenName, "Anna (the anonymous summary's answers)");
        }

        await ScenarioPictures.SaveAsync(anna, "07-anonymous-summary", summary.Root);
    }
}
