namespace BarnrattsResan.Testing;

/// <summary>Finds the repository root (the folder holding BarnrattsResan.sln) from the test output folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepoRoot => Root.Value;

    public static string NodeBin(string tool) => Path.Combine(RepoRoot, "node_modules", ".bin", tool);

    public static string NodeModule(params string[] parts) =>
        Path.Combine([RepoRoot, "node_modules", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BarnrattsResan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No BarnrattsResan.sln above {AppContext.BaseDirectory}.");
    }

    public static string RequireNodeTool(string tool)
    {
        var path = NodeBin(tool);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: run `npm ci` in {RepoRoot} first.");
        }

        return path;
    }
}
