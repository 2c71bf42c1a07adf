using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Methods;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Tests.Infrastructure;

namespace BarnrattsResan.Bot.Tests.Presentations;

/// <summary>
/// The results presented before the questions, through the real adapter over HTTP: given on the setup card, shown in
/// the introduction, the question cards and the summary, refused when a link is not https, and corrected by those
/// who steer while the round is open, the posted introduction updated once per correction.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ResultsPresentationTests(AzuriteFixture azurite)
{
    private const string Presentation = "Vi har nått tre av fyra mål.\nAlla chefer har gått utbildningen om *barnets bästa*.";

    private static readonly (string, string)[] WithResults =
    [
        ("resultsPresentation", Presentation),
        ("resultsLink1Title", "Slutrapporten"),
        ("resultsLink1Url", "https://intranat.kommunen.se/barnrattsresan/slutrapport.pdf"),
    ];

    [Fact]
    public async Task TheColleaguesReadTheResultsBeforeTheQuestionsAndTheSummaryShowsThemAndWhatComesNext()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);

        await channel.StartRoundAsync(WithResults);

        var introduction = Introduction(channel);
        var text = CardText.Of(introduction);
        Assert.True(text.IndexOf(Texts.For(Language.Swedish).Presentations.ResultsHeading, StringComparison.Ordinal) < text.IndexOf("Vilka mål har vi uppnått?", StringComparison.Ordinal));
        Assert.Contains("Alla chefer har gått utbildningen om \\*barnets bästa\\*.", text);
        var link = Assert.Single(CardText.Actions(introduction), a => a["type"]!.GetValue<string>() == "Action.OpenUrl");
        Assert.Equal("Slutrapporten", link["title"]!.GetValue<string>());
        Assert.Equal("https://intranat.kommunen.se/barnrattsresan/slutrapport.pdf", link["url"]!.GetValue<string>());
        Assert.All(channel.QuestionCards(), q => Assert.Contains(CardText.Actions(q), a => a["type"]!.GetValue<string>() == "Action.ShowCard"));

        var replies = await channel.SayAndDeliverAsync(channel.Facilitator, "sammanfatta");

        var inThread = replies.First(r => r.ConversationId == channel.Activities.ThreadConversationId && r.Text.Contains("Sammanfattning:"));
        var summary = inThread.Text;
        Assert.Contains(Texts.For(Language.Swedish).Presentations.SummaryResultsHeading, summary);
        Assert.Contains("[Slutrapporten](https://intranat.kommunen.se/barnrattsresan/slutrapport.pdf)", summary);
        Assert.EndsWith("Nästa moment: Utvärdera Barnrättsresan som process i arbetsgruppen\nArbetsgruppen träffas en sista gång och utvärderar resan tillsammans. Ta med anteckningarna från kollegorna.\nMetoder och verktyg\nHämta som Word\nHämta som Excel", OutsideShowCards(inThread.Card!).TrimEnd());
        var toLead = replies.Single(r => r.ConversationId != channel.Activities.ThreadConversationId && r.Text.Contains("Sammanfattning:"));
        Assert.Contains(Texts.For(Language.Swedish).Presentations.SummaryResultsHeading, toLead.Text);
        Assert.EndsWith("Ta med anteckningarna från kollegorna.\n" + Texts.For(Language.Swedish).Methods.ShowMethods, OutsideShowCards(toLead.Card!).TrimEnd());
    }

    [Fact]
    public async Task ALinkThatIsNotHttpsStartsNoRoundAndTheCardSaysWhyWithTheValuesKept()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);

        var shownAgain = await channel.StartRoundAsync(("resultsPresentation", Presentation), ("resultsLink1Title", "Rapporten"), ("resultsLink1Url", "http://kommunen.se/rapport"));

        Assert.Contains(Texts.For(Language.Swedish).Rounds.SetupErrorsTitle, CardText.Of(shownAgain));
        Assert.Contains(Texts.For(Language.Swedish).Presentations.ErrorLinkNotHttps(1), CardText.Of(shownAgain));
        Assert.Equal("http://kommunen.se/rapport", CardText.Input(shownAgain, "resultsLink1Url")!["value"]!.GetValue<string>());
        Assert.Equal(Presentation, CardText.Input(shownAgain, "resultsPresentation")!["value"]!.GetValue<string>());
        var tables = await channel.TablesAsync();
        Assert.Empty(await tables.Rounds.QueryAsync<Azure.Data.Tables.TableEntity>().ToListAsync());
        Assert.DoesNotContain(channel.Connector.CardsIn(channel.Activities.ThreadConversationId), c => c.Text.Contains("Nu är det dags"));
    }

    [Fact]
    public async Task TheFacilitatorCorrectsTheResultsAndThePostedIntroductionIsUpdatedOnceEvenWhenTheClickIsRetried()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync(WithResults);
        var introduction = Introduction(channel);
        var introductionId = channel.Connector.Sent.Single(s => s.Card is { } c && CardText.Action(c, CardVerbs.EditResults) is not null && s.Kind != "update").ActivityId;

        var form = await channel.App.InvokeAsync(channel.Activities.Click(channel.Facilitator, introduction, CardVerbs.EditResults));
        Assert.Equal(Presentation, CardText.Input(form, "resultsPresentation")!["value"]!.GetValue<string>());
        Assert.Equal("Slutrapporten", CardText.Input(form, "resultsLink1Title")!["value"]!.GetValue<string>());

        var refused = await channel.App.InvokeAsync(channel.Activities.Click(channel.Facilitator, form, CardVerbs.SaveResults, ("resultsPresentation", "Ny text"), ("resultsLink1Title", "Rapporten"), ("resultsLink1Url", "javascript:alert(1)")));
        Assert.Contains(Texts.For(Language.Swedish).Presentations.ResultsErrorsTitle, CardText.Of(refused));
        Assert.Contains(Texts.For(Language.Swedish).Presentations.ErrorLinkNotHttps(1), CardText.Of(refused));
        await channel.DeliverAsync();
        Assert.DoesNotContain(channel.Connector.Sent, s => s.Kind == "update" && s.ActivityId == introductionId);

        var corrected = ("resultsPresentation", "Vi har nått alla fyra mål.");
        var saved = await channel.App.InvokeAsync(channel.Activities.Click(channel.Facilitator, form, CardVerbs.SaveResults, corrected, ("resultsLink1Title", "Slutrapport 2026"), ("resultsLink1Url", "https://kommunen.se/slutrapport-2026.pdf")));
        Assert.Contains(Texts.For(Language.Swedish).Presentations.ResultsSaved, CardText.Of(saved));
        Assert.Contains("Vi har nått alla fyra mål.", CardText.Of(saved));
        await channel.DeliverAsync();

        var retried = await channel.App.InvokeAsync(channel.Activities.Click(channel.Facilitator, form, CardVerbs.SaveResults, corrected, ("resultsLink1Title", "Slutrapport 2026"), ("resultsLink1Url", "https://kommunen.se/slutrapport-2026.pdf")));
        Assert.Contains(Texts.For(Language.Swedish).Presentations.ResultsUnchanged, CardText.Of(retried));
        await channel.DeliverAsync();

        var update = Assert.Single(channel.Connector.Sent, s => s.Kind == "update" && s.ActivityId == introductionId);
        Assert.Contains("Vi har nått alla fyra mål.", update.Text);
        Assert.DoesNotContain("Vi har nått tre av fyra mål.", update.Text);
        var button = Assert.Single(CardText.Actions(update.Card!), a => a["type"]!.GetValue<string>() == "Action.OpenUrl");
        Assert.Equal("https://kommunen.se/slutrapport-2026.pdf", button["url"]!.GetValue<string>());
        Assert.All(channel.QuestionCards(), q => Assert.Contains("Vi har nått alla fyra mål.", CardText.Of(q)));
    }

    [Fact]
    public async Task OnlyThoseWhoSteerMayCorrectAndOnlyWhileTheRoundIsOpen()
    {
        await using var channel = await TeamChannel.OpenAsync(azurite);
        await channel.StartRoundAsync([.. WithResults, ("coFacilitators", channel.Sara.AadObjectId)]);
        var introduction = Introduction(channel);

        var colleague = await channel.App.InvokeAsync(channel.Activities.Click(channel.Anna, introduction, CardVerbs.EditResults));
        var data = CardText.Action(introduction, CardVerbs.EditResults)!["data"]!.DeepClone().AsObject();
        data["resultsPresentation"] = "Kapad text";
        var forged = await channel.App.InvokeAsync(channel.Activities.Execute(channel.Anna, CardVerbs.SaveResults, data));
        var coFacilitator = await channel.App.InvokeAsync(channel.Activities.Click(channel.Sara, introduction, CardVerbs.EditResults));

        Assert.Contains(Texts.For(Language.Swedish).NotAllowed("Maria Lind"), CardText.Of(colleague));
        Assert.Contains(Texts.For(Language.Swedish).NotAllowed("Maria Lind"), CardText.Of(forged));
        Assert.Contains("resultsPresentation", CardText.Input(coFacilitator, "resultsPresentation")!["id"]!.GetValue<string>());

        await channel.SayAsync(channel.Facilitator, "avsluta");
        var closed = await channel.App.InvokeAsync(channel.Activities.Click(channel.Facilitator, coFacilitator, CardVerbs.SaveResults, ("resultsPresentation", "Sent ändrat")));
        Assert.Contains(Texts.For(Language.Swedish).Presentations.ResultsRoundClosed, CardText.Of(closed));
        var tables = await channel.TablesAsync();
        var round = Assert.Single(await tables.Rounds.QueryAsync<Azure.Data.Tables.TableEntity>().ToListAsync());
        Assert.Equal("Vi har nått tre av fyra mål.\nAlla chefer har gått utbildningen om *barnets bästa*.", round.GetString("ResultsText"));
        Assert.Equal(0, round.GetInt32("ResultsRevision"));
    }

    private static JsonObject Introduction(TeamChannel channel) =>
        channel.Connector.Sent.Last(s => s.Card is { } c && CardText.Action(c, CardVerbs.EditResults) is not null).Card!;

    /// <summary>The card's texts and titles, without what an Action.ShowCard unfolds.</summary>
    private static string OutsideShowCards(JsonObject card)
    {
        var copy = card.DeepClone().AsObject();
        Strip(copy);
        return CardText.Of(copy);

        static void Strip(JsonNode? node)
        {
            if (node is JsonObject o)
            {
                if (o["type"]?.GetValue<string>() == "Action.ShowCard") o.Remove("card");
                foreach (var (_, child) in o.ToArray()) Strip(child);
            }
            else if (node is JsonArray a)
            {
                foreach (var child in a) Strip(child);
            }
        }
    }
}
