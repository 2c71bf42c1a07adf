using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace BarnrattsResan.Benchmarks.Answers;

/// <summary>
/// Counts every request a <see cref="TableServiceClient"/> sends to Table Storage, retries included, by whether a
/// request was waiting for it and by kind (point read, query, transaction, write), and the conflicts (409/412).
/// </summary>
public sealed partial class StorageCallCounter : HttpPipelineSynchronousPolicy
{
    public const string Conflicts = "409/412";

    private readonly ConcurrentDictionary<string, long> kinds = new();

    public CallCounter Calls { get; } = new();

    /// <summary>A client like the app's own (same connection string, default options) with this counter in its pipeline.</summary>
    public TableServiceClient Client(string connectionString)
    {
        var options = new TableClientOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerRetry);
        return new TableServiceClient(connectionString, options);
    }

    /// <summary>Requests by kind, and <see cref="Conflicts"/>, so far.</summary>
    public IReadOnlyDictionary<string, long> Kinds() => new Dictionary<string, long>(kinds);

    public override void OnSendingRequest(HttpMessage message)
    {
        Calls.Count();
        kinds.AddOrUpdate(KindOf(message.Request), 1, (_, n) => n + 1);
    }

    public override void OnReceivedResponse(HttpMessage message)
    {
        // A transaction answers 202 and names the failed operation's status inside its (buffered) multipart body.
        if (message.Response.Status is 409 or 412
            || (message.Response.Status == 202 && message.Response.ContentStream is MemoryStream && BatchConflict().IsMatch(message.Response.Content.ToString())))
        {
            kinds.AddOrUpdate(Conflicts, 1, (_, n) => n + 1);
        }
    }

    private static string KindOf(Request request)
    {
        var uri = request.Uri.ToUri();
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        if (request.Method == RequestMethod.Get)
        {
            return path.EndsWith(')') && path.Contains("PartitionKey=", StringComparison.Ordinal) ? "read" : "query";
        }

        if (request.Method == RequestMethod.Post && path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            return "transaction";
        }

        return "write";
    }

    [GeneratedRegex(@"^HTTP/1\.1 (409|412) ", RegexOptions.Multiline)]
    private static partial Regex BatchConflict();
}
