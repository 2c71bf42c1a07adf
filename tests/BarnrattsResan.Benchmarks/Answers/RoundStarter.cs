using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Testing;

namespace BarnrattsResan.Benchmarks.Answers;

/// <summary>A round that is open for answers, and the data its first question card's "Skicka svar" carries.</summary>
public sealed record StartedRound(TeamsActivities Thread, string RoundId, string QuestionId, JsonObject SubmitData);

/// <summary>
/// Starts a round as a facilitator does, in a new thread of the channel: mentions the bot with <c>starta</c>, fills
/// in the setup card (all questions at once) and waits until the first question card reaches the connector.
/// </summary>
public static class RoundStarter
{
    private static int threads;

    public static async Task<StartedRound> StartAsync(HttpClient client, ConnectorStandIn connector, TeamsActivities channel, TestUser facilitator, TestUser lead)
    {
        var threadId = (1_800_000_000_000L + Interlocked.Increment(ref threads)).ToString(CultureInfo.InvariantCulture);
        var thread = channel.InThread(threadId);
        var before = connector.Sent.Count;

        await PostAsync(client, thread.Mention(facilitator, "starta"));
        var setup = await WaitForCardAsync(connector, before, thread, CardVerbs.CreateRound, "the setup card", null);

        var meeting = DateTimeOffset.UtcNow.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var click = thread.Click(facilitator, setup, CardVerbs.CreateRound,
            ("title", "Benchmark"),
            ("sets", "presentera-resultatet,utvardera-barnrattsarbetet"),
            ("meetingDate", meeting),
            ("meetingTime", "13:00"),
            ("leads", lead.AadObjectId),
            ("anonymous", "false"),
            ("showOthers", "false"),
            ("mode", "all"));
        var created = await PostAsync(client, click);

        var question = await WaitForCardAsync(connector, before, thread, CardVerbs.SubmitAnswer, "the first question card", created);
        var data = CardText.Action(question, CardVerbs.SubmitAnswer)!["data"]!.AsObject();
        return new StartedRound(thread, data["roundId"]!.GetValue<string>(), data["questionId"]!.GetValue<string>(), data);
    }

    private static async Task<string> PostAsync(HttpClient client, JsonObject activity)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The bot answered {(int)response.StatusCode} while starting a round: {body}");
        }

        return body;
    }

    /// <summary>The first card with a button of <paramref name="verb"/> the bot posted in the thread (not an update).</summary>
    private static async Task<JsonObject> WaitForCardAsync(ConnectorStandIn connector, int before, TeamsActivities thread, string verb, string what, string? lastResponse)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var card = connector.Sent.Skip(before)
                .Where(s => s.Kind != "update" && s.ConversationId == thread.ThreadConversationId)
                .Select(s => s.Card)
                .FirstOrDefault(c => c is not null && CardText.Action(c, verb) is not null);
            if (card is not null)
            {
                return card;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The bot did not post {what} within 30 s. Last response: {lastResponse ?? "none"}");
    }
}
