using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BarnrattsResan.Deployment.Tests;

/// <summary>What the manifest must say beyond the schema: the bot, its commands and their translations.</summary>
public sealed partial class ManifestContentTests
{
    // Teams shows at most 10 commands per list, titles of at most 32 and descriptions of at most 128 characters.
    private const int MaxCommands = 10;
    private const int MaxTitle = 32;
    private const int MaxDescription = 128;

    private static readonly JsonNode Manifest = JsonNode.Parse(File.ReadAllText(RepoPaths.Manifest("manifest.json")))!;
    private static readonly JsonObject English = JsonNode.Parse(File.ReadAllText(RepoPaths.Manifest("en.json")))!.AsObject();

    private static JsonNode Bot => Manifest["bots"]![0]!;

    private static JsonArray Commands(int list) => Bot["commandLists"]![list]!["commands"]!.AsArray();

    private static string[] Titles(int list) => Commands(list).Select(c => (string)c!["title"]!).ToArray();

    private static string[] EnglishTitles(int list) =>
        Enumerable.Range(0, Commands(list).Count)
            .Select(i => (string)English[$"bots[0].commandLists[{list}].commands[{i}].title"]!)
            .ToArray();

    [Fact]
    public void SwedishIsTheDefaultLanguageAndEnglishComesFromEnJson()
    {
        var localization = Manifest["localizationInfo"]!;
        Assert.Equal("sv-SE", (string?)localization["defaultLanguageTag"]);
        var additional = Assert.Single(localization["additionalLanguages"]!.AsArray());
        Assert.Equal("en", (string?)additional!["languageTag"]);
        Assert.Equal("en.json", (string?)additional["file"]);
    }

    [Fact]
    public void TheBotIsConversationalInTeamsGroupChatsAndPersonalChats()
    {
        Assert.Equal(["team", "groupChat", "personal"], Bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.False((bool)Bot["isNotificationOnly"]!);
        Assert.Null(Manifest["webApplicationInfo"]);
    }

    /// <summary>The meeting notes are offered as files in 1:1 chats with Teams' file consent card, which needs supportsFiles.</summary>
    [Fact]
    public void TheBotMaySendFilesInPersonalChats()
    {
        Assert.True((bool)Bot["supportsFiles"]!);
        Assert.Contains("personal", Bot["scopes"]!.AsArray().Select(s => (string?)s));
    }

    [Fact]
    public void TeamAndGroupChatGetTheRoundCommandsInSwedishAndEnglish()
    {
        Assert.Equal(["team", "groupChat"], Bot["commandLists"]![0]!["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(["starta", "status", "nästa", "sammanfatta", "avsluta", "öppna", "metoder", "hjälp"], Titles(0));
        Assert.Equal(["start", "status", "next", "summary", "close", "reopen", "methods", "help"], EnglishTitles(0));
    }

    [Fact]
    public void PersonalScopeGetsMethodsAndHelp()
    {
        Assert.Equal(["personal"], Bot["commandLists"]![1]!["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(["metoder", "hjälp"], Titles(1));
        Assert.Equal(["methods", "help"], EnglishTitles(1));
    }

    [Fact]
    public void CommandListsStayWithinTeamsLimitsInBothLanguages()
    {
        foreach (var list in Bot["commandLists"]!.AsArray())
        {
            var commands = list!["commands"]!.AsArray();
            Assert.InRange(commands.Count, 1, MaxCommands);
            Assert.All(commands, c =>
            {
                Assert.InRange(((string)c!["title"]!).Length, 1, MaxTitle);
                Assert.InRange(((string)c["description"]!).Length, 1, MaxDescription);
            });
        }
        foreach (var (key, value) in English)
        {
            var limit = key.EndsWith(".title", StringComparison.Ordinal) ? MaxTitle
                : key.EndsWith(".description", StringComparison.Ordinal) && key.StartsWith("bots", StringComparison.Ordinal) ? MaxDescription
                : int.MaxValue;
            Assert.True(((string)value!).Length <= limit, $"{key} is longer than {limit} characters");
        }
    }

    [Fact]
    public void EveryEnglishStringTranslatesSomethingTheManifestHas()
    {
        foreach (var key in English.Select(p => p.Key).Where(k => k != "$schema"))
        {
            Assert.True(Resolve(key) is JsonValue, $"en.json translates {key}, which manifest.json does not have");
        }
    }

    [Fact]
    public void EveryCommandHasAnEnglishTitleAndDescription()
    {
        var lists = Bot["commandLists"]!.AsArray();
        for (var list = 0; list < lists.Count; list++)
        {
            for (var i = 0; i < Commands(list).Count; i++)
            {
                Assert.True(English.ContainsKey($"bots[0].commandLists[{list}].commands[{i}].title"));
                Assert.True(English.ContainsKey($"bots[0].commandLists[{list}].commands[{i}].description"));
            }
        }
        foreach (var field in new[] { "name.short", "name.full", "description.short", "description.full" })
        {
            Assert.True(English.ContainsKey(field), $"en.json lacks {field}");
        }
    }

    [Fact]
    public void IdsDomainsAndUrlsArePlaceholdersFilledAtPackagingTime()
    {
        Assert.Equal("${{TEAMS_APP_ID}}", (string?)Manifest["id"]);
        Assert.Equal("${{BOT_ID}}", (string?)Bot["botId"]);
        Assert.Equal(["${{BOT_DOMAIN}}"], Manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("${{PRIVACY_URL}}", (string?)Manifest["developer"]!["privacyUrl"]);
    }

    /// <summary>Follows a localisation key such as "bots[0].commandLists[1].commands[0].title".</summary>
    private static JsonNode? Resolve(string key)
    {
        if (!key.StartsWith("bots", StringComparison.Ordinal))
        {
            var dot = key.IndexOf('.', StringComparison.Ordinal);
            return Manifest[key[..dot]]?[key[(dot + 1)..]];
        }
        JsonNode? node = Manifest;
        foreach (Match part in KeyPart().Matches(key))
        {
            node = node?[part.Groups["name"].Value];
            if (part.Groups["index"].Success)
            {
                node = node is JsonArray array && int.Parse(part.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i < array.Count ? array[i] : null;
            }
        }
        return node;
    }

    [GeneratedRegex(@"(?<name>[A-Za-z]+)(\[(?<index>[0-9]+)\])?")]
    private static partial Regex KeyPart();
}
