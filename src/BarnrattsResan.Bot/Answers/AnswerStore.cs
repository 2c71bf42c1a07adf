using Azure;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Answers;

/// <summary>
/// Answers in table storage. Saving an answer reads two entities by key, writes once (a transaction of the
/// answer and one of its question's counter rows) and reads the question's few counter rows, however many
/// answers the round has: no scans on the hot path.
/// </summary>
public sealed class AnswerStore(Tables tables)
{
    private readonly TableClient table = tables.Answers;

    public async Task<Answer?> GetAsync(string roundId, string questionId, string participantKey, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<AnswerEntity>(roundId, AnswerEntity.AnswerRowKey(questionId, participantKey), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.ToAnswer() : null;
    }

    /// <summary>How many people answered the question: the sum of its counter rows (one small range query).</summary>
    public async Task<int> CountAsync(string roundId, string questionId, CancellationToken cancellationToken)
    {
        var (from, to) = PrefixRange(AnswerCounterEntity.CounterRowPrefix(questionId));
        var count = 0;
        await foreach (var counter in table.QueryAsync<AnswerCounterEntity>(e => e.PartitionKey == roundId && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, select: [nameof(AnswerCounterEntity.Count)], cancellationToken: cancellationToken))
        {
            count += counter.Count;
        }

        return count;
    }

    /// <summary>
    /// Saves a person's answer: a new answer is added together with its counter in one transaction; a changed
    /// answer replaces the old one. A retry or a double click changes nothing twice and never counts twice.
    /// </summary>
    public async Task<SavedAnswer> SaveAsync(string roundId, Answer answer, CancellationToken cancellationToken)
    {
        var rowKey = AnswerEntity.AnswerRowKey(answer.QuestionId, answer.ParticipantKey);
        for (var attempt = 1; attempt <= StorageRetry.MaxAttempts; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<AnswerEntity>(roundId, rowKey, cancellationToken: cancellationToken);
            try
            {
                if (existing.HasValue)
                {
                    var entity = existing.Value!;
                    entity.Text = answer.Text;
                    entity.AuthorName = answer.AuthorName;
                    entity.UpdatedAt = answer.UpdatedAt;
                    await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
                    return new SavedAnswer(entity.ToAnswer(), await CountAsync(roundId, answer.QuestionId, cancellationToken), IsNew: false);
                }

                var counterKey = AnswerCounterEntity.CounterRowKey(answer.QuestionId, AnswerCounterEntity.ShardOf(answer.ParticipantKey));
                var counter = await table.GetEntityIfExistsAsync<AnswerCounterEntity>(roundId, counterKey, cancellationToken: cancellationToken);
                var shardCount = (counter.HasValue ? counter.Value!.Count : 0) + 1;
                var actions = new List<TableTransactionAction>
                {
                    new(TableTransactionActionType.Add, ToEntity(roundId, answer)),
                    counter.HasValue
                        ? new(TableTransactionActionType.UpdateReplace, new AnswerCounterEntity { PartitionKey = roundId, RowKey = counterKey, QuestionId = answer.QuestionId, Count = shardCount }, counter.Value!.ETag)
                        : new(TableTransactionActionType.Add, new AnswerCounterEntity { PartitionKey = roundId, RowKey = counterKey, QuestionId = answer.QuestionId, Count = shardCount }),
                };
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return new SavedAnswer(answer, await CountAsync(roundId, answer.QuestionId, cancellationToken), IsNew: true);
            }
            catch (RequestFailedException e) when (StorageRetry.IsConflict(e))
            {
                // Another answer on the same counter row (or the same person's double click) won the race: read again.
                await StorageRetry.BackOffAsync(attempt, cancellationToken);
            }
        }

        throw new AnswerBusyException();
    }

    /// <summary>
    /// Removes a person's answer to a question, at their request: the answer and one off its question's counter
    /// in one transaction, so the count always follows. False when there was no answer (nothing changes).
    /// </summary>
    public async Task<bool> DeleteAsync(string roundId, string questionId, string participantKey, CancellationToken cancellationToken)
    {
        var rowKey = AnswerEntity.AnswerRowKey(questionId, participantKey);
        var counterKey = AnswerCounterEntity.CounterRowKey(questionId, AnswerCounterEntity.ShardOf(participantKey));
        for (var attempt = 1; attempt <= StorageRetry.MaxAttempts; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<AnswerEntity>(roundId, rowKey, select: [nameof(AnswerEntity.QuestionId)], cancellationToken: cancellationToken);
            if (!existing.HasValue)
            {
                return false;
            }

            var counter = await table.GetEntityIfExistsAsync<AnswerCounterEntity>(roundId, counterKey, cancellationToken: cancellationToken);
            var actions = new List<TableTransactionAction>
            {
                new(TableTransactionActionType.Delete, new TableEntity(roundId, rowKey), existing.Value!.ETag),
            };
            if (counter.HasValue)
            {
                var shard = counter.Value!;
                actions.Add(shard.Count > 1
                    ? new(TableTransactionActionType.UpdateReplace, new AnswerCounterEntity { PartitionKey = roundId, RowKey = counterKey, QuestionId = questionId, Count = shard.Count - 1 }, shard.ETag)
                    : new(TableTransactionActionType.Delete, new TableEntity(roundId, counterKey), shard.ETag));
            }

            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return true;
            }
            catch (RequestFailedException e) when (StorageRetry.IsConflict(e) || StorageRetry.IsNotFound(e))
            {
                // The answer or its counter changed in between (a new answer on the same counter row, a double click): read again.
                await StorageRetry.BackOffAsync(attempt, cancellationToken);
            }
        }

        throw new AnswerBusyException();
    }

    /// <summary>The answers to one question: a range query within the round's partition.</summary>
    public Task<IReadOnlyList<Answer>> ListAsync(string roundId, string questionId, CancellationToken cancellationToken) =>
        QueryPrefixAsync(roundId, AnswerEntity.AnswerRowPrefix(questionId), cancellationToken);

    /// <summary>Every answer of the round, for the summary.</summary>
    public Task<IReadOnlyList<Answer>> ListAllAsync(string roundId, CancellationToken cancellationToken) =>
        QueryPrefixAsync(roundId, AnswerEntity.AllAnswersPrefix, cancellationToken);

    /// <summary>How many different people answered anything in the round; reads only the participant keys, not the texts.</summary>
    public async Task<int> CountParticipantsAsync(string roundId, CancellationToken cancellationToken)
    {
        var (from, to) = PrefixRange(AnswerEntity.AllAnswersPrefix);
        var people = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<AnswerEntity>(e => e.PartitionKey == roundId && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, select: [nameof(AnswerEntity.ParticipantKey)], cancellationToken: cancellationToken))
        {
            people.Add(entity.ParticipantKey);
        }

        return people.Count;
    }

    /// <summary>The answer count of every question of the round (one small range query).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountAllAsync(string roundId, CancellationToken cancellationToken)
    {
        var (from, to) = PrefixRange(AnswerCounterEntity.AllCountersPrefix);
        var counts = new Dictionary<string, int>();
        await foreach (var counter in table.QueryAsync<AnswerCounterEntity>(e => e.PartitionKey == roundId && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            counts[counter.QuestionId] = counts.GetValueOrDefault(counter.QuestionId) + counter.Count;
        }

        return counts;
    }

    private async Task<IReadOnlyList<Answer>> QueryPrefixAsync(string roundId, string prefix, CancellationToken cancellationToken)
    {
        var (from, to) = PrefixRange(prefix);
        var answers = new List<Answer>();
        await foreach (var entity in table.QueryAsync<AnswerEntity>(e => e.PartitionKey == roundId && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            answers.Add(entity.ToAnswer());
        }

        return answers;
    }

    private static (string From, string To) PrefixRange(string prefix) => (prefix, prefix[..^1] + (char)(prefix[^1] + 1));

    private static AnswerEntity ToEntity(string roundId, Answer answer) => new()
    {
        PartitionKey = roundId,
        RowKey = AnswerEntity.AnswerRowKey(answer.QuestionId, answer.ParticipantKey),
        QuestionId = answer.QuestionId,
        ParticipantKey = answer.ParticipantKey,
        Text = answer.Text,
        AuthorName = answer.AuthorName,
        AnsweredAt = answer.AnsweredAt,
        UpdatedAt = answer.UpdatedAt,
    };
}

public sealed record SavedAnswer(Answer Answer, int Count, bool IsNew);

/// <summary>The same answer was changed by many requests at once; the user is asked to try again.</summary>
public sealed class AnswerBusyException() : Exception("The answer could not be saved because of concurrent changes.");
