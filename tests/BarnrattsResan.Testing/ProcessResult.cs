namespace BarnrattsResan.Testing;

/// <summary>What a command run to completion (<see cref="ChildProcess.RunAsync"/>) printed, and how it ended.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string AllOutput => StandardOutput + StandardError;
}
