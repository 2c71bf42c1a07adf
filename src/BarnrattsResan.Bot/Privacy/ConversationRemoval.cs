using BarnrattsResan.Bot.Conversations;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Privacy;

/// <summary>
/// The bot was removed from a team, a channel's team, a group chat or a 1:1 chat: everything it keeps there is
/// erased after <c>Privacy:RemovalGrace</c> (a day by default), by the retention sweep. The grace means that
/// removing and adding the app again by mistake, or an app upgrade that reinstalls it, loses nothing; adding
/// the bot back within the grace cancels the erasure. For a team that is every channel that held a round.
/// </summary>
internal sealed class ConversationRemoval(RetentionIndex index, TeamChannelIndex teams, TimeProvider time, IOptions<PrivacyOptions> options, ILogger<ConversationRemoval> logger)
{
    public async Task ScheduleAsync(ConversationAddress where, CancellationToken cancellationToken)
    {
        var dueAt = time.GetUtcNow() + options.Value.RemovalGrace;
        var scheduled = 0;
        foreach (var key in await KeysAsync(where, cancellationToken))
        {
            if (await index.ScheduleConversationAsync(key, dueAt, cancellationToken)) scheduled++;
        }

        logger.ConversationRemovalScheduled(scheduled, dueAt);
    }

    public async Task CancelAsync(ConversationAddress where, CancellationToken cancellationToken)
    {
        var cancelled = 0;
        foreach (var key in await KeysAsync(where, cancellationToken))
        {
            if (await index.CancelConversationAsync(key, cancellationToken)) cancelled++;
        }

        if (cancelled > 0)
        {
            logger.ConversationRemovalCancelled(cancelled);
        }
    }

    /// <summary>The conversation itself and, for a team, the team's own partition and every channel that held a round.</summary>
    private async Task<IReadOnlyList<ConversationKey>> KeysAsync(ConversationAddress where, CancellationToken cancellationToken)
    {
        var keys = new List<ConversationKey> { where.Key };
        if (where.Kind == ConversationKind.Channel && !string.IsNullOrEmpty(where.TeamId))
        {
            var team = TeamChannelIndex.KeyOf(where.TenantId, where.TeamId);
            keys.AddRange(await teams.ChannelsAsync(team, cancellationToken));
            keys.Add(team);
        }

        return keys.Distinct().ToArray();
    }
}
