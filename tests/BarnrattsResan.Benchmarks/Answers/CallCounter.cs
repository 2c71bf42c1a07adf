namespace BarnrattsResan.Benchmarks.Answers;

/// <summary>Outbound calls of one kind, counted apart by whether a request was waiting for them.</summary>
public sealed class CallCounter
{
    private long requestPath;
    private long background;

    public void Count()
    {
        if (RequestPath.IsActive)
        {
            Interlocked.Increment(ref requestPath);
        }
        else
        {
            Interlocked.Increment(ref background);
        }
    }

    public CallCount Snapshot() => new(Interlocked.Read(ref requestPath), Interlocked.Read(ref background));
}

public readonly record struct CallCount(long RequestPath, long Background)
{
    public long Total => RequestPath + Background;

    public static CallCount operator -(CallCount after, CallCount before) =>
        new(after.RequestPath - before.RequestPath, after.Background - before.Background);
}
