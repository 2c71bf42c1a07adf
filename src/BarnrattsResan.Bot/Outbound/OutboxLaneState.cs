using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// The row that says a lane has work (table Outbox, partition <c>lanes</c>, row = the lane): when it is next due,
/// which instance drains it (a lease), when it last sent (Teams' per-thread windows, across instances), and the
/// question cards whose counts changed (coalesced: the latest count wins).
/// </summary>
internal sealed class OutboxLaneState
{
    public const string Partition = OutboxLanes.LanesPartition;
    private const string DirtyPrefix = "D";
    private const string HandledPrefix = "S";
    private const string SentPrefix = "T";
    private const string ConversationPrefix = "K";
    private const string ShownCountPrefix = "N";
    private const string RecountPrefix = "R";

    /// <summary>A lease that has ended (Table Storage keeps times from 1601 on).</summary>
    private static readonly DateTimeOffset NoLease = new(1601, 1, 2, 0, 0, 0, TimeSpan.Zero);

    public OutboxLaneState(TableEntity entity) => Entity = entity;

    public TableEntity Entity { get; private set; }

    public string Key => Entity.RowKey;

    public ETag ETag => Entity.ETag;

    public DateTimeOffset NextAt => Entity.GetDateTimeOffset("NextAt") ?? DateTimeOffset.MinValue;

    public string? LeaseOwner => Entity.GetString("LeaseOwner");

    public DateTimeOffset LeaseUntil => Entity.GetDateTimeOffset("LeaseUntil") ?? DateTimeOffset.MinValue;

    /// <summary>When this lane last sent, as UTC ticks, newest last (the last hour at most).</summary>
    public IReadOnlyList<long> Sends
    {
        get
        {
            var bytes = Entity.GetBinary("Sends");
            if (bytes is null) return [];
            var sends = new long[bytes.Length / sizeof(long)];
            Buffer.BlockCopy(bytes, 0, sends, 0, sends.Length * sizeof(long));
            return sends;
        }
    }

    public bool IsLeasedByOtherThan(string owner, DateTimeOffset now) => LeaseOwner is { } holder && holder != owner && LeaseUntil > now;

    /// <summary>The question cards to update, with what was marked and what was last handled.</summary>
    public IReadOnlyList<CoalescedRefresh> Refreshes =>
        Entity.Keys
            .Where(k => k.Length == 1 + 32 + 3 && k.StartsWith(DirtyPrefix, StringComparison.Ordinal))
            .Select(k =>
            {
                var suffix = k[1..];
                var roundId = suffix[..32];
                return new CoalescedRefresh(
                    roundId,
                    Entity.GetString(ConversationPrefix + roundId) ?? string.Empty,
                    int.Parse(suffix[32..], CultureInfo.InvariantCulture),
                    Entity.GetInt64(DirtyPrefix + suffix) ?? 0,
                    Entity.GetInt64(HandledPrefix + suffix) ?? 0,
                    Entity.GetInt64(SentPrefix + suffix) ?? 0,
                    Entity.GetInt32(ShownCountPrefix + suffix),
                    Entity.GetBoolean(RecountPrefix + suffix) ?? false);
            })
            .ToArray();

    public static TableEntity MarkDirty(string lane, string roundId, string roundConversation, IEnumerable<int> questionIndexes, DateTimeOffset now)
    {
        var entity = new TableEntity(Partition, lane) { ["NextAt"] = now, [ConversationPrefix + roundId] = roundConversation };
        foreach (var index in questionIndexes)
        {
            entity[DirtyPrefix + Suffix(roundId, index)] = OutboxSequence.Next();
        }

        return entity;
    }

    public static TableEntity Touch(string lane, DateTimeOffset nextAt) => new(Partition, lane) { ["NextAt"] = nextAt };

    /// <summary>The changes an instance makes while it drains the lane, applied to whatever the row is now.</summary>
    public static TableEntity Change(OutboxLaneState state, string? leaseOwner, DateTimeOffset? leaseUntil, DateTimeOffset? nextAt, IReadOnlyList<long>? sends, IEnumerable<HandledRefresh>? handled)
    {
        var entity = new TableEntity(Partition, state.Key) { ETag = state.ETag };
        entity["LeaseOwner"] = leaseOwner ?? string.Empty;
        entity["LeaseUntil"] = leaseUntil ?? NoLease;
        if (nextAt is { } next) entity["NextAt"] = next;
        if (sends is not null)
        {
            var bytes = new byte[sends.Count * sizeof(long)];
            Buffer.BlockCopy(sends.ToArray(), 0, bytes, 0, bytes.Length);
            entity["Sends"] = bytes;
        }

        foreach (var (refresh, sentAt, shownCount, recount) in handled ?? [])
        {
            var suffix = Suffix(refresh.RoundId, refresh.QuestionIndex);
            entity[HandledPrefix + suffix] = refresh.DirtyAt;
            entity[SentPrefix + suffix] = sentAt;
            if (shownCount is { } shown) entity[ShownCountPrefix + suffix] = shown;
            entity[RecountPrefix + suffix] = recount;
        }

        return entity;
    }

    private static string Suffix(string roundId, int index) => string.Create(CultureInfo.InvariantCulture, $"{roundId}{index:D3}");
}

/// <summary>
/// A shared question card whose count changed: marked <see cref="DirtyAt"/>, last handled mark <see cref="HandledAt"/>,
/// last sent <see cref="SentAt"/> (UTC ticks) showing <see cref="ShownCount"/>; <see cref="RecountDue"/> while the
/// worker still has to count again after its last update (the trailing recount).
/// </summary>
internal sealed record CoalescedRefresh(string RoundId, string RoundConversation, int QuestionIndex, long DirtyAt, long HandledAt, long SentAt, int? ShownCount = null, bool RecountDue = false)
{
    /// <summary>Marked since the last update: the card is updated whatever its count.</summary>
    public bool IsMarked => DirtyAt != HandledAt;

    /// <summary>The worker has something to do for this card: a mark, or the recount after its last update.</summary>
    public bool IsPending => IsMarked || RecountDue;
}

/// <summary>What the worker did with a card: the mark it handled, when it last sent, the count it showed, whether a recount follows.</summary>
internal sealed record HandledRefresh(CoalescedRefresh Refresh, long SentAt, int? ShownCount, bool RecountDue);
