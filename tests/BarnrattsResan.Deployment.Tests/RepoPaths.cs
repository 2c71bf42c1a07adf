using System.Reflection;

namespace BarnrattsResan.Deployment.Tests;

/// <summary>Where the repository and the Bicep CLI are, as recorded at build time.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Path.GetFullPath(Metadata("RepoRoot"));

    public static string BicepCli { get; } = Metadata("BicepPath");

    /// <summary>NuGet's global packages folder, where the Bot Framework packages are downloaded to.</summary>
    public static string NuGetPackageRoot { get; } = Metadata("NuGetPackageRoot");

    public static string Manifest(string name) => Path.Combine(Root, "manifest", name);

    public static string Icon(string name) => Path.Combine(Root, "manifest", "icons", name);

    public static string Infra(string name) => Path.Combine(Root, "infra", name);

    public static string Schema(string name) => Path.Combine(AppContext.BaseDirectory, "schemas", name);

    private static string Metadata(string key) =>
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata.");
}
