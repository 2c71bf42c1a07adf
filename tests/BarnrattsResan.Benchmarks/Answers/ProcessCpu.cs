using System.Diagnostics;
using System.Globalization;

namespace BarnrattsResan.Benchmarks.Answers;

/// <summary>
/// CPU time used by this process and by its Azurite child (Linux /proc): on a shared machine, CPU per answer
/// varies far less than wall time, and it shows whether the bot or the storage emulator does the work.
/// </summary>
public sealed class ProcessCpu
{
    /// <summary>Linux reports CPU time in clock ticks of 1/100 s (USER_HZ).</summary>
    private const double TicksPerSecond = 100;

    private readonly int? azuritePid = FindChild("node");

    public CpuTime Now()
    {
        using var self = Process.GetCurrentProcess();
        return new CpuTime(self.TotalProcessorTime, azuritePid is { } pid ? CpuOf(pid) : null);
    }

    private static TimeSpan? CpuOf(int pid)
    {
        var fields = StatFields(pid);
        return fields is null ? null : TimeSpan.FromSeconds((double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond);
    }

    private static int? FindChild(string command)
    {
        if (!Directory.Exists("/proc"))
        {
            return null;
        }

        var self = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid)
                && File.Exists(Path.Combine(dir, "comm"))
                && ReadOrEmpty(Path.Combine(dir, "comm")).Trim() == command
                && StatFields(pid) is { } fields
                && fields[1] == self)
            {
                return pid;
            }
        }

        return null;
    }

    /// <summary>The fields of /proc/pid/stat after the command name: [0] state, [1] parent pid, [11] utime, [12] stime.</summary>
    private static string[]? StatFields(int pid)
    {
        var stat = ReadOrEmpty($"/proc/{pid}/stat");
        var end = stat.LastIndexOf(')');
        return end < 0 ? null : stat[(end + 2)..].Split(' ');
    }

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}

public readonly record struct CpuTime(TimeSpan Bot, TimeSpan? Azurite)
{
    public static CpuTime operator -(CpuTime after, CpuTime before) =>
        new(after.Bot - before.Bot, after.Azurite - before.Azurite);
}
