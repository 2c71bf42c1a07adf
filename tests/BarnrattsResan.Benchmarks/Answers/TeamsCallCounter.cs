using System.Diagnostics;
using System.Globalization;

namespace BarnrattsResan.Benchmarks.Answers;

/// <summary>
/// Counts the HTTP requests this process sends to the Bot Connector stand-in (sends, updates, member lookups,
/// refused ones included), from the activities .NET's HttpClient reports. The activity stops on the async flow
/// of the code that sent the request, so <see cref="RequestPath"/> tells whether a request was waiting for it.
/// </summary>
public sealed class TeamsCallCounter : IDisposable
{
    private readonly ActivityListener listener;
    private readonly string port;

    public TeamsCallCounter(string serviceUrl)
    {
        port = new Uri(serviceUrl).Port.ToString(CultureInfo.InvariantCulture);
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = OnStopped,
        };
        ActivitySource.AddActivityListener(listener);
    }

    public CallCounter Calls { get; } = new();

    private void OnStopped(Activity activity)
    {
        if (Convert.ToString(activity.GetTagItem("server.port"), CultureInfo.InvariantCulture) == port)
        {
            Calls.Count();
        }
    }

    public void Dispose() => listener.Dispose();
}
