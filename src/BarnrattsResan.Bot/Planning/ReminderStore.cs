using Azure;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Planning;

/// <summary>
/// What reminders need to keep, in table Reminders, one partition per round: who turned reminders off
/// (<c>optout|participant key</c>), the time zone of someone whose Teams is in another zone than the round's
/// (<c>zone|participant key</c>), and when the facilitator last sent a reminder (<c>manual</c>). Never a name, a
/// Teams id or who has answered; erased with the round (<c>Privacy/RoundEraser</c>).
/// </summary>
internal sealed class ReminderStore(Tables tables, AnswerStore answers)
{
    private const string ManualRow = "manual";

    private readonly TableClient table = tables.Reminders;

    public async Task TurnOffAsync(string roundId, string participantKey, DateTimeOffset now, CancellationToken cancellationToken) =>
        await table.UpsertEntityAsync(new TableEntity(roundId, "optout|" + participantKey) { ["At"] = now }, TableUpdateMode.Replace, cancellationToken);

    public async Task<bool> IsOffAsync(string roundId, string participantKey, CancellationToken cancellationToken) =>
        (await table.GetEntityIfExistsAsync<TableEntity>(roundId, "optout|" + participantKey, select: ["PartitionKey"], cancellationToken: cancellationToken)).HasValue;

    /// <summary>Keeps the time zone Teams sent with someone's answer when it is not the round's own (one write, only then).</summary>
    public async Task NoteZoneAsync(Round round, string participantKey, string timeZoneId, CancellationToken cancellationToken)
    {
        if (!round.Reminders || !round.IsOpen || string.Equals(timeZoneId, round.TimeZoneId, StringComparison.Ordinal))
        {
            return;
        }

        await table.UpsertEntityAsync(new TableEntity(round.Id, "zone|" + participantKey) { ["TimeZoneId"] = timeZoneId }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The time zones known for the round's participants, by participant key.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ZonesAsync(string roundId, CancellationToken cancellationToken)
    {
        var zones = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == roundId && e.RowKey.CompareTo("zone|") >= 0 && e.RowKey.CompareTo("zone}") < 0, cancellationToken: cancellationToken))
        {
            zones[row.RowKey["zone|".Length..]] = row.GetString("TimeZoneId") ?? string.Empty;
        }

        return zones;
    }

    /// <summary>
    /// Records a reminder the facilitator sends now, unless one was sent less than <paramref name="interval"/> ago:
    /// saved with the ETag, so two clicks on two instances send one. Returns null when it may go, or when the next may.
    /// </summary>
    public async Task<DateTimeOffset?> TryClaimManualAsync(string roundId, DateTimeOffset now, TimeSpan interval, CancellationToken cancellationToken)
    {
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(roundId, ManualRow, cancellationToken: cancellationToken);
        var row = new TableEntity(roundId, ManualRow) { ["At"] = now };
        try
        {
            if (!existing.HasValue)
            {
                await table.AddEntityAsync(row, cancellationToken);
                return null;
            }

            var last = existing.Value!.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue;
            if (last + interval > now)
            {
                return last + interval;
            }

            await table.UpdateEntityAsync(row, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken);
            return null;
        }
        catch (RequestFailedException e) when (StorageRetry.IsConflict(e))
        {
            // Someone else sent one at this very moment.
            return now + interval;
        }
    }

    /// <summary>How many of the questions colleagues can see now this participant has answered (their answer rows only, never anyone else's).</summary>
    public async Task<int> AnsweredCountAsync(Round round, string participantKey, CancellationToken cancellationToken)
    {
        var visible = round.VisibleQuestions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var answered = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in tables.Answers.QueryAsync<AnswerEntity>(e => e.PartitionKey == round.Id && e.ParticipantKey == participantKey, select: [nameof(AnswerEntity.QuestionId), nameof(AnswerEntity.ParticipantKey)], cancellationToken: cancellationToken))
        {
            if (visible.Contains(row.QuestionId)) answered.Add(row.QuestionId);
        }

        return answered.Count;
    }

    /// <summary>How many different people have answered anything (for the thread's reminder, without names).</summary>
    public Task<int> ParticipantCountAsync(Round round, CancellationToken cancellationToken) => answers.CountParticipantsAsync(round.Id, cancellationToken);
}
