using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Notes;

/// <summary>How notes files are uploaded to the person's OneDrive (section <c>Notes</c>).</summary>
internal sealed class NotesOptions
{
    public const string Section = "Notes";

    /// <summary>OneDrive upload sessions take chunks in multiples of 320 KiB.</summary>
    public const int ChunkUnit = 320 * 1024;

    /// <summary>
    /// The size of one upload request: a multiple of 320 KiB, at most 60 MiB (OneDrive's limit). Default 10 × 320 KiB
    /// (3.125 MiB). Setting: <c>Notes__UploadChunkBytes</c>.
    /// </summary>
    public int UploadChunkBytes { get; set; } = 10 * ChunkUnit;

    /// <summary>How long one upload request may take. Setting: <c>Notes__UploadRequestTimeout</c>.</summary>
    public TimeSpan UploadRequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an instance holds an offer while uploading before the upload counts as interrupted. Setting: <c>Notes__UploadClaim</c>.</summary>
    public TimeSpan UploadClaim { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Upload attempts after passing faults before the person gets a new offer. Setting: <c>Notes__MaxUploadAttempts</c>.</summary>
    public int MaxUploadAttempts { get; set; } = 3;

    /// <summary>
    /// The hosts an upload URL may point to (a name, or <c>*.</c> and a domain). Teams gives OneDrive upload sessions
    /// on SharePoint. Setting: <c>Notes__UploadHosts__0</c>, <c>__1</c>…
    /// </summary>
    public List<string> UploadHosts { get; set; } = ["*.sharepoint.com", "*.sharepoint.us", "*.sharepoint-mil.us", "*.sharepoint.cn"];

    /// <summary>Accept <c>http:</c> upload URLs (only for local tests; never in production). Setting: <c>Notes__AllowHttpUploads</c>.</summary>
    public bool AllowHttpUploads { get; set; }

    /// <summary>Whether an upload URL from Teams is one the bot will send a file to.</summary>
    public bool IsAllowedUploadUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (AllowHttpUploads && uri.Scheme == Uri.UriSchemeHttp))
        && UploadHosts.Any(h => h.StartsWith("*.", StringComparison.Ordinal)
            ? uri.Host.EndsWith(h[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(uri.Host, h, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Checks the notes settings at start-up, with messages that name the setting.</summary>
internal sealed class NotesOptionsValidator(IHostEnvironment environment) : IValidateOptions<NotesOptions>
{
    public ValidateOptionsResult Validate(string? name, NotesOptions options)
    {
        var problems = new List<string>();
        if (options.UploadChunkBytes <= 0 || options.UploadChunkBytes % NotesOptions.ChunkUnit != 0 || options.UploadChunkBytes > 60 * 1024 * 1024)
        {
            problems.Add("Notes:UploadChunkBytes must be a multiple of 327680 (320 KiB) and at most 60 MiB, as OneDrive upload sessions require.");
        }

        if (options.UploadRequestTimeout < TimeSpan.FromSeconds(1) || options.UploadRequestTimeout > TimeSpan.FromMinutes(10))
        {
            problems.Add("Notes:UploadRequestTimeout must be between 1 second and 10 minutes.");
        }

        if (options.UploadClaim < TimeSpan.FromSeconds(30) || options.UploadClaim > TimeSpan.FromHours(1))
        {
            problems.Add("Notes:UploadClaim must be between 30 seconds and 1 hour.");
        }

        if (options.MaxUploadAttempts is < 1 or > 10)
        {
            problems.Add("Notes:MaxUploadAttempts must be between 1 and 10.");
        }

        if (options.UploadHosts.Count == 0 || options.UploadHosts.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("Notes:UploadHosts must list at least one host, and no empty one.");
        }

        if (options.AllowHttpUploads && !environment.IsDevelopment())
        {
            problems.Add("Notes:AllowHttpUploads is for local tests only; it is refused outside the Development environment.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
