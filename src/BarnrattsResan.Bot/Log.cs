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

    [LoggerMessage(40, LogLevel.Information, "Refused a request to /api/messages without a bearer token, before reading its body")]
    public static partial void UnauthenticatedRequestRefused(this ILogger logger);

    [LoggerMessage(41, LogLevel.Warning, "Refused an activity before handling it: {Reason} (tenant {TenantId})")]
    public static partial void ActivityRefusedAtTheDoor(this ILogger logger, string reason, string tenantId);
}
