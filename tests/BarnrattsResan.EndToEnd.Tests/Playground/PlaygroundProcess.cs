using System.Diagnostics;
using System.Globalization;

namespace BarnrattsResan.EndToEnd.Tests.Playground;

/// <summary>
/// One <c>agentsplayground</c> process for one simulated user, in a temporary folder holding the generated
/// <c>.m365agentsplayground.yml</c>. Several can run at once on different ports against the same bot.
/// </summary>
public sealed class PlaygroundProcess : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly ChildProcess process;
    private readonly TempDirectory folder;

    private PlaygroundProcess(ChildProcess process, TempDirectory folder, int port, PlaygroundWorld world, PlaygroundUser user, TimeSpan startup)
    {
        this.process = process;
        this.folder = folder;
        Port = port;
        World = world;
        User = user;
        StartupTime = startup;
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public PlaygroundWorld World { get; }

    public PlaygroundUser User { get; }

    /// <summary>From process start until the web UI answered (about 1.5 s on the project's machine).</summary>
    public TimeSpan StartupTime { get; }

    public string Output => process.Output;

    public static async Task<PlaygroundProcess> StartAsync(Uri botMessagesEndpoint, PlaygroundWorld world, PlaygroundUser user)
    {
        var tool = RepoPaths.RequireNodeTool("agentsplayground");
        var folder = new TempDirectory("playground");
        PlaygroundConfigFile.Write(folder.Path, world, user);
        var port = FreePort.Next();
        var stopwatch = Stopwatch.StartNew();
        var process = ChildProcess.Start(
            $"agentsplayground ({user.Name})",
            tool,
            ["-e", botMessagesEndpoint.ToString(), "-c", "msteams", "-p", port.ToString(CultureInfo.InvariantCulture), "--dt"],
            folder.Path,
            new Dictionary<string, string?>
            {
                ["TEAMSAPPTESTER_BROWSER"] = "none",
                ["TZ"] = user.TimeZone,
                ["LANG"] = user.Locale.Replace('-', '_') + ".UTF-8",
            });
        try
        {
            await process.WaitForHttpOkAsync(new Uri($"http://127.0.0.1:{port}/"), StartTimeout);
        }
        catch
        {
            await process.DisposeAsync();
            folder.Dispose();
            throw;
        }

        return new PlaygroundProcess(process, folder, port, world, user, stopwatch.Elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        folder.Dispose();
    }
}
