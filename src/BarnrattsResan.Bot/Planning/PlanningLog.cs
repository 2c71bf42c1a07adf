namespace BarnrattsResan.Bot.Planning;

/// <summary>Planning's log messages (event ids 130–149). Round ids and counts only, never names or who answered.</summary>
internal static partial class Log
{
    [LoggerMessage(130, LogLevel.Information, "Reminder {Kind} of round {RoundId} is planned for {Members} members")]
    public static partial void ReminderFannedOut(this ILogger logger, string roundId, string kind, int members);

    [LoggerMessage(131, LogLevel.Information, "A facilitator sent a reminder in round {RoundId}")]
    public static partial void ManualReminder(this ILogger logger, string roundId);

    [LoggerMessage(132, LogLevel.Warning, "Planned job {Kind} of round {RoundId} failed; the next pass tries again")]
    public static partial void RoundJobFailed(this ILogger logger, Exception exception, string roundId, string kind);

    [LoggerMessage(133, LogLevel.Error, "The planned-jobs pass failed; it tries again at the next interval")]
    public static partial void RoundJobPassFailed(this ILogger logger, Exception exception);

    [LoggerMessage(134, LogLevel.Information, "Planned round {RoundId} started")]
    public static partial void PlannedRoundStarted(this ILogger logger, string roundId);

    [LoggerMessage(135, LogLevel.Warning, "The members of a round's conversation could not be read for a reminder")]
    public static partial void ReminderRosterFailed(this ILogger logger, Exception exception);
}
