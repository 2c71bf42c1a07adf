namespace BarnrattsResan.Bot.Outbound;

/// <summary>
/// Wakes this instance's worker as soon as something is enqueued here, instead of at its next poll. Only a
/// shortcut: the work itself is in table storage, where every instance finds it by polling.
/// </summary>
internal sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        try
        {
            if (signal.CurrentCount == 0) signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, cancel.Token);
        var woken = signal.WaitAsync(cancel.Token);
        await Task.WhenAny(delay, woken);
        await cancel.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose() => signal.Dispose();
}
