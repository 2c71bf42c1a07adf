using System.Collections.Concurrent;
using BarnrattsResan.Bot.Conversations;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// A short-lived copy of rounds this instance read, for the answering path only (many colleagues answering the same
/// round): a round read within <see cref="Ttl"/> is not read again. It holds nothing that is not in storage, so
/// losing it (a restart) loses nothing. What a stale copy can do is bounded: an instance that did not make a change
/// may go on seeing the round as it was for up to <see cref="Ttl"/> after it changed (the instance that changed it
/// sees the change at once), so it may take an answer up to that long after <c>avsluta</c>, <c>nästa</c> or a
/// sealed summary. The summary is therefore compiled no earlier than <see cref="SummaryGrace"/> after the round
/// closed, and a refusal is always checked against storage first (see <see cref="Answering.AnswerService"/>).
/// </summary>
internal sealed class RoundCache(TimeProvider time)
{
    /// <summary>How long a copy is used.</summary>
    public static readonly TimeSpan Ttl = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long after a round closed an answer taken on a stale copy may still be written: the copy's age plus the
    /// longest an answering request runs (a card action gives up after 8 seconds).
    /// </summary>
    public static readonly TimeSpan SummaryGrace = Ttl + TimeSpan.FromSeconds(8);

    /// <summary>Copies beyond this many make the next store drop the expired ones.</summary>
    private const int PruneAbove = 4096;

    private readonly ConcurrentDictionary<(string Conversation, string RoundId), Entry> entries = new();
    private readonly ConcurrentDictionary<(string Conversation, string RoundId), Task<Round?>> reading = new();
    private long changes;

    /// <summary>
    /// The round from a copy younger than <see cref="Ttl"/>, or read with <paramref name="read"/> (and kept when found).
    /// One read per round at a time, however many answers wait for it; a copy past half its life is read again in
    /// the background while it is still used, so under steady answering no one waits for the round.
    /// </summary>
    public async Task<Round?> GetAsync(ConversationKey conversation, string roundId, Func<CancellationToken, Task<Round?>> read, CancellationToken cancellationToken)
    {
        var key = (conversation.Value, roundId);
        if (entries.TryGetValue(key, out var entry))
        {
            var age = time.GetElapsedTime(entry.ReadAt);
            if (age < Ttl)
            {
                if (age >= Ttl / 2)
                {
                    _ = RefreshAheadAsync(key, read);
                }

                return entry.Round;
            }
        }

        return await ReadOnceAsync(key, read).WaitAsync(cancellationToken);
    }

    /// <summary>This instance saved <paramref name="round"/>: its copy is the saved round from now on.</summary>
    public void Changed(Round round)
    {
        Interlocked.Increment(ref changes);
        entries[(round.ConversationKey.Value, round.Id)] = new Entry(round, time.GetTimestamp());
    }

    /// <summary>This instance erased the round (or cannot tell how it is now): the next read goes to storage.</summary>
    public void Forget(ConversationKey conversation, string roundId)
    {
        Interlocked.Increment(ref changes);
        entries.TryRemove((conversation.Value, roundId), out _);
    }

    private async Task RefreshAheadAsync((string, string) key, Func<CancellationToken, Task<Round?>> read)
    {
        try
        {
            await ReadOnceAsync(key, read);
        }
        catch (Exception)
        {
            // The copy stays until it is too old; then an answer reads the round itself and sees the fault.
        }
    }

    /// <summary>The read of this round under way, or a new one; it keeps what it found unless this instance changed the round meanwhile.</summary>
    private Task<Round?> ReadOnceAsync((string, string) key, Func<CancellationToken, Task<Round?>> read)
    {
        while (true)
        {
            if (reading.TryGetValue(key, out var running))
            {
                return running;
            }

            var done = new TaskCompletionSource<Round?>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (reading.TryAdd(key, done.Task))
            {
                _ = ReadAndKeepAsync(key, read, done);
                return done.Task;
            }
        }
    }

    private async Task ReadAndKeepAsync((string, string) key, Func<CancellationToken, Task<Round?>> read, TaskCompletionSource<Round?> done)
    {
        try
        {
            // The copy's age counts from before the read, so it is never used longer than Ttl after what it shows.
            var startedAt = time.GetTimestamp();
            var seen = Interlocked.Read(ref changes);
            var round = await read(CancellationToken.None);
            if (round is not null && Interlocked.Read(ref changes) == seen)
            {
                var fresh = new Entry(round, startedAt);
                entries[key] = fresh;
                if (Interlocked.Read(ref changes) != seen)
                {
                    // This instance changed a round while the read was on its way: the read may be older than the change.
                    entries.TryRemove(new KeyValuePair<(string, string), Entry>(key, fresh));
                }

                if (entries.Count > PruneAbove)
                {
                    Prune();
                }
            }

            done.SetResult(round);
        }
        catch (Exception e)
        {
            done.SetException(e);
        }
        finally
        {
            reading.TryRemove(new KeyValuePair<(string, string), Task<Round?>>(key, done.Task));
        }
    }

    private void Prune()
    {
        var now = time.GetTimestamp();
        foreach (var (key, entry) in entries)
        {
            if (time.GetElapsedTime(entry.ReadAt, now) >= Ttl)
            {
                entries.TryRemove(new KeyValuePair<(string, string), Entry>(key, entry));
            }
        }
    }

    private sealed record Entry(Round Round, long ReadAt);
}
