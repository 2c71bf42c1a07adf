using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Help;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Notes;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Bot.Tests.Infrastructure;

namespace BarnrattsResan.Bot.Tests.Rounds;

/// <summary>The whole journey in a team channel, through the real adapter over HTTP, as colleagues would live it.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class JourneyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task StartGivesTheFacilitatorASetupCardWithTheDefaultQuestionSetsAndTheMembers()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);

        var setup = await channel.SetupCardAsync();
        var text = CardText.Of(setup);

        Assert.Contains(Texts.For(Language.Swedish).Rounds.SetupTitle, text);
        Assert.Contains("Presentera resultatet av Barnrättsresan (3)", text);
        Assert.Contains("Utvärdera ert barnrättsarbete (3)", text);
        Assert.Equal("presentera-resultatet,utvardera-barnrattsarbetet", CardText.Input(setup, "sets")!["value"]!.GetValue<string>());
        Assert.Contains("Karin Processledare", text);
        Assert.Contains("Anna Åberg", text);
        Assert.Equal(new[] { Texts.For(Language.Swedish).Rounds.SetupSubmit }, CardText.ActionTitles(setup));
    }

    [Fact]
    public async Task ARoundPostsTheIntroductionAndEveryQuestionInTheThread()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);

        var confirmation = await channel.StartRoundAsync();

        Assert.Contains(Texts.For(Language.Swedish).Rounds.RoundCreatedTitle("Förankring på förskoleförvaltningen"), CardText.Of(confirmation));
        Assert.Contains("onsdag 2 december 2026 kl. 13:00", CardText.Of(confirmation)); // default: a day before the meeting
        var posted = channel.Connector.CardsIn(channel.Activities.ThreadConversationId);
        Assert.Contains("Nu är det dags att förankra resultatet", posted[1].Text);
        Assert.Contains("Förbered dig inför mötet med arbetsgruppen", posted[1].Text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(posted[1].Text, "Nu är det dags att förankra resultatet"));
        Assert.Contains("- Vilka mål har vi uppnått?\n- Inom vilka utvecklingsområden har vi inte nått ända fram?", posted[1].Text);
        var questions = channel.QuestionCards();
        Assert.Equal(6, questions.Count);
        Assert.Contains("Vilka mål har vi uppnått?", CardText.Of(questions[0]));
        Assert.Contains("Inom vilka utvecklingsområden har vi inte nått ända fram?", CardText.Of(questions[1]));
        Assert.Contains("Hur kan vi säkerställa att vi framöver har ett systematiskt barnrättsarbete i vår verksamhet?", CardText.Of(questions[5]));
        Assert.All(questions, q => Assert.Contains(Texts.For(Language.Swedish).Answers.AnswerCount(0), CardText.Of(q)));
    }

    [Fact]
    public async Task AColleagueSeesTheirSavedAnswerAndCanChangeItWhileEveryoneSeesTheCount()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        var question = channel.QuestionCards()[0];

        // Saving shows the colleague what was saved; the count is the shared card's (and their own card's on refresh).
        var annas = await channel.AnswerAsync(channel.Anna, question, "Vi har fått barnkonventionen in i nämndens mål.");
        Assert.Contains(Texts.For(Language.Swedish).Answers.YourAnswer, CardText.Of(annas));
        Assert.Contains("Vi har fått barnkonventionen in i nämndens mål.", CardText.Of(annas));
        Assert.DoesNotContain(Texts.For(Language.Swedish).Answers.AnswerCount(1), CardText.Of(annas));
        Assert.Contains(Texts.For(Language.Swedish).Answers.ChangeAnswer(1), CardText.ActionTitles(annas));
        Assert.Contains(Texts.For(Language.Swedish).Answers.AnswerCount(1), CardText.Of(channel.QuestionCards()[0]));

        var changed = await channel.AnswerAsync(channel.Anna, annas, "Barnkonventionen finns nu i alla nämndmål.");
        Assert.Contains("Barnkonventionen finns nu i alla nämndmål.", CardText.Of(changed));
        Assert.DoesNotContain("Vi har fått barnkonventionen in i nämndens mål.", CardText.Of(changed));
        Assert.Contains(Texts.For(Language.Swedish).Answers.AnswerCount(1), CardText.Of(channel.QuestionCards()[0]));
        var annasRefreshed = await channel.App.InvokeAsync(channel.Activities.Click(channel.Anna, changed, CardVerbs.RefreshQuestion));
        Assert.Contains(Texts.For(Language.Swedish).Answers.AnswerCount(1), CardText.Of(annasRefreshed));
        Assert.Contains("Barnkonventionen finns nu i alla nämndmål.", CardText.Of(annasRefreshed));

        var eriks = await channel.AnswerAsync(channel.Erik, question, "Fler barn har fått komma till tals.");
        Assert.Contains(Texts.For(Language.Swedish).Answers.YourAnswer, CardText.Of(eriks));
        Assert.DoesNotContain("Barnkonventionen finns nu", CardText.Of(eriks));
        Assert.Contains(Texts.For(Language.Swedish).Answers.AnswerCount(2), CardText.Of(channel.QuestionCards()[0]));
        var eriksRefreshed = await channel.App.InvokeAsync(channel.Activities.Click(channel.Erik, eriks, CardVerbs.RefreshQuestion));
        Assert.Contains(Texts.For(Language.Swedish).Answers.AnswerCount(2), CardText.Of(eriksRefreshed));
    }

    [Fact]
    public async Task TheFacilitatorsSummaryShowsEveryAnswerUnderTheRightNameInTheThreadAndToTheGroupLead()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync();
        var questions = channel.QuestionCards();
        await channel.AnswerAsync(channel.Anna, questions[0], "Annas svar om målen");
        await channel.AnswerAsync(channel.Erik, questions[0], "Eriks svar om målen");
        await channel.AnswerAsync(channel.Sara, questions[3], "Saras svar om styrkorna");

        var replies = await channel.SayAndDeliverAsync(channel.Facilitator, "sammanfatta");

        var inThread = replies.Where(r => r.ConversationId == channel.Activities.ThreadConversationId && r.Text.Contains(Texts.For(Language.Swedish).Summaries.SummaryTitle("Förankring på förskoleförvaltningen"))).ToArray();
        var summary = Assert.Single(inThread).Text;
        Assert.Contains(Texts.For(Language.Swedish).Summaries.SummaryParticipation(people: 3, answers: 3, questions: 6), summary);
        Assert.Matches("Anna Åberg\\s+Annas svar om målen", summary);
        Assert.Matches("Erik Öst\\s+Eriks svar om målen", summary);
        Assert.Matches("Sara Ek\\s+Saras svar om styrkorna", summary);
        Assert.True(summary.IndexOf("Eriks svar om målen", StringComparison.Ordinal) < summary.IndexOf("Saras svar om styrkorna", StringComparison.Ordinal));
        Assert.Contains("Förbered dig inför mötet med arbetsgruppen", summary);

        // The summary and, after it, the offer of the notes as a Word document each open (or find) the lead's 1:1 chat.
        var created = replies.First(r => r.Kind == "createConversation");
        Assert.All(replies.Where(r => r.Kind == "createConversation"), c => Assert.Equal(channel.Lead.Id, c.Activity["members"]![0]!["id"]!.GetValue<string>()));
        var toLead = Assert.Single(replies, r => r.ConversationId == created.ConversationId && r.Card is not null);
        // The thread's copy ends with the buttons for the notes as files; the lead's copy is the same without them (the lead gets the file offered).
        var noteButtons = $"{Texts.For(Language.Swedish).Notes.NotesGet(NoteKind.Word)}\n{Texts.For(Language.Swedish).Notes.NotesGet(NoteKind.Excel)}\n";
        Assert.EndsWith("\n" + noteButtons, summary, StringComparison.Ordinal);
        Assert.Equal(Texts.For(Language.Swedish).Summaries.SummaryForLead("Förankring på förskoleförvaltningen") + "\n" + summary[..^noteButtons.Length], toLead.Text);
        Assert.Contains(replies, r => r.Text.Contains(Texts.For(Language.Swedish).Summaries.SummaryOnItsWay(leads: 1)));
    }

    [Fact]
    public async Task AnAnonymousRoundsSummaryAndStorageHoldNoNames()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(("anonymous", "true"));
        var question = channel.QuestionCards()[0];
        await channel.AnswerAsync(channel.Anna, question, "Ett anonymt svar");
        await channel.AnswerAsync(channel.Erik, question, "Ett annat anonymt svar");

        var replies = await channel.SayAndDeliverAsync(channel.Facilitator, "sammanfatta");

        var summary = replies.First(r => r.Text.Contains(Texts.For(Language.Swedish).Summaries.SummaryTitle("Förankring på förskoleförvaltningen"))).Text;
        Assert.Contains("Ett anonymt svar", summary);
        Assert.Contains("Ett annat anonymt svar", summary);
        Assert.Contains(Texts.For(Language.Swedish).Summaries.SummaryAnonymous, summary);
        Assert.DoesNotContain("Anna", summary);
        Assert.DoesNotContain("Erik", summary);

        var tables = await channel.TablesAsync();
        await foreach (var entity in tables.Answers.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            var all = string.Join(" ", entity.Select(kv => $"{kv.Key}={kv.Value}"));
            Assert.DoesNotContain("Anna", all);
            Assert.DoesNotContain(channel.Anna.AadObjectId, all);
            Assert.DoesNotContain(channel.Anna.Id, all);
        }
    }

    [Fact]
    public async Task GreetsOnceWhenAddedToATeam()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);

        await channel.App.PostAsync(channel.Activities.BotInstalled(channel.Facilitator));
        await channel.App.PostAsync(channel.Activities.BotInstalled(channel.Facilitator));

        var greeting = Assert.Single(channel.Connector.Sent);
        Assert.Contains(Texts.For(Language.Swedish).Help.Greeting("Barnrättsresan"), greeting.Text);

        await channel.App.PostAsync(channel.Activities.InstalledPersonally(channel.Lead));
        var personal = channel.Connector.Sent[^1];
        Assert.Equal("a:1on1-" + channel.Lead.Id, personal.ConversationId);
        Assert.Contains(Texts.For(Language.Swedish).Help.GreetingPersonal("Barnrättsresan"), personal.Text);
    }
}
