using BarnrattsResan.EndToEnd.Tests.Playground;

namespace BarnrattsResan.EndToEnd.Tests.Scenarios;

/// <summary>
/// The Playground world of the scenarios: the default six people, the bot as "Barnrättsresan" and the team
/// "Förskoleförvaltningen". Every scenario runs in the General channel with a bot and storage of its own (the
/// Playground allows only one channel besides General, and a round belongs to its channel).
/// </summary>
public static class ScenarioWorld
{
    public const string Channel = "General";

    public static PlaygroundWorld World { get; } = PlaygroundWorld.Default with
    {
        BotName = "Barnrättsresan",
        TeamName = "Förskoleförvaltningen",
    };

    /// <summary>The facilitator who starts every round.</summary>
    public static PlaygroundUser Anna => World.Person("Anna");

    public static PlaygroundUser Bertil => World.Person("Bertil");

    public static PlaygroundUser Cecilia => World.Person("Cecilia");

    public static PlaygroundUser David => World.Person("David");
}
