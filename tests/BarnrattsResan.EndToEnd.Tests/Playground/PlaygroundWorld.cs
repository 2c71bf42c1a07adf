namespace BarnrattsResan.EndToEnd.Tests.Playground;

/// <summary>
/// The simulated tenant: the bot, six people (the Playground needs the current user plus exactly five
/// others), the team "My Team" with "General" (whose id is the team id) and further channels, and a group chat.
/// Every Playground process of a test gets the same world with a different current user.
/// </summary>
public sealed record PlaygroundWorld(
    string TenantId,
    string BotId,
    string BotName,
    IReadOnlyList<PlaygroundUser> People,
    string TeamId,
    string TeamName,
    string TeamAadGroupId,
    IReadOnlyList<(string Id, string Name)> ExtraChannels,
    string GroupChatId,
    string GroupChatName)
{
    public const int PeopleCount = 6;

    public static PlaygroundWorld Default { get; } = new(
        TenantId: "7d3a1c52-0000-4000-8000-00000000a001",
        BotId: "28:barnrattsresan-bot",
        BotName: "Barnrattsresan",
        People:
        [
            Person("anna", "Anna", "Andersson", 1),
            Person("bertil", "Bertil", "Berg", 2),
            Person("cecilia", "Cecilia", "Carlsson", 3),
            Person("david", "David", "Dahl", 4, locale: "en-US"),
            Person("eva", "Eva", "Ek", 5),
            Person("fredrik", "Fredrik", "Falk", 6),
        ],
        TeamId: "19:general-my-team@thread.tacv2",
        TeamName: "My Team",
        TeamAadGroupId: "7d3a1c52-0000-4000-8000-00000000b001",
        ExtraChannels: [("19:announcements@thread.tacv2", "Announcements")],
        GroupChatId: "19:group-chat@thread.v2",
        GroupChatName: "Group Chat");

    public PlaygroundUser Person(string givenName) =>
        People.Single(p => string.Equals(p.GivenName, givenName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The personal (1:1) chat id of <paramref name="user"/> with the bot in its Playground.</summary>
    public static string PersonalChatIdFor(PlaygroundUser user) => $"a:personal-{user.Id.Replace(':', '-')}";

    private static PlaygroundUser Person(string key, string given, string surname, int n, string locale = "sv-SE") =>
        new(
            Id: $"29:user-{key}",
            Name: $"{given} {surname}",
            AadObjectId: $"7d3a1c52-0000-4000-8000-{n:000000000000}",
            GivenName: given,
            Surname: surname,
            Email: $"{key}@kommun.example",
            Locale: locale);
}
