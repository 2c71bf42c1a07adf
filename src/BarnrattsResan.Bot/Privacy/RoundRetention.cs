using BarnrattsResan.Bot.Rounds;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Privacy;

/// <summary>How long a new round is kept, and the entries that make sure it is erased then.</summary>
internal sealed class RoundRetention(RetentionIndex index, TeamChannelIndex teams, IOptions<PrivacyOptions> options)
{
    /// <summary>When a round whose meeting is at <paramref name="meetingAt"/> is erased.</summary>
    public DateTimeOffset RetainUntil(DateTimeOffset meetingAt) => meetingAt + options.Value.Retention;

    /// <summary>
    /// Records the round's erasure (at <see cref="Round.RetainUntil"/>) and its channel in its team's list.
    /// Called before the round is stored, so a round never exists without them; an entry for a round that was
    /// never stored erases nothing.
    /// </summary>
    public async Task TrackAsync(Round round, CancellationToken cancellationToken)
    {
        await teams.AddAsync(round.Thread, cancellationToken);
        await index.AddAsync(round.ConversationKey, round.Id, round.RetainUntil ?? RetainUntil(round.MeetingAt), ErasureReason.Retention, cancellationToken);
    }
}
