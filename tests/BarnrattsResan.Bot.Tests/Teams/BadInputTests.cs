using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Help;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Tests.Infrastructure;

namespace BarnrattsResan.Bot.Tests.Teams;

/// <summary>Bad input gets a clear message and stores nothing; malformed requests get 4xx, never 500.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class BadInputTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AnEmptyAnswerIsRefusedInTheCardAndNothingIsStored()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();

        var card = await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], "   ");

        Assert.Contains(Texts.For(Language.Swedish).Answers.ErrorAnswerEmpty, CardText.Of(card));
        Assert.Contains(Texts.For(Language.Swedish).Answers.AnswerCount(0), CardText.Of(card));
        Assert.Equal(0, await CountAnswersAsync(channel));
    }

    [Fact]
    public async Task AnAnswerOver4000CharactersIsRefusedKeptInTheBoxAndNotStored()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        var tooLong = new string('å', 4001);

        var card = await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], tooLong);

        Assert.Contains(Texts.For(Language.Swedish).Answers.ErrorAnswerTooLong(max: 4000, actual: 4001), CardText.Of(card));
        Assert.Equal(tooLong, CardText.Input(card, "answer")!["value"]!.GetValue<string>());
        Assert.Equal(0, await CountAnswersAsync(channel));

        var exactly = await channel.AnswerAsync(channel.Anna, channel.QuestionCards()[0], new string('å', 4000));
        Assert.Contains(Texts.For(Language.Swedish).Answers.YourAnswer, CardText.Of(exactly));
        Assert.Equal(1, await CountAnswersAsync(channel));
    }

    [Fact]
    public async Task CardDataNamingAnUnknownRoundIsRefusedAndNothingIsStored()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();

        var forged = new JsonObject { ["roundId"] = new string('a', 32), ["questionId"] = "uppnadda-mal", ["answer"] = "Hej" };
        var card = await channel.App.InvokeAsync(channel.Activities.Execute(channel.Anna, CardVerbs.SubmitAnswer, forged));
        Assert.Contains(Texts.For(Language.Swedish).UnknownRound, CardText.Of(card));

        var garbage = new JsonObject { ["roundId"] = "../../etc", ["questionId"] = 42, ["answer"] = new JsonArray() };
        card = await channel.App.InvokeAsync(channel.Activities.Execute(channel.Anna, CardVerbs.SubmitAnswer, garbage));
        Assert.Contains(Texts.For(Language.Swedish).UnknownRound, CardText.Of(card));
        Assert.Equal(0, await CountAnswersAsync(channel));
    }

    [Fact]
    public async Task ARoundOfAnotherConversationCannotBeAnsweredFromHere()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        var question = channel.QuestionCards()[0];
        var data = CardText.Action(question, CardVerbs.SubmitAnswer)!["data"]!.DeepClone().AsObject();
        data["answer"] = "Ett svar från fel kanal";

        var otherChannel = $"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1";
        var card = await channel.App.InvokeAsync(channel.Activities.Execute(channel.Anna, CardVerbs.SubmitAnswer, data, otherChannel));

        Assert.Contains(Texts.For(Language.Swedish).UnknownRound, CardText.Of(card));
        Assert.Equal(0, await CountAnswersAsync(channel));
    }

    [Fact]
    public async Task AClosedRoundRefusesAnswersAndKeepsTheSavedOne()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        var question = channel.QuestionCards()[0];
        await channel.AnswerAsync(channel.Anna, question, "Första svaret");
        await channel.SayAsync(channel.Facilitator, "avsluta");

        var card = await channel.AnswerAsync(channel.Anna, question, "Ett sent svar");

        Assert.Contains(Texts.For(Language.Swedish).Answers.RoundIsClosed, CardText.Of(card));
        Assert.Contains("Första svaret", CardText.Of(card));
        Assert.DoesNotContain(Texts.For(Language.Swedish).Answers.SendAnswer(1), CardText.ActionTitles(card));
        Assert.Equal(1, await CountAnswersAsync(channel));
    }

    [Fact]
    public async Task AnUnknownCommandGetsTheHelpCard()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);

        var reply = Assert.Single(await channel.SayAsync(channel.Anna, "gör en kaka"));

        Assert.Contains(Texts.For(Language.Swedish).Help.HelpUnknownCommand("gör en kaka"), reply.Text);
        Assert.Contains("sammanfatta", reply.Text);
        Assert.Contains("metoder", reply.Text);
    }

    [Fact]
    public async Task ASetupWithAMeetingInThePastIsShownAgainWithTheProblemAndNoRoundIsCreated()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);

        var card = await channel.StartRoundAsync(("meetingDate", "2026-11-01"), ("title", " "));

        var text = CardText.Of(card);
        Assert.Contains(Texts.For(Language.Swedish).Rounds.SetupErrorsTitle, text);
        Assert.Contains(Texts.For(Language.Swedish).Rounds.ErrorMeetingInPast, text);
        Assert.Contains(Texts.For(Language.Swedish).Rounds.ErrorTitleMissing, text);
        Assert.Equal("2026-11-01", CardText.Input(card, "meetingDate")!["value"]!.GetValue<string>());
        Assert.Empty(channel.QuestionCards());
        var tables = await channel.TablesAsync();
        Assert.Empty(await tables.Rounds.QueryAsync<Azure.Data.Tables.TableEntity>().ToListAsync());
    }

    [Fact]
    public async Task OnlyThePersonWhoAskedCanSubmitTheSetupCard()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        var setup = await channel.SetupCardAsync();

        var card = await channel.App.InvokeAsync(channel.Activities.Click(channel.Erik, setup, CardVerbs.CreateRound, ("meetingDate", "2026-12-03"), ("meetingTime", "13:00")));

        Assert.Contains(Texts.For(Language.Swedish).Rounds.SetupOnlyRequester("Maria Lind"), CardText.Of(card));
        Assert.Empty(channel.QuestionCards());
    }

    [Fact]
    public async Task ADoubleClickedSetupCreatesOneRound()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        var setup = await channel.SetupCardAsync();
        var click = channel.Activities.Click(channel.Facilitator, setup, CardVerbs.CreateRound, ("title", "Runda"), ("sets", "presentera-resultatet"), ("meetingDate", "2026-12-03"), ("meetingTime", "13:00"));

        await Task.WhenAll(channel.App.InvokeAsync(click), channel.App.InvokeAsync(click.DeepClone().AsObject()));
        await channel.DeliverAsync();

        Assert.Equal(3, channel.QuestionCards().Count);
        var tables = await channel.TablesAsync();
        Assert.Single(await tables.Rounds.QueryAsync<Azure.Data.Tables.TableEntity>().ToListAsync());
    }

    [Fact]
    public async Task ASetupWhosePostsFailForAWhileIsFinishedByTheOutboxAndARetriedClickPostsNothingTwice()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        var setup = await channel.SetupCardAsync();
        var click = channel.Activities.Click(channel.Facilitator, setup, CardVerbs.CreateRound, ("title", "Runda"), ("sets", "presentera-resultatet"), ("meetingDate", "2026-12-03"), ("meetingTime", "13:00"));
        var posted = 0;
        channel.Connector.Refuse = _ => ++posted > 2; // the introduction and the first question get through, then Teams fails

        var started = await channel.App.InvokeAsync(click);
        Assert.Contains(Texts.For(Language.Swedish).Rounds.RoundCreatedTitle("Runda"), CardText.Of(started));
        await channel.RunClockUntilAsync(() => channel.Connector.Requests.Count(r => r.Status == 503) >= 2);
        Assert.Single(channel.QuestionCards());

        // Teams retries the click while the outbox is still trying; then Teams is back.
        var retried = await channel.App.InvokeAsync(click.DeepClone().AsObject());
        channel.Connector.Refuse = null;
        await channel.DeliverAsync();

        Assert.Contains(Texts.For(Language.Swedish).Rounds.RoundCreatedTitle("Runda"), CardText.Of(retried));
        var questions = channel.QuestionCards();
        Assert.Equal(3, questions.Count);
        Assert.Equal(3, questions.Select(CardText.Of).Distinct().Count());
        Assert.Single(channel.Connector.Sent, s => s.Text.Contains("Nu är det dags att förankra resultatet"));
    }

    [Theory]
    [InlineData("{not json", "application/json")]
    [InlineData("[]", "application/json")]
    [InlineData("{}", "application/json")]
    [InlineData("{\"type\":\"message\",\"text\":\"hej\"}", "application/json")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"http://x\",\"conversation\":\"oops\",\"from\":{\"id\":\"1\"}}", "application/json")]
    [InlineData("{\"type\":\"invoke\",\"serviceUrl\":\"http://x\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"1\"},\"value\":\"x\"}", "application/json")]
    [InlineData("type=message", "application/x-www-form-urlencoded")]
    public async Task AMalformedRequestGetsA4xxNeverA500(string body, string contentType)
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);

        var response = await channel.App.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, contentType));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Empty(channel.Connector.Sent);
    }

    [Fact]
    public async Task AnInvokeWithAnUnknownVerbGets400()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);

        var response = await channel.App.PostAsync(channel.Activities.Execute(channel.Anna, "something.else", []));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(400, JsonNode.Parse(body)!["statusCode"]!.GetValue<int>());
    }

    private static Task<int> CountAnswersAsync(TeamChannel channel) => channel.StoredAnswerCountAsync();
}
