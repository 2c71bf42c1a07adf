using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BarnrattsResan.Bot.Tests.Infrastructure;

/// <summary>One log entry as it was written: its event id and its formatted message.</summary>
public sealed record KeptLog(int EventId, LogLevel Level, string Message);

/// <summary>A logger provider that keeps every entry, so a test can read what the bot logged (and what it did not).</summary>
public sealed class KeptLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<KeptLog> entries = new();

    public IReadOnlyList<KeptLog> Entries => entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(entries);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<KeptLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new KeptLog(eventId.Id, logLevel, formatter(state, exception) + (exception is null ? string.Empty : " | " + exception)));
    }
}
