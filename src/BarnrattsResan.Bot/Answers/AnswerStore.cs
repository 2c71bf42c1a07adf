using Azure;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Answers;

/// <summary>
/// Answers in table storage. Saving an answer is one write: a new answer is inserted, and only when it is already
/// there (a change, or a retried click) is it merged. Nothing else is stored per answer; how many people answered a
/// question is counted from its answer rows (one range query reading only the participant keys), off the answering
/// path: by the outbox worker for the shared card, by the summary and by <c>status</c>.
/// </summary>
internal sealed class AnswerStore(Tables tables)
{
    private readonly TableClient table = tables.Answers;

    public async Task<Answer?> GetAsync(string roundId, string questionId, string participantKey, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(roundId, AnswerEntity.AnswerRowKey(questionId, participantKey), cancellationToken: cancellationToken);
        return response.HasValue ? AnswerRow.Read(response.Value!) : null;
    }

    /// <summary>How many people answered the question: its answer rows, read as participant keys only (one range query).</summary>
    public async Task<int> CountAsync(string roundId, string questionId, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in KeysAsync(roundId, AnswerEntity.AnswerRowPrefix(questionId), cancellationToken))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Saves a person's answer with one write when it is new: insert; if it is already there (the person changes it,
    /// or Teams retried the click) its text, name and time of change are merged, keeping when it was first given. A
    /// retry or a double click never stores an answer twice.
    /// </summary>
    public Task<SavedAnswer> SaveAsync(string roundId, Answer answer, CancellationToken cancellationToken)
    {
        var entity = ToEntity(roundId, answer);
        return StorageRetry.UntilDoneAsync(
            "Answers",
            async c =>
            {
                try
                {
                    await table.AddEntityAsync(entity, c);
                    return Attempt.Done(new SavedAnswer(answer, IsNew: true));
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    // It is there already: a change (or a retry of this very click).
                }

                try
                {
                    var change = new TableEntity(roundId, entity.RowKey)
                    {
                        [nameof(AnswerEntity.Text)] = answer.Text,
                        [nameof(AnswerEntity.AuthorName)] = answer.AuthorName,
                        [nameof(AnswerEntity.UpdatedAt)] = answer.UpdatedAt,
                    };
                    await table.UpdateEntityAsync(change, ETag.All, TableUpdateMode.Merge, c);
                    return Attempt.Done(new SavedAnswer(answer, IsNew: false));
                }
                catch (RequestFailedException e) when (StorageRetry.IsNotFound(e))
                {
                    // Taken back in between (the person's other click): add it again.
                    return Attempt.Again<SavedAnswer>();
                }
            },
            cancellationToken);
    }

    /// <summary>Removes a person's answer to a question, at their request: one delete. False when there was no answer (nothing changes).</summary>
    public async Task<bool> DeleteAsync(string roundId, string questionId, string participantKey, CancellationToken cancellationToken)
    {
        try
        {
            // The SDK answers a delete of a row that is not there with its 404 response rather than an exception.
            var response = await table.DeleteEntityAsync(roundId, AnswerEntity.AnswerRowKey(questionId, participantKey), ETag.All, cancellationToken);
            return response.Status != 404;
        }
        catch (RequestFailedException e) when (StorageRetry.IsNotFound(e))
        {
            return false;
        }
    }

    /// <summary>The answers to one question: a range query within the round's partition. One that cannot be read throws <see cref="UnreadableRowException"/>.</summary>
    public async Task<IReadOnlyList<Answer>> ListAsync(string roundId, string questionId, CancellationToken cancellationToken)
    {
        var read = await QueryPrefixAsync(roundId, AnswerEntity.AnswerRowPrefix(questionId), cancellationToken);
        return read.Unreadable.Count > 0 ? throw read.Unreadable[0] : read.Answers;
    }

    /// <summary>
    /// Every answer of the round, for the summary: the ones that can be read, and the keys of any that cannot (the
    /// caller says so and logs them; they are never dropped without a word, see <see cref="AnswerRow"/>).
    /// </summary>
    public Task<ReadAnswers> ReadAllAsync(string roundId, CancellationToken cancellationToken) =>
        QueryPrefixAsync(roundId, AnswerEntity.AllAnswersPrefix, cancellationToken);

    /// <summary>How many different people answered anything in the round; reads only the participant keys, not the texts.</summary>
    public async Task<int> CountParticipantsAsync(string roundId, CancellationToken cancellationToken)
    {
        var people = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entity in KeysAsync(roundId, AnswerEntity.AllAnswersPrefix, cancellationToken))
        {
            people.Add(entity.ParticipantKey);
        }

        return people.Count;
    }

    /// <summary>The answer count of every question of the round (one range query over the answer rows' keys, no texts).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountAllAsync(string roundId, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>();
        await foreach (var entity in KeysAsync(roundId, AnswerEntity.AllAnswersPrefix, cancellationToken))
        {
            var questionId = AnswerEntity.QuestionIdOf(entity.RowKey);
            counts[questionId] = counts.GetValueOrDefault(questionId) + 1;
        }

        return counts;
    }

    /// <summary>The answer rows under a prefix with their keys only (the row key and the participant key): no texts, no names.</summary>
    private AsyncPageable<AnswerEntity> KeysAsync(string roundId, string prefix, CancellationToken cancellationToken)
    {
        var (from, to) = PrefixRange(prefix);
        return table.QueryAsync<AnswerEntity>(e => e.PartitionKey == roundId && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, select: [nameof(AnswerEntity.RowKey), nameof(AnswerEntity.ParticipantKey)], cancellationToken: cancellationToken);
    }

    private async Task<ReadAnswers> QueryPrefixAsync(string roundId, string prefix, CancellationToken cancellationToken)
    {
        var (from, to) = PrefixRange(prefix);
        var answers = new List<Answer>();
        var unreadable = new List<UnreadableRowException>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == roundId && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            try
            {
                answers.Add(AnswerRow.Read(entity));
            }
            catch (UnreadableRowException e)
            {
                unreadable.Add(e);
            }
        }

        return new ReadAnswers(answers, unreadable);
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

/// <summary>What was saved; <see cref="IsNew"/> when it is the person's first answer to the question (a change is not).</summary>
internal sealed record SavedAnswer(Answer Answer, bool IsNew);
