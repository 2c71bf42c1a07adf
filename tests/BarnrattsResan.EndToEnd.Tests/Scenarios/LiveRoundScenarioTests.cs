using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.EndToEnd.Tests.Infrastructure;
using static BarnrattsResan.EndToEnd.Tests.Scenarios.RoundSteps;
using static BarnrattsResan.EndToEnd.Tests.Scenarios.ScenarioWorld;

namespace BarnrattsResan.EndToEnd.Tests.Scenarios;

/// <summary>Issue 4, live mode: one question at a time; the facilitator moves on, a colleague who tries is refused.</summary>
[Collection(PlaygroundScenarios.Name)]
public sealed class LiveRoundScenarioTests(SwedishPlaygroundTeam team) : IClassFixture<SwedishPlaygroundTeam>
{
    private const string Title = "Arbetsplatsträff om Barnrättsresan";

    /// <summary>What a colleague who tries to steer the round is told, naming the facilitator.</summary>
    private static string Refusal => Sv.NotAllowed(Anna.Name);

    [PlaygroundFact]
    public async Task The_facilitator_advances_question_by_question_and_a_colleague_who_tries_is_refused()
    {
        var people = await team.ClientsAsync(Anna, Bertil);
        var (anna, bertil) = (people[0], people[1]);

        var setup = await RoundSteps.FillSetupAsync(anna, Channel, new RoundChoices(Title, [Anna.Name], Live: true));
        await RoundSteps.StartAsync(setup, Title);
        var first = await RoundSteps.WaitForQuestionAsync(anna, Title, 1);
        Shows.Text(await first.ReadTextAsync(), Sv.Answers.NextQuestion(2, QuestionCount), "Anna (question 1)");
        Assert.Single(await RoundSteps.QuestionCardTextsAsync(anna, Title));

        // Bertil sees question 1 with its "Nästa fråga" button; clicking it is refused in his card.
        var bertilsCard = await ChannelFanOut.ShowCardAsync(anna, bertil, Channel, QuestionHeading(1), "Vilka mål har vi uppnått?");
        var refusedInCard = await (await bertilsCard.ClickActionAndWaitForReplacementAsync(Sv.Answers.NextQuestion(2, QuestionCount))).ReadTextAsync();
        Shows.Text(refusedInCard, Refusal, "Bertil (card)");

        // ... and so is his "@Barnrättsresan nästa".
        var refused = await RoundSteps.SayAsync(bertil, "nästa", Refusal);
        await ScenarioPictures.SaveAsync(bertil, "09-refusal", refused.Root);
        Assert.Single(await RoundSteps.QuestionCardTextsAsync(anna, Title));

        // Anna clicks "Nästa fråga": question 2 comes. Then "@Barnrättsresan nästa": question 3.
        await anna.OpenChannelAsync(Channel);
        first = await RoundSteps.WaitForQuestionAsync(anna, Title, 1);
        await first.ClickActionAsync(Sv.Answers.NextQuestion(2, QuestionCount));
        await RoundSteps.WaitForQuestionAsync(anna, Title, 2);
        var advanced = await RoundSteps.SayAsync(anna, "nästa", Sv.Rounds.Advanced(3, QuestionCount));
        var third = await RoundSteps.WaitForQuestionAsync(anna, Title, 3);
        Shows.Text(await third.ReadTextAsync(), "Hur har våra genomförda aktiviteter bidragit?", "Anna (question 3)");
        var visible = await RoundSteps.QuestionCardTextsAsync(anna, Title);
        Assert.Equal(3, visible.Count);
        await ScenarioPictures.SaveAsync(anna, "08-live-next-question", (await RoundSteps.WaitForQuestionAsync(anna, Title, 2)).Root, third.Root);
        _ = advanced;
    }
}
