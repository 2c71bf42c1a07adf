using System.Reflection;

namespace BarnrattsResan.Testing;

/// <summary>
/// The test projects' one map of the repository: its root (the folder holding BarnrattsResan.sln, found from the
/// output folder), the folders the tests read, the npm tools and NuGet's packages folder.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepoRoot => Root.Value;

    /// <summary>NuGet's global packages folder, as recorded when this library was built.</summary>
    public static string NuGetPackageRoot { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == "NuGetPackageRoot")?.Value
        ?? throw new InvalidOperationException("BarnrattsResan.Testing has no 'NuGetPackageRoot' metadata.");

    public static string Manifest(string name) => Path.Combine(RepoRoot, "manifest", name);

    public static string Icon(string name) => Path.Combine(RepoRoot, "manifest", "icons", name);

    public static string Infra(string name) => Path.Combine(RepoRoot, "infra", name);

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
