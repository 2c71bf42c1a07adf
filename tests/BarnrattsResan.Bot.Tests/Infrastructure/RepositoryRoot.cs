namespace BarnrattsResan.Bot.Tests.Infrastructure;

/// <summary>Finds the repository's root (where BarnrattsResan.sln is) from the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "BarnrattsResan.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find BarnrattsResan.sln above " + AppContext.BaseDirectory);
    }
}
