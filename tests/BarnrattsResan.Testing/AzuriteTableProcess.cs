using System.Globalization;
using System.Net.Sockets;

namespace BarnrattsResan.Testing;

/// <summary>A real Azurite table service on a free port with a temporary data folder.</summary>
public sealed class AzuriteTableProcess : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account key (public, not a secret).</summary>
    public const string DevAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly ChildProcess process;
    private readonly TempDirectory data;

    private AzuriteTableProcess(ChildProcess process, TempDirectory data, int port)
    {
        this.process = process;
        this.data = data;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};" +
        $"TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public string Output => process.Output;

    public static async Task<AzuriteTableProcess> StartAsync(TimeSpan timeout)
    {
        var tool = RepoPaths.RequireNodeTool("azurite-table");
        var data = new TempDirectory("azurite");
        var port = FreePort.Next();
        var process = ChildProcess.Start(
            "azurite-table",
            tool,
            ["--tableHost", "127.0.0.1", "--tablePort", port.ToString(CultureInfo.InvariantCulture), "--location", data.Path, "--skipApiVersionCheck"],
            data.Path);
        var azurite = new AzuriteTableProcess(process, data, port);
        try
        {
            await azurite.WaitForPortAsync(timeout);
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    private async Task WaitForPortAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"azurite-table exited early.\n--- output ---\n{Output}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"azurite-table did not listen on {Port} within {timeout.TotalSeconds:0}s.\n--- output ---\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        data.Dispose();
    }
}
