using System.Text.Json.Nodes;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Planning;
using BarnrattsResan.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BarnrattsResan.Bot.Tests.Planning;

/// <summary>What planning tests do to a <see cref="TeamChannel"/>: let time pass to a moment, run what is due, read the reminders.</summary>
internal static class PlanningSteps
{
    /// <summary>Sets the clock to <paramref name="at"/> and runs one pass of this instance's planned-jobs scheduler.</summary>
    public static Task<int> RunJobsAtAsync(this TeamChannel channel, DateTimeOffset at)
    {
        channel.App.Time.SetUtcNow(at);
        return channel.App.Services.GetRequiredService<RoundJobScheduler>().RunDueAsync(CancellationToken.None);
    }

    /// <summary>
    /// Lets the outbox deliver everything due up to <paramref name="until"/>: when every lane waits for a later
    /// moment (working hours), the clock jumps to it, as the hours would pass.
    /// </summary>
    public static async Task DeliverThroughAsync(this TeamChannel channel, DateTimeOffset until)
    {
        var tables = await channel.TablesAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var lanes = await tables.Outbox.QueryAsync<TableEntity>(e => e.PartitionKey == "lanes").ToListAsync();
            var now = channel.App.Time.GetUtcNow();
            if (lanes.Count == 0)
            {
                return;
            }

            var next = lanes.Min(l => l.GetDateTimeOffset("NextAt") ?? now);
            if (next > now.AddSeconds(5))
            {
                if (next > until) return;
                channel.App.Time.SetUtcNow(next);
            }
            else
            {
                channel.App.Time.Advance(TimeSpan.FromMilliseconds(100));
            }

            await Task.Delay(5);
        }

        throw new TimeoutException("The outbox did not finish delivering within 60 seconds.");
    }

    /// <summary>The personal reminders a colleague got in their 1:1 chat with the bot.</summary>
    public static IReadOnlyList<SentActivity> RemindersTo(this TeamChannel channel, TestUser who) =>
        channel.Connector.Sent.Where(s => s.Kind is "send" or "reply" && s.ConversationId == "a:1on1-" + who.Id && s.Text.Contains("Påminnelse: ", StringComparison.Ordinal)).ToArray();

    /// <summary>The reminders posted in the round's thread.</summary>
    public static IReadOnlyList<SentActivity> RemindersInThread(this TeamChannel channel) =>
        channel.Connector.Sent.Where(s => s.ConversationId == channel.Activities.ThreadConversationId && s.Text.Contains("Påminnelse: ", StringComparison.Ordinal)).ToArray();

    /// <summary>A colleague answers every question card of the thread.</summary>
    public static async Task AnswerAllAsync(this TeamChannel channel, TestUser who)
    {
        foreach (var card in channel.QuestionCards())
        {
            await channel.AnswerAsync(who, card, $"{who.Name} svarar");
        }
    }

    /// <summary>A click on a card the bot sent to someone's 1:1 chat (Teams sends it from that personal conversation).</summary>
    public static Task<JsonObject> ClickInPersonalChatAsync(this TeamChannel channel, TestUser who, JsonObject card, string verb)
    {
        var activity = channel.Activities.Click(who, card, verb);
        activity["conversation"] = new JsonObject { ["id"] = "a:1on1-" + who.Id, ["conversationType"] = "personal", ["tenantId"] = channel.Activities.TenantId };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = channel.Activities.TenantId } };
        return channel.App.InvokeAsync(activity);
    }
}
