using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Tests.Architecture;

/// <summary>
/// The layout's rules, checked on the built assembly: top-level folders do not depend on each other in a circle, each
/// uses only folders in the layers below it, only <c>Teams/</c> touches the Bot Framework, and only <c>Program</c>
/// touches <c>Hosting/</c> (the composition root).
/// </summary>
public sealed class FolderDependencyTests
{
    /// <summary>
    /// The layers, top to bottom, as CONTRIBUTING.md draws them: a folder may use folders in the layers below its own,
    /// and, within its own layer, one that does not use it back. A new folder gets a place here.
    /// </summary>
    public static readonly IReadOnlyList<string[]> Layers =
    [
        ["Program"],
        ["Hosting"],
        ["Teams"],
        ["Steering"],
        ["Setup", "Answering"],
        ["Planning"],
        ["Privacy", "Notes", "History"],
        ["Summaries", "Publishing"],
        ["Presentations"],
        ["Answers"],
        ["Rounds", "Methods", "Help"],
        ["Routing", "Outbound"],
        ["Conversations", "Scheduling"],
        ["Storage", "Questions"],
        ["Cards", "Localization", "(root)"],
    ];

    private static readonly Lazy<FolderDependencies> Scan = new(() => FolderDependencies.Read(typeof(Round).Assembly.Location, "Microsoft.Bot."));

    [Fact]
    public void TopLevelFoldersDoNotDependOnEachOtherInACircle()
    {
        var edges = Scan.Value.Edges.Keys.ToList();
        var cycles = FolderDependencies.Cycles(edges);

        var message = string.Join("\n\n", cycles.Select(cycle =>
            $"Cycle among {string.Join(", ", cycle)}:\n" + string.Join("\n", edges
                .Where(e => cycle.Contains(e.From) && cycle.Contains(e.To))
                .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal)
                .Select(e => $"  {e.From} -> {e.To}: e.g. {Scan.Value.Edges[e].First()}"))));
        Assert.True(cycles.Count == 0, "Folders that depend on each other in a circle (break one edge of each):\n" + message);
    }

    [Fact]
    public void EveryFolderHasALayerAndUsesNoFolderAboveIt()
    {
        var layerOf = Layers.SelectMany((folders, i) => folders.Select(f => (Folder: f, Layer: i))).ToDictionary(x => x.Folder, x => x.Layer);
        var folders = Scan.Value.Edges.Keys.SelectMany(e => new[] { e.From, e.To }).Distinct().Order(StringComparer.Ordinal);
        var unplaced = folders.Where(f => !layerOf.ContainsKey(f)).ToList();
        Assert.True(unplaced.Count == 0, $"Give these folders a layer in {nameof(FolderDependencyTests)}.{nameof(Layers)} (and in CONTRIBUTING.md's picture): {string.Join(", ", unplaced)}");

        var upward = Scan.Value.Edges
            .Where(e => layerOf[e.Key.From] > layerOf[e.Key.To])
            .OrderBy(e => e.Key.From, StringComparer.Ordinal).ThenBy(e => e.Key.To, StringComparer.Ordinal)
            .Select(e => $"  {e.Key.From} uses {e.Key.To}, which is above it: e.g. {e.Value.First()}").ToList();
        Assert.True(upward.Count == 0, "A folder may only use folders below it (see CONTRIBUTING.md):\n" + string.Join("\n", upward));
    }

    [Fact]
    public void TheScanSeesTheDependenciesItIsMeantToJudge()
    {
        // Guards the test above against passing because it read nothing: known one-way edges are there.
        var edges = Scan.Value.Edges;
        Assert.Contains(("Answering", "Answers"), edges.Keys);
        Assert.Contains(("Teams", "Routing"), edges.Keys);
        Assert.Contains(("Program", "Hosting"), edges.Keys);
        Assert.NotEmpty(Scan.Value.External["Teams"]);
    }

    [Fact]
    public void OnlyTeamsUsesBotFrameworkTypes()
    {
        var outside = Scan.Value.External.Where(e => e.Key != "Teams")
            .Select(e => $"{e.Key}: {string.Join(", ", e.Value.Take(3))}").ToList();
        Assert.True(outside.Count == 0, "Bot Framework types used outside Teams/:\n" + string.Join("\n", outside));
    }

    [Fact]
    public void NothingButProgramUsesHosting()
    {
        var users = Scan.Value.Edges.Where(e => e.Key.To == "Hosting" && e.Key.From != "Program")
            .Select(e => $"{e.Key.From}: {e.Value.First()}").ToList();
        Assert.True(users.Count == 0, "Hosting/ is the composition root; nothing may depend on it:\n" + string.Join("\n", users));
    }

    [Fact]
    public void ACycleIsFoundAndNamed()
    {
        var cycles = FolderDependencies.Cycles([("A", "B"), ("B", "C"), ("C", "A"), ("C", "D")]);

        var cycle = Assert.Single(cycles);
        Assert.Equal(["A", "B", "C"], cycle);
    }
}
