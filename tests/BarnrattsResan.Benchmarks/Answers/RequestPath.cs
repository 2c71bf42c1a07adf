using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace BarnrattsResan.Benchmarks.Answers;

/// <summary>
/// Marks the work done while an HTTP request is being handled, so outbound calls can be told apart: made on the
/// request path (the person waits for them) or in the background (an outbox worker, a hosted service).
/// Work a request starts and does not await carries the mark too, since it inherits the request's async flow.
/// </summary>
public static class RequestPath
{
    private static readonly AsyncLocal<bool> Inside = new();

    public static bool IsActive => Inside.Value;

    /// <summary>Put first in an app's pipeline: everything the request awaits runs with the mark.</summary>
    public sealed class Marker : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                Inside.Value = true;
                await following(context);
            });
            next(app);
        };
    }
}
