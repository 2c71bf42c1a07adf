using System.Reflection;

namespace BarnrattsResan.EndToEnd.Tests.BotUnderTest;

/// <summary>
/// The real bot (src/BarnrattsResan.Bot, built by this project's ProjectReference) run as
/// <c>dotnet BarnrattsResan.Bot.dll --urls http://127.0.0.1:port</c>, ready when GET /healthz answers 200.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly ChildProcess process;

    private BotProcess(ChildProcess process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}");

    /// <summary>The messaging endpoint to give the Playground.</summary>
    public Uri MessagesEndpoint => new(BaseUrl, "/api/messages");

    public string Output => process.Output;

    public static string AssemblyPath
    {
        get
        {
            var relative = typeof(BotProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "BotAssemblyRelativePath").Value!;
            var path = Path.Combine(RepoPaths.RepoRoot, relative);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"The bot is not built: {path} is missing (build BarnrattsResan.sln or this test project).");
            }

            return path;
        }
    }

    /// <summary>
    /// Starts the bot on a free port. <paramref name="environment"/> adds or overrides settings, e.g.
    /// <c>Bot__Language=sv</c> so that everyone gets Swedish although the Playground always says en-US.
    /// </summary>
    public static async Task<BotProcess> StartAsync(string storageConnectionString, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var dll = AssemblyPath;
        var port = FreePort.Next();
        var settings = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Storage__ConnectionString"] = storageConnectionString,
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var process = ChildProcess.Start(
            "BarnrattsResan.Bot",
            "dotnet",
            [dll, "--urls", $"http://127.0.0.1:{port}"],
            Path.GetDirectoryName(dll)!,
            settings);
        var bot = new BotProcess(process, port);
        try
        {
            await process.WaitForHttpOkAsync(new Uri(bot.BaseUrl, "/healthz"), timeout);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
