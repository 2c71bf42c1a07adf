namespace BarnrattsResan.Bot;

/// <summary>The bot's log messages, source-generated. No message carries answer texts or, in anonymous rounds, who answered.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "{Count} tables are ready")]
    public static partial void TablesReady(this ILogger logger, int count);

    [LoggerMessage(2, LogLevel.Error, "Unhandled error in a turn of activity type {ActivityType}")]
    public static partial void TurnFailed(this ILogger logger, Exception exception, string? activityType);

    [LoggerMessage(3, LogLevel.Information, "Round {RoundId} created ({Mode}, {QuestionCount} questions, summary due {DueAt:o})")]
    public static partial void RoundCreated(this ILogger logger, string roundId, string mode, int questionCount, DateTimeOffset dueAt);

    [LoggerMessage(4, LogLevel.Information, "Round {RoundId} changed state to {State}")]
    public static partial void RoundStateChanged(this ILogger logger, string roundId, string state);

    [LoggerMessage(5, LogLevel.Warning, "Storage conflict on round {RoundId} persisted after {Attempts} attempts")]
    public static partial void ConcurrencyExhausted(this ILogger logger, string roundId, int attempts);

    [LoggerMessage(6, LogLevel.Information, "Summary of round {RoundId} enqueued ({Parts} messages, {Leads} group leads)")]
    public static partial void SummaryDelivered(this ILogger logger, string roundId, int parts, int leads);

    [LoggerMessage(7, LogLevel.Warning, "Summary job for round {RoundId} failed; it will be retried after the lease expires")]
    public static partial void SummaryJobFailed(this ILogger logger, Exception exception, string roundId);


    [LoggerMessage(9, LogLevel.Warning, "Rejected a request to /api/messages: {Reason}")]
    public static partial void RequestRejected(this ILogger logger, string reason);


    [LoggerMessage(11, LogLevel.Error, "The summary scheduler failed a pass; it tries again at the next interval")]
    public static partial void SchedulerPassFailed(this ILogger logger, Exception exception);

    [LoggerMessage(12, LogLevel.Warning, "Could not read the conversation's members")]
    public static partial void RosterFailed(this ILogger logger, Exception exception);

    [LoggerMessage(20, LogLevel.Warning, "Teams throttled lane {Lane}; retrying after {RetryAfterSeconds} s")]
    public static partial void OutboxThrottled(this ILogger logger, string lane, double retryAfterSeconds);

    [LoggerMessage(21, LogLevel.Warning, "An outbox item ({Purpose}) in lane {Lane} was set aside: {Reason}")]
    public static partial void OutboxSetAside(this ILogger logger, string lane, string purpose, string reason);

    [LoggerMessage(22, LogLevel.Error, "The outbox handler {Handler} failed")]
    public static partial void OutboxHandlerFailed(this ILogger logger, Exception exception, string handler);

    [LoggerMessage(23, LogLevel.Warning, "Another instance took over outbox lane {Lane}")]
    public static partial void OutboxLeaseLost(this ILogger logger, string lane);

    [LoggerMessage(24, LogLevel.Error, "An outbox pass failed; the worker tries again at its next poll")]
    public static partial void OutboxPassFailed(this ILogger logger, Exception exception);

    [LoggerMessage(25, LogLevel.Error, "Draining outbox lane {Lane} failed; it is retried when its lease ends")]
    public static partial void OutboxLaneFailed(this ILogger logger, Exception exception, string lane);

    [LoggerMessage(26, LogLevel.Warning, "Teams answered {Status} ({Code}) to a {Kind}")]
    public static partial void DeliveryFailed(this ILogger logger, int status, string? code, string kind);

    [LoggerMessage(27, LogLevel.Error, "A message of {Utf16Bytes} bytes (UTF-16) is over Teams' budget and was not sent")]
    public static partial void MessageTooLarge(this ILogger logger, int utf16Bytes);

    [LoggerMessage(28, LogLevel.Information, "The due summary of round {RoundId} was handed to the outbox ({Leads} group leads)")]
    public static partial void SummaryEnqueued(this ILogger logger, string roundId, int leads);

    // Privacy: retention and erasure (event ids 50-69).
    [LoggerMessage(50, LogLevel.Information, "Round {RoundId} erased ({Reason})")]
    public static partial void RoundErased(this ILogger logger, string roundId, string reason);

    [LoggerMessage(51, LogLevel.Information, "A conversation's data was erased ({Rounds} rounds)")]
    public static partial void ConversationErased(this ILogger logger, int rounds);

    [LoggerMessage(52, LogLevel.Information, "The bot was removed; {Conversations} conversations are scheduled for erasure at {DueAt:o}")]
    public static partial void ConversationRemovalScheduled(this ILogger logger, int conversations, DateTimeOffset dueAt);

    [LoggerMessage(53, LogLevel.Information, "The bot was added back; the erasure of {Conversations} conversations is cancelled")]
    public static partial void ConversationRemovalCancelled(this ILogger logger, int conversations);

    [LoggerMessage(54, LogLevel.Error, "The retention sweep failed a pass; it tries again at the next interval")]
    public static partial void RetentionSweepFailed(this ILogger logger, Exception exception);

    [LoggerMessage(55, LogLevel.Warning, "Erasing round {RoundId} failed; the next sweep tries again")]
    public static partial void RetentionEntryFailed(this ILogger logger, Exception exception, string roundId);

    [LoggerMessage(56, LogLevel.Information, "The retention sweep erased {Count} rounds or conversations")]
    public static partial void RetentionSwept(this ILogger logger, int count);

    [LoggerMessage(57, LogLevel.Information, "Round {RoundId} is kept until {Until:o}, as its retention now says")]
    public static partial void RetentionPostponed(this ILogger logger, string roundId, DateTimeOffset until);

    [LoggerMessage(58, LogLevel.Information, "{Count} answers were withdrawn from round {RoundId} by the person who gave them")]
    public static partial void AnswersWithdrawn(this ILogger logger, string roundId, int count);
    [LoggerMessage(40, LogLevel.Information, "Refused a request to /api/messages without a bearer token, before reading its body")]
    public static partial void UnauthenticatedRequestRefused(this ILogger logger);

    [LoggerMessage(41, LogLevel.Warning, "Refused an activity before handling it: {Reason} (tenant {TenantId})")]
    public static partial void ActivityRefusedAtTheDoor(this ILogger logger, string reason, string tenantId);

    [LoggerMessage(100, LogLevel.Information, "The results of round {RoundId} were corrected (revision {Revision}); the posted introduction is updated")]
    public static partial void ResultsCorrected(this ILogger logger, string roundId, int revision);

    // The meeting notes as files (event ids 110-129).
    [LoggerMessage(110, LogLevel.Warning, "A notes upload URL was refused: not https or not an allowed host (Notes:UploadHosts)")]
    public static partial void NotesUploadUrlRefused(this ILogger logger);

    [LoggerMessage(111, LogLevel.Information, "A notes file of {Bytes} bytes was uploaded in {Requests} requests")]
    public static partial void NotesUploaded(this ILogger logger, long bytes, int requests);

    [LoggerMessage(112, LogLevel.Warning, "A notes upload failed: the upload URL answered {Status}")]
    public static partial void NotesUploadFailed(this ILogger logger, int status);

    [LoggerMessage(113, LogLevel.Information, "Notes ({Kind}) of round {RoundId} offered as offer {OfferId}")]
    public static partial void NotesOffered(this ILogger logger, string kind, string roundId, string offerId);

    [LoggerMessage(114, LogLevel.Information, "Offer {OfferId} of round {RoundId}: {Answer}")]
    public static partial void NotesConsentAnswered(this ILogger logger, string offerId, string roundId, string answer);

    [LoggerMessage(115, LogLevel.Warning, "A file consent answer was refused: {Reason}")]
    public static partial void NotesConsentRefused(this ILogger logger, string reason);

    [LoggerMessage(116, LogLevel.Warning, "The upload of offer {OfferId} of round {RoundId} ended without a result ({Outcome}); the person gets a new offer")]
    public static partial void NotesUploadGivenUp(this ILogger logger, string offerId, string roundId, string outcome);

    [LoggerMessage(140, LogLevel.Error, "A row of table {Table} cannot be read ({PartitionKey} / {RowKey}); the request that needed it was refused")]
    public static partial void StoredRowUnreadable(this ILogger logger, string table, string partitionKey, string rowKey);

    [LoggerMessage(141, LogLevel.Error, "A row of table {Table} cannot be read ({PartitionKey} / {RowKey}); the work that needed it ({Work}) is set aside, not retried")]
    public static partial void StoredRowUnreadableSetAside(this ILogger logger, string table, string partitionKey, string rowKey, string work);

    [LoggerMessage(142, LogLevel.Error, "A row of table {Table} cannot be read ({PartitionKey} / {RowKey}); {Work} goes on with the rows that can be read and says how many could not")]
    public static partial void StoredRowUnreadableLeftOut(this ILogger logger, string table, string partitionKey, string rowKey, string work);
}
