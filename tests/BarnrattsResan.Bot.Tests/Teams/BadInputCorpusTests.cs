using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BarnrattsResan.Bot.Tests.Teams;

/// <summary>
/// A corpus of malformed and hostile requests sent through the real adapter over HTTP, with real Azurite and the
/// tenant list enforced: not one 5xx, not one row written by a refused request (every table of the app counted,
/// whatever tables it has), and every refusal that reaches a person tells them what to do. The figures are printed.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class BadInputCorpusTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private enum Expect
    {
        /// <summary>Refused at the door: 4xx, nothing handled.</summary>
        Http4xx,

        /// <summary>Handled and refused with a message to the person; nothing written.</summary>
        Refused,

        /// <summary>Accepted as it is (odd but valid input); whatever it writes is legitimate.</summary>
        Accepted,

        /// <summary>Accepted and changes nothing (a repeat, an event the bot ignores).</summary>
        Unchanged,
    }

    private sealed record Case(string Name, Expect Expect, Func<HttpRequestMessage> Request, string? Says = null);

    private sealed record Outcome(Case Case, int Status, int RowsWritten, string Reply, int ReplyBytes);

    [Fact]
    public async Task EveryBadInputGetsA4xxOrAClearRefusalNeverA5xxAndARefusalWritesNothing()
    {
        // Teams' rate limits are proven elsewhere (Outbound/); here every request is counted on its own.
        await using var channel = await TeamChannel.OpenAsync(azurite, teamsLimits: false);
        channel.App.Settings["Bot:AllowedTenants:0"] = channel.Activities.TenantId;
        await channel.StartRoundAsync();
        var question = channel.QuestionCards()[0];
        await channel.AnswerAsync(channel.Anna, question, "Ett första svar");
        var started = await channel.SetupCardAsync();
        await channel.App.InvokeAsync(channel.Activities.Click(channel.Facilitator, started, CardVerbs.CreateRound, SetupValues()));
        var setup = await channel.SetupCardAsync();
        var cases = Cases(channel, question, setup, started);
        var client = channel.App.CreateClient();

        var outcomes = new List<Outcome>();
        foreach (var @case in cases)
        {
            // The outbox comes and goes as it delivers: count when it is idle, before and after each request.
            await channel.DeliverAsync();
            var rowsBefore = await TableRows.CountAsync(azurite, channel.App.TablePrefix);
            var sentBefore = channel.Connector.Sent.Count;
            using var response = await client.SendAsync(@case.Request());
            var body = await response.Content.ReadAsStringAsync();
            var rowsAfter = await TableRows.CountAsync(azurite, channel.App.TablePrefix);
            var (reply, bytes) = ReplyOf(body, channel.Connector.Sent.Skip(sentBefore));
            outcomes.Add(new Outcome(@case, (int)response.StatusCode, rowsAfter - rowsBefore, reply, bytes));
        }

        Report(outcomes);
        Assert.True(cases.Count >= 40, $"The corpus has {cases.Count} cases.");
        Assert.All(outcomes, o => Assert.True(o.Status < 500, $"{o.Case.Name}: {o.Status}"));
        Assert.All(outcomes, o => Assert.True(o.ReplyBytes < 80 * 1024, $"{o.Case.Name}: the reply card is {o.ReplyBytes} bytes, over what Teams takes."));
        foreach (var o in outcomes)
        {
            switch (o.Case.Expect)
            {
                case Expect.Http4xx:
                    Assert.True(o.Status is >= 400 and < 500, $"{o.Case.Name}: {o.Status} instead of a 4xx");
                    Assert.True(o.RowsWritten == 0, $"{o.Case.Name} wrote {o.RowsWritten} rows");
                    Assert.True(o.Reply.Length == 0, $"{o.Case.Name} reached the bot, which answered: {o.Reply}");
                    break;
                case Expect.Refused:
                    Assert.True(o.Status is >= 200 and < 300, $"{o.Case.Name}: {o.Status}");
                    Assert.True(o.RowsWritten == 0, $"{o.Case.Name} wrote {o.RowsWritten} rows");
                    Assert.True(o.Reply.Contains(o.Case.Says!, StringComparison.Ordinal), $"{o.Case.Name}: the reply does not say \"{o.Case.Says}\": {o.Reply}");
                    break;
                case Expect.Unchanged:
                    Assert.True(o.Status is >= 200 and < 300, $"{o.Case.Name}: {o.Status}");
                    Assert.True(o.RowsWritten == 0, $"{o.Case.Name} wrote {o.RowsWritten} rows");
                    if (o.Case.Says is not null) Assert.Contains(o.Case.Says, o.Reply);
                    break;
                default:
                    Assert.True(o.Status is >= 200 and < 300, $"{o.Case.Name}: {o.Status}");
                    if (o.Case.Says is not null) Assert.True(o.Reply.Contains(o.Case.Says, StringComparison.Ordinal), $"{o.Case.Name}: the reply does not say \"{o.Case.Says}\": {o.Reply}");
                    break;
            }
        }
    }

    private static List<Case> Cases(TeamChannel channel, JsonObject question, JsonObject setup, JsonObject started)
    {
        var a = channel.Activities;
        var foreign = a.FromTenant(Guid.NewGuid().ToString());
        var questionData = CardText.Action(question, CardVerbs.SubmitAnswer)!["data"]!.AsObject();
        var roundId = questionData["roundId"]!.GetValue<string>();
        const string whatToDoSetup = "Rundan startades inte. Rätta följande:";
        const string emptyAnswer = "Skriv något innan du skickar.";
        const string unknownRound = "Svara i frågekorten i rundans egen tråd";

        JsonObject Answer(string text) => a.Click(channel.Anna, question, CardVerbs.SubmitAnswer, ("answer", text));
        JsonObject AnswerData(JsonObject data) => a.Execute(channel.Anna, CardVerbs.SubmitAnswer, data);
        JsonObject Setup(params (string Id, string Value)[] values) => a.Click(channel.Facilitator, setup, CardVerbs.CreateRound, SetupValues(values));
        JsonObject With(JsonObject activity, Action<JsonObject> change)
        {
            change(activity);
            return activity;
        }

        return
        [
            // Malformed requests: refused at the door.
            new("not JSON", Expect.Http4xx, () => Raw("{not json")),
            new("a JSON array", Expect.Http4xx, () => Raw("[]")),
            new("an empty object", Expect.Http4xx, () => Raw("{}")),
            new("no type", Expect.Http4xx, () => Json(With(a.Mention(channel.Anna, "hjälp"), x => x.Remove("type")))),
            new("no serviceUrl", Expect.Http4xx, () => Json(With(a.Mention(channel.Anna, "hjälp"), x => x.Remove("serviceUrl")))),
            new("conversation is a string", Expect.Http4xx, () => Json(With(a.Mention(channel.Anna, "hjälp"), x => x["conversation"] = "19:x"))),
            new("sender missing", Expect.Http4xx, () => Json(With(a.Mention(channel.Anna, "hjälp"), x => x.Remove("from")))),
            new("invoke value is a string", Expect.Http4xx, () => Json(With(Answer("hej"), x => x["value"] = "svar"))),
            new("form-encoded body", Expect.Http4xx, () => Raw("type=message", "application/x-www-form-urlencoded")),
            new("body over 512 KB", Expect.Http4xx, () => Json(With(a.Mention(channel.Anna, "hjälp"), x => x["text"] = new string('x', 600_000)))),
            new("JSON nested 10,000 deep", Expect.Http4xx, () => Raw(new string('[', 10_000) + new string(']', 10_000))),

            // Not Teams, or not the municipality's tenant.
            new("another tenant mentions the bot", Expect.Http4xx, () => Json(foreign.Mention(channel.Facilitator, "starta"))),
            new("another tenant answers with real card data", Expect.Http4xx, () => Json(foreign.Click(channel.Anna, question, CardVerbs.SubmitAnswer, ("answer", "Från fel organisation")))),
            new("another tenant installs the app", Expect.Http4xx, () => Json(foreign.BotInstalled(channel.Facilitator))),
            new("another tenant starts a round", Expect.Http4xx, () => Json(foreign.Click(channel.Facilitator, setup, CardVerbs.CreateRound, SetupValues()))),
            new("no tenant at all", Expect.Http4xx, () => Json(With(a.Mention(channel.Anna, "hjälp"), x => { x["channelData"]!.AsObject().Remove("tenant"); x["conversation"]!.AsObject().Remove("tenantId"); }))),
            new("two different tenants", Expect.Http4xx, () => Json(With(a.Mention(channel.Anna, "hjälp"), x => x["conversation"]!["tenantId"] = Guid.NewGuid().ToString()))),
            new("tenant is not a string", Expect.Http4xx, () => Json(With(a.Mention(channel.Anna, "hjälp"), x => { x["channelData"]!["tenant"]!["id"] = 42; x["conversation"]!.AsObject().Remove("tenantId"); }))),
            new("channel is not Teams", Expect.Http4xx, () => Json(With(a.Mention(channel.Anna, "hjälp"), x => x["channelId"] = "webchat"))),
            new("channel missing", Expect.Http4xx, () => Json(With(a.Mention(channel.Anna, "hjälp"), x => x.Remove("channelId")))),

            // Answers.
            new("an answer of spaces", Expect.Refused, () => Json(Answer("   \n\t ")), emptyAnswer),
            new("an answer of zero-width characters", Expect.Refused, () => Json(Answer("\u200B\u200D\uFEFF\u2060")), emptyAnswer),
            new("an answer of 50,000 characters", Expect.Refused, () => Json(Answer(new string('å', 50_000))), "Korta det och skicka igen."),
            new("an answer that is an array", Expect.Refused, () => Json(AnswerData(With(questionData.DeepClone().AsObject(), d => d["answer"] = new JsonArray(1, 2)))), emptyAnswer),
            new("card data nested 50 deep", Expect.Refused, () => Json(AnswerData(Nested(50))), unknownRound),
            new("a made-up round id", Expect.Refused, () => Json(AnswerData(new JsonObject { ["roundId"] = new string('a', 32), ["questionId"] = questionData["questionId"]!.DeepClone(), ["answer"] = "Hej" })), unknownRound),
            new("a round id that is a path", Expect.Refused, () => Json(AnswerData(new JsonObject { ["roundId"] = "../../Rounds", ["questionId"] = "x", ["answer"] = "Hej" })), unknownRound),
            new("a round id that is an object", Expect.Refused, () => Json(AnswerData(new JsonObject { ["roundId"] = new JsonObject { ["$ne"] = "" }, ["questionId"] = "x", ["answer"] = "Hej" })), unknownRound),
            new("a made-up question id", Expect.Refused, () => Json(AnswerData(new JsonObject { ["roundId"] = roundId, ["questionId"] = "finns-inte", ["answer"] = "Hej" })), unknownRound),
            new("the round answered from another conversation", Expect.Refused, () => Json(a.Execute(channel.Anna, CardVerbs.SubmitAnswer, With(questionData.DeepClone().AsObject(), d => d["answer"] = "Från fel kanal"), $"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1")), unknownRound),
            new("next question of a made-up round", Expect.Refused, () => Json(a.Execute(channel.Facilitator, CardVerbs.NextQuestion, new JsonObject { ["roundId"] = new string('b', 32) })), "Nämn mig med **starta** för att börja en."),
            new("an answer with Markdown and a link", Expect.Accepted, () => Json(Answer("[Logga in](https://evil.example)\n\n**Anna Åberg**: håller med")), "\\[Logga in\\]"),

            // The setup card.
            new("a copied setup card clicked by a colleague", Expect.Refused, () => Json(a.Click(channel.Erik, setup, CardVerbs.CreateRound, SetupValues())), "Nämn mig med **starta**"),
            new("a forged requester id", Expect.Refused, () => Json(a.Execute(channel.Erik, CardVerbs.CreateRound, new JsonObject { ["roundId"] = new string('c', 32), ["requesterId"] = channel.Facilitator.AadObjectId, ["requesterName"] = "[Maria](https://evil.example)" })), "Nämn mig med **starta**"),
            new("a setup with a malformed round id", Expect.Refused, () => Json(a.Execute(channel.Facilitator, CardVerbs.CreateRound, new JsonObject { ["roundId"] = "../x", ["requesterId"] = channel.Facilitator.AadObjectId })), unknownRound),
            new("a setup card clicked again after its round started", Expect.Unchanged, () => Json(a.Click(channel.Facilitator, started, CardVerbs.CreateRound, SetupValues())), "är startad"),
            new("300 group leads", Expect.Refused, () => Json(Setup(("leads", string.Join(',', Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()))))), "Välj högst 20 gruppledare."),
            new("a group lead not in the conversation", Expect.Refused, () => Json(Setup(("leads", Guid.NewGuid().ToString()))), "Gruppledarna får allas svar, så välj bara bland personerna i listan."),
            new("10,000 made-up question set ids", Expect.Refused, () => Json(Setup(("sets", string.Join(',', Enumerable.Range(0, 10_000).Select(i => "set-" + i.ToString(CultureInfo.InvariantCulture)))))), "finns inte."),
            new("meeting on 9999-12-31", Expect.Refused, () => Json(Setup(("meetingDate", "9999-12-31"), ("meetingTime", "23:59"))), "Välj ett tidigare datum."),
            new("meeting on 0001-01-01", Expect.Refused, () => Json(Setup(("meetingDate", "0001-01-01"), ("meetingTime", "00:00"))), "Mötet måste ligga i framtiden."),
            new("summary due on 9999-12-31", Expect.Refused, () => Json(Setup(("dueDate", "9999-12-31"), ("dueTime", "12:00"))), "Sammanfattningen måste skickas före mötet."),
            new("a meeting date that is not a date", Expect.Refused, () => Json(Setup(("meetingDate", "31/12/2026"))), "Ange datum och tid för arbetsgruppens möte."),
            new("a meeting time of 25:99", Expect.Refused, () => Json(Setup(("meetingTime", "25:99"))), "Ange datum och tid för arbetsgruppens möte."),
            new("a title of zero-width characters", Expect.Refused, () => Json(Setup(("title", "\u200B\u200B\u2060"))), "Skriv en rubrik för rundan."),
            new("a title of 5,000 characters", Expect.Refused, () => Json(Setup(("title", new string('T', 5_000)))), "Rubriken får vara högst 120 tecken."),
            new("a title that is a number and sets that are an array", Expect.Refused, () => Json(With(Setup(), x => { var d = x["value"]!["action"]!["data"]!.AsObject(); d["title"] = 42; d["sets"] = new JsonArray("x"); d["ownQuestions"] = new JsonObject(); })), whatToDoSetup),
            new("eleven own questions of invisible and hostile text", Expect.Refused, () => Json(Setup(("ownQuestions", string.Join('\n', Enumerable.Range(0, 11).Select(i => $"# Fråga {i} [länk](https://evil.example)")) + "\n\u200B\n\u200B"))), "Du kan lägga till högst 10 egna frågor."),
            new("a meeting in the hour skipped by daylight saving", Expect.Accepted, () => Json(Setup(("title", "Runda i mars"), ("meetingDate", "2027-03-28"), ("meetingTime", "02:30"))), "kl. 03:30"),

            // Messages and commands.
            new("an unknown command with a link and 4,000 line breaks", Expect.Refused, () => Json(a.Mention(channel.Anna, "[Logga in](https://evil.example)" + new string('\n', 4_000) + "x")), "Så här kan du använda mig:"),
            new("a message of 200,000 characters", Expect.Refused, () => Json(a.Mention(channel.Anna, new string('x', 200_000))), "Så här kan du använda mig:"),
            // By now the thread holds two rounds (a copied setup card made one), so the bot first asks which; the choice re-checks who may steer.
            new("a colleague closes the round", Expect.Refused, () => Json(a.Mention(channel.Erik, "avsluta")), "Välj den som **avsluta** gäller."),
            new("starta in a personal chat", Expect.Refused, () => Json(With(a.Mention(channel.Anna, "starta"), x => x["conversation"] = new JsonObject { ["id"] = "a:1on1-anna", ["conversationType"] = "personal", ["tenantId"] = a.TenantId })), "Lägg till mig där och nämn mig med **starta**."),
            new("an empty message", Expect.Unchanged, () => Json(With(a.Mention(channel.Anna, string.Empty), x => { x.Remove("text"); x.Remove("entities"); }))),
            new("a card action with an unknown verb", Expect.Unchanged, () => Json(a.Execute(channel.Anna, "admin.deleteEverything", new JsonObject { ["roundId"] = roundId }))),
            new("an invoke the bot does not handle", Expect.Http4xx, () => Json(With(Answer("x"), x => x["name"] = "composeExtension/query"))),
            new("membersAdded that is not a list", Expect.Http4xx, () => Json(With(a.BotInstalled(channel.Erik), x => x["membersAdded"] = "alla"))),
            new("a reaction", Expect.Unchanged, () => Json(With(a.Mention(channel.Anna, "x"), x => { x["type"] = "messageReaction"; x["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" }); }))),
            new("an activity type the bot does not know", Expect.Unchanged, () => Json(With(a.Mention(channel.Anna, "x"), x => x["type"] = "somethingNew"))),
        ];
    }

    private static (string Id, string Value)[] SetupValues(params (string Id, string Value)[] values)
    {
        var all = new Dictionary<string, string>
        {
            ["title"] = "Förankring",
            ["sets"] = "presentera-resultatet",
            ["meetingDate"] = "2026-12-03",
            ["meetingTime"] = "13:00",
            ["mode"] = "all",
        };
        foreach (var (id, value) in values) all[id] = value;
        return all.Select(kv => (kv.Key, kv.Value)).ToArray();
    }

    private static JsonObject Nested(int depth)
    {
        var data = new JsonObject { ["answer"] = "djupt" };
        for (var i = 0; i < depth; i++) data = new JsonObject { ["roundId"] = data };
        return data;
    }

    private static HttpRequestMessage Json(JsonObject activity) => Raw(activity.ToJsonString());

    private static HttpRequestMessage Raw(string body, string contentType = "application/json") => new(HttpMethod.Post, "/api/messages")
    {
        Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType).MediaType!),
    };

    /// <summary>What the person sees: the card of an invoke response, or the messages the bot sent; and the largest card's size.</summary>
    private static (string Text, int Bytes) ReplyOf(string body, IEnumerable<SentActivity> sent)
    {
        var text = new StringBuilder();
        var bytes = 0;
        if (body.StartsWith('{') && JsonNode.Parse(body) is JsonObject response && response["value"] is JsonObject { } card && card["type"]?.GetValue<string>() == "AdaptiveCard")
        {
            text.AppendLine(CardText.Of(card));
            bytes = Encoding.UTF8.GetByteCount(card.ToJsonString());
        }

        foreach (var activity in sent)
        {
            text.AppendLine(activity.Text);
            bytes = Math.Max(bytes, Encoding.UTF8.GetByteCount(activity.Activity.ToJsonString()));
        }

        return (text.ToString(), bytes);
    }

    private void Report(IReadOnlyList<Outcome> outcomes)
    {
        output.WriteLine($"{"case",-58} {"expect",-10} {"HTTP",4} {"rows",5}");
        foreach (var o in outcomes)
        {
            output.WriteLine($"{o.Case.Name,-58} {o.Case.Expect,-10} {o.Status,4} {o.RowsWritten,5}");
        }

        var refusedRows = outcomes.Where(o => o.Case.Expect is Expect.Http4xx or Expect.Refused or Expect.Unchanged).Sum(o => o.RowsWritten);
        output.WriteLine(string.Empty);
        output.WriteLine($"cases: {outcomes.Count}");
        output.WriteLine($"4xx: {outcomes.Count(o => o.Status is >= 400 and < 500)}");
        output.WriteLine($"2xx with a refusal that says what to do: {outcomes.Count(o => o.Case.Expect == Expect.Refused && o.Status < 300)}");
        output.WriteLine($"2xx accepted or ignored: {outcomes.Count(o => o.Case.Expect is Expect.Accepted or Expect.Unchanged && o.Status < 300)}");
        output.WriteLine($"5xx: {outcomes.Count(o => o.Status >= 500)}");
        output.WriteLine($"rows written by refused or ignored requests: {refusedRows}");
    }
}
