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

    [LoggerMessage(6, LogLevel.Information, "Summary of round {RoundId} delivered ({Parts} messages, {Leads} group leads)")]
    public static partial void SummaryDelivered(this ILogger logger, string roundId, int parts, int leads);

    [LoggerMessage(7, LogLevel.Warning, "Summary job for round {RoundId} failed; it will be retried after the lease expires")]
    public static partial void SummaryJobFailed(this ILogger logger, Exception exception, string roundId);

    [LoggerMessage(8, LogLevel.Warning, "Could not update the shared card of round {RoundId}")]
    public static partial void CardUpdateFailed(this ILogger logger, Exception exception, string roundId);

    [LoggerMessage(9, LogLevel.Warning, "Rejected a request to /api/messages: {Reason}")]
    public static partial void RequestRejected(this ILogger logger, string reason);

    [LoggerMessage(10, LogLevel.Warning, "Could not send the summary of round {RoundId} to a group lead")]
    public static partial void LeadDeliveryFailed(this ILogger logger, Exception exception, string roundId);

    [LoggerMessage(11, LogLevel.Error, "The summary scheduler failed a pass; it tries again at the next interval")]
    public static partial void SchedulerPassFailed(this ILogger logger, Exception exception);

    [LoggerMessage(12, LogLevel.Warning, "Could not read the conversation's members")]
    public static partial void RosterFailed(this ILogger logger, Exception exception);

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
}
