using System.Diagnostics;
using System.Text;

namespace BarnrattsResan.Testing;

/// <summary>
/// The test projects' one way to run another program. <see cref="Start"/>: a process started by a fixture, its
/// output kept (for error messages), killed with its whole process tree on dispose. <see cref="RunAsync"/>: a
/// command-line tool run to completion, with what it printed.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    /// <summary>How long <see cref="RunAsync"/> waits before it kills the command and fails.</summary>
    public static readonly TimeSpan DefaultRunTimeout = TimeSpan.FromMinutes(3);

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder standardOutput = new();
    private readonly StringBuilder standardError = new();
    private readonly Lock gate = new();

    private ChildProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
    }

    public string Name { get; }

    public bool HasExited => process.HasExited;

    public string Output
    {
        get
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="fileName"/> to completion (from the repository root unless told otherwise) and returns
    /// what it printed; kills it and throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.
    /// </summary>
    /// <param name="environment">Variables to set; a <c>null</c> value removes one inherited from the test run.</param>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null,
        TimeSpan? timeout = null)
    {
        var argumentList = arguments.ToList();
        await using var child = Start(fileName, fileName, argumentList, workingDirectory ?? RepoPaths.RepoRoot, environment);
        child.process.StandardInput.Close();
        var limit = timeout ?? DefaultRunTimeout;
        using var cancel = new CancellationTokenSource(limit);
        try
        {
            await child.process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{fileName} {string.Join(' ', argumentList)} ran longer than {limit}.\n--- output ---\n{child.Output}");
        }

        lock (child.gate)
        {
            return new ProcessResult(child.process.ExitCode, child.standardOutput.ToString(), child.standardError.ToString());
        }
    }

    /// <param name="environment">Variables to set; a <c>null</c> value removes one inherited from the test run.</param>
    public static ChildProcess Start(
        string name,
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, e) => child.Append(e.Data, child.standardOutput);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data, child.standardError);
        if (!process.Start())
        {
            throw new InvalidOperationException($"{name}: could not start {fileName}.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Polls <paramref name="url"/> until it answers 2xx; on timeout or exit, throws with the process output.</summary>
    public async Task WaitForHttpOkAsync(Uri url, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var stopwatch = Stopwatch.StartNew();
        var last = "no answer yet";
        while (stopwatch.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"{Name} exited with code {process.ExitCode} before {url} answered.\n--- output ---\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(url);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            catch (TaskCanceledException)
            {
                last = "request timed out";
            }

            await Task.Delay(100);
        }

        throw new TimeoutException(
            $"{Name}: {url} did not answer 2xx within {timeout.TotalSeconds:0}s (last: {last}).\n--- output ---\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(cts.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (OperationCanceledException)
        {
            // Did not exit in time; nothing more to do.
        }
        finally
        {
            process.Dispose();
        }
    }

    private void Append(string? line, StringBuilder stream)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            output.AppendLine(line);
            stream.AppendLine(line);
        }
    }
}
