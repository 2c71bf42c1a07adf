using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Notes;

internal enum UploadStatus
{
    /// <summary>OneDrive has the whole file (201 or 200).</summary>
    Completed,

    /// <summary>The upload URL no longer works (404, 410, 416, or another refusal): the person needs a new offer.</summary>
    Expired,

    /// <summary>Passing faults (5xx, 429, timeouts) went on after a few quick retries: try the whole upload again later.</summary>
    Transient,
}

/// <summary>
/// Sends a file to a OneDrive upload session, the URL Teams gives when someone accepts a file consent card: HTTP PUT
/// with Content-Range, in chunks that are multiples of 320 KiB, following the session's <c>nextExpectedRanges</c>.
/// Passing faults on a chunk are retried a few times at once, with the same bytes.
/// </summary>
internal sealed class NotesUploader(IHttpClientFactory clients, IOptions<NotesOptions> options, TimeProvider time, ILogger<NotesUploader> logger)
{
    public const string ClientName = "notes-upload";
    private const int QuickRetries = 3;

    public async Task<UploadStatus> UploadAsync(string uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsAllowedUploadUrl(uploadUrl))
        {
            logger.NotesUploadUrlRefused();
            return UploadStatus.Expired;
        }

        var client = clients.CreateClient(ClientName);
        long total = content.Length;
        long start = 0;
        var failures = 0;
        var requests = 0;
        while (true)
        {
            if (++requests > (total / NotesOptions.ChunkUnit) + 2 + (QuickRetries * 4))
            {
                // The session keeps asking for what was sent: it is not one the bot can finish.
                return UploadStatus.Expired;
            }

            var end = Math.Min(start + settings.UploadChunkBytes, total) - 1;
            int? status;
            string? body = null;
            TimeSpan? retryAfter = null;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(settings.UploadRequestTimeout);
                using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = new ByteArrayContent(content, (int)start, (int)(end - start + 1)) };
                request.Content.Headers.ContentRange = new ContentRangeHeaderValue(start, end, total);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                using var response = await client.SendAsync(request, timeout.Token);
                status = (int)response.StatusCode;
                retryAfter = response.Headers.RetryAfter?.Delta;
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    body = await response.Content.ReadAsStringAsync(timeout.Token);
                }
            }
            catch (HttpRequestException)
            {
                status = null;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                status = null;
            }

            switch (status)
            {
                case 200 or 201:
                    logger.NotesUploaded(total, requests);
                    return UploadStatus.Completed;
                case 202:
                    failures = 0;
                    start = NextExpected(body) ?? end + 1;
                    if (start >= total)
                    {
                        // Everything was taken but the session does not say it is complete: try again later.
                        logger.NotesUploadFailed(202);
                        return UploadStatus.Transient;
                    }

                    continue;
                case null or 408 or 429 or 500 or 502 or 503 or 504:
                    if (++failures > QuickRetries)
                    {
                        logger.NotesUploadFailed(status ?? 0);
                        return UploadStatus.Transient;
                    }

                    await Task.Delay(retryAfter is { } wait && wait < TimeSpan.FromSeconds(30) ? wait : TimeSpan.FromSeconds(failures), time, cancellationToken);
                    continue;
                default:
                    logger.NotesUploadFailed(status.Value);
                    return UploadStatus.Expired;
            }
        }
    }

    /// <summary>The start of the first range in a 202's <c>nextExpectedRanges</c> (["26-"] or ["26-49"]).</summary>
    private static long? NextExpected(string? body)
    {
        if (string.IsNullOrEmpty(body)) return null;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("nextExpectedRanges", out var ranges)
                && ranges.ValueKind == JsonValueKind.Array
                && ranges.GetArrayLength() > 0
                && ranges[0].GetString() is { } first
                && long.TryParse(first.Split('-')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from))
            {
                return from;
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
