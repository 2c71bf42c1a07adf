using BarnrattsResan.Bot.Conversations;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>Which round a command means: the one found, none, or several to choose from.</summary>
internal sealed record RoundLookup(Round? Round, IReadOnlyList<Round> Choices)
{
    public static RoundLookup None { get; } = new(null, []);

    public bool IsAmbiguous => Round is null && Choices.Count > 1;
}

/// <summary>
/// Finds the round a command is about. A command written in a round's thread (a channel reply thread is its own
/// conversation id, <c>…;messageid=…</c>) is about that round. Anywhere else (a new post in the channel, a group
/// chat, which has no threads) it is about the only open round, or the only round; when several could be meant,
/// the person is asked which (<see cref="RoundLookup.Choices"/>), never guessed for.
/// </summary>
internal sealed class RoundResolver(RoundStore rounds)
{
    /// <summary>At most this many rounds are offered to choose from, newest first.</summary>
    public const int MaxChoices = 10;

    public async Task<RoundLookup> ResolveAsync(ConversationAddress where, CancellationToken cancellationToken)
    {
        var all = await rounds.ListAsync(where.Key, cancellationToken);
        var inThread = all.Where(r => string.Equals(r.Thread.ConversationId, where.ConversationId, StringComparison.OrdinalIgnoreCase)).ToArray();
        IReadOnlyList<Round> pool = inThread.Length > 0 ? inThread : all;
        if (pool.Count == 0)
        {
            return RoundLookup.None;
        }

        if (pool.Count == 1)
        {
            return new RoundLookup(pool[0], pool);
        }

        var open = pool.Where(r => r.IsOpen).ToArray();
        return open.Length switch
        {
            1 => new RoundLookup(open[0], open),
            > 1 => new RoundLookup(null, open.Take(MaxChoices).ToArray()),
            _ => new RoundLookup(null, pool.Take(MaxChoices).ToArray()),
        };
    }
}
