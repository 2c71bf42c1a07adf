using System.Globalization;
using System.Text;

namespace BarnrattsResan.EndToEnd.Tests.Playground;

/// <summary>
/// Writes <c>.m365agentsplayground.yml</c> (format version 0.1.1, as validated by the Playground's own
/// JSON schema: exactly five <c>users</c> besides <c>currentUser</c>, bot name at most 42 characters).
/// </summary>
public static class PlaygroundConfigFile
{
    public const string FileName = ".m365agentsplayground.yml";

    public static string Render(PlaygroundWorld world, PlaygroundUser currentUser)
    {
        var others = world.People.Where(p => p.Id != currentUser.Id).ToList();
        if (others.Count != PlaygroundWorld.PeopleCount - 1)
        {
            throw new ArgumentException($"The Playground needs the current user and exactly five others; got {others.Count} others.");
        }

        var yml = new StringBuilder();
        yml.AppendLine("version: \"0.1.1\"");
        yml.AppendLine(CultureInfo.InvariantCulture, $"tenantId: {Q(world.TenantId)}");
        yml.AppendLine("bot:");
        yml.AppendLine(CultureInfo.InvariantCulture, $"  id: {Q(world.BotId)}");
        yml.AppendLine(CultureInfo.InvariantCulture, $"  name: {Q(world.BotName)}");
        yml.AppendLine("currentUser:");
        AppendUser(yml, currentUser, "  ");
        yml.AppendLine("users:");
        foreach (var other in others)
        {
            AppendUser(yml, other, "    ", "  - ");
        }

        yml.AppendLine("personalChat:");
        yml.AppendLine(CultureInfo.InvariantCulture, $"  id: {Q(PlaygroundWorld.PersonalChatIdFor(currentUser))}");
        yml.AppendLine("groupChat:");
        yml.AppendLine(CultureInfo.InvariantCulture, $"  id: {Q(world.GroupChatId)}");
        yml.AppendLine(CultureInfo.InvariantCulture, $"  name: {Q(world.GroupChatName)}");
        yml.AppendLine("team:");
        yml.AppendLine(CultureInfo.InvariantCulture, $"  id: {Q(world.TeamId)}");
        yml.AppendLine(CultureInfo.InvariantCulture, $"  name: {Q(world.TeamName)}");
        yml.AppendLine(CultureInfo.InvariantCulture, $"  aadGroupId: {Q(world.TeamAadGroupId)}");
        yml.AppendLine("  channels:");
        foreach (var (id, name) in world.ExtraChannels)
        {
            yml.AppendLine(CultureInfo.InvariantCulture, $"    - id: {Q(id)}");
            yml.AppendLine(CultureInfo.InvariantCulture, $"      name: {Q(name)}");
        }

        return yml.ToString();
    }

    public static string Write(string directory, PlaygroundWorld world, PlaygroundUser currentUser)
    {
        var path = Path.Combine(directory, FileName);
        File.WriteAllText(path, Render(world, currentUser), new UTF8Encoding(false));
        return path;
    }

    private static void AppendUser(StringBuilder yml, PlaygroundUser user, string indent, string? firstPrefix = null)
    {
        var lines = new[]
        {
            $"id: {Q(user.Id)}",
            $"name: {Q(user.Name)}",
            $"userPrincipleName: {Q(user.Email)}",
            $"aadObjectId: {Q(user.AadObjectId)}",
            $"givenName: {Q(user.GivenName)}",
            $"surname: {Q(user.Surname)}",
            $"email: {Q(user.Email)}",
        };
        for (var i = 0; i < lines.Length; i++)
        {
            yml.AppendLine((i == 0 && firstPrefix is not null ? firstPrefix : indent) + lines[i]);
        }
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Q(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
