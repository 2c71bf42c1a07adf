using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>
/// What Teams does with an Adaptive Card beyond the 1.5 schema, as Microsoft documents it for bots, checked on
/// one card. Sources (Microsoft Learn, msteams-docs): "Types of cards" (Teams supports v1.5 or earlier; Media
/// elements are not supported; positive/destructive action styling is not supported; buttons beyond the maximum
/// are not shown), "Format cards in Microsoft Teams" (Markdown in TextBlock and facts only: bold, italic, lists,
/// links; no headers, tables, images, preformatted text, blockquotes or HTML; "\n" is a new line only in lists,
/// "\n\n" elsewhere; the DATE/TIME functions are not supported), and "Work with Universal Actions for Adaptive
/// Cards" (bots use Action.Execute instead of Action.Submit; refresh.userIds holds at most 60 users).
/// The project adds: every text, toggle and choice wraps, and every input has a label (and an error message
/// when it is required).
/// </summary>
public static partial class TeamsCardRules
{
    public const int MaxActions = 6;
    public const int MaxRefreshUsers = 60;

    private static readonly HashSet<string> SupportedActions = ["Action.Execute", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility"];

    private static readonly HashSet<string> UnsupportedElements = ["Media"];

    public static IReadOnlyList<string> Check(string cardJson)
    {
        var card = JsonNode.Parse(cardJson)!.AsObject();
        var problems = new List<string>();

        var version = card["version"]?.GetValue<string>();
        if (version is null || !decimal.TryParse(version, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) || v > 1.5m)
        {
            problems.Add($"$.version: \"{version}\" – Teams supports Adaptive Cards 1.5 or earlier.");
        }

        if (card["msteams"] is JsonObject msteams)
        {
            foreach (var (key, value) in msteams)
            {
                if (key != "width" || value?.GetValue<string>() != "Full") problems.Add($"$.msteams.{key}: only width \"Full\" is expected of this bot.");
            }
        }

        if (card["actions"] is JsonArray actions && actions.Count > MaxActions)
        {
            problems.Add($"$.actions: {actions.Count} buttons – Teams shows at most {MaxActions}.");
        }

        var styled = new List<string>();
        if (card["refresh"] is JsonObject refresh)
        {
            if (refresh["action"]?["type"]?.GetValue<string>() != "Action.Execute")
            {
                problems.Add("$.refresh.action: a refresh must be an Action.Execute.");
            }

            if (refresh["userIds"] is JsonArray users && users.Count > MaxRefreshUsers)
            {
                problems.Add($"$.refresh.userIds: {users.Count} users – Teams refreshes for at most {MaxRefreshUsers}.");
            }
        }

        Walk(card["body"], "$.body", problems, styled);
        Walk(card["actions"], "$.actions", problems, styled);
        if (styled.Count > 1 || styled.Any(s => !s.EndsWith("positive", StringComparison.Ordinal)))
        {
            problems.Add($"Styled actions {string.Join(", ", styled)} – Teams does not promise action styling; at most one button per card may be marked positive, and nothing may depend on it.");
        }

        return problems;
    }

    /// <summary>
    /// The card without its <c>msteams</c> property: a Teams extension (documented in "Format cards in Microsoft
    /// Teams", full width) that the generic 1.5 schema does not know (it allows no extra properties); the rest
    /// of the card is then validated against the schema as it is.
    /// </summary>
    public static string WithoutTeamsExtension(string cardJson)
    {
        var card = JsonNode.Parse(cardJson)!.AsObject();
        card.Remove("msteams");
        return card.ToJsonString();
    }

    private static void Walk(JsonNode? node, string path, List<string> problems, List<string> styled)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]", problems, styled);
                break;
            case JsonObject element:
                CheckElement(element, path, problems, styled);
                foreach (var (key, child) in element)
                {
                    if (key is "data") continue;
                    Walk(child, $"{path}.{key}", problems, styled);
                }

                break;
        }
    }

    private static void CheckElement(JsonObject element, string path, List<string> problems, List<string> styled)
    {
        var type = element["type"]?.GetValue<string>();
        if (type is null) return;

        if (UnsupportedElements.Contains(type)) problems.Add($"{path}: {type} is not supported in Teams.");

        if (type.StartsWith("Action.", StringComparison.Ordinal))
        {
            if (!SupportedActions.Contains(type)) problems.Add($"{path}: {type} – a Teams bot uses Action.Execute (Universal Actions), Action.OpenUrl, Action.ShowCard or Action.ToggleVisibility.");
            if (type == "Action.Execute" && string.IsNullOrWhiteSpace(element["verb"]?.GetValue<string>())) problems.Add($"{path}: Action.Execute without a verb.");
            if (type == "Action.OpenUrl" && element["url"]?.GetValue<string>() is { } url && !url.StartsWith("https://", StringComparison.Ordinal)) problems.Add($"{path}: {url} is not an https link.");
            if (element["style"]?.GetValue<string>() is { } style && style != "default") styled.Add($"{path}={style}");
        }

        if (type == "TextBlock")
        {
            if (element["wrap"]?.GetValue<bool>() != true) problems.Add($"{path}: TextBlock without wrap: true (long texts would be cut off).");
            CheckMarkdown(element["text"]?.GetValue<string>(), $"{path}.text", problems);
        }

        if (type == "FactSet" && element["facts"] is JsonArray facts)
        {
            for (var i = 0; i < facts.Count; i++)
            {
                CheckMarkdown(facts[i]?["title"]?.GetValue<string>(), $"{path}.facts[{i}].title", problems);
                CheckMarkdown(facts[i]?["value"]?.GetValue<string>(), $"{path}.facts[{i}].value", problems);
            }
        }

        if (type.StartsWith("Input.", StringComparison.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(element["label"]?.GetValue<string>())) problems.Add($"{path}: {type} without a label.");
            if (element["isRequired"]?.GetValue<bool>() == true && string.IsNullOrWhiteSpace(element["errorMessage"]?.GetValue<string>()))
            {
                problems.Add($"{path}: required {type} without an errorMessage.");
            }

            if (type is "Input.Toggle" or "Input.ChoiceSet" && element["wrap"]?.GetValue<bool>() != true)
            {
                problems.Add($"{path}: {type} without wrap: true (long titles would be cut off).");
            }
        }
    }

    private static void CheckMarkdown(string? text, string path, List<string> problems)
    {
        if (text is null) return;
        if (HtmlTag().IsMatch(text)) problems.Add($"{path}: HTML is not supported in Teams cards.");
        if (Header().IsMatch(text)) problems.Add($"{path}: Markdown headers are not supported in Teams cards.");
        if (Table().IsMatch(text)) problems.Add($"{path}: Markdown tables are not supported in Teams cards.");
        if (text.Contains("![", StringComparison.Ordinal)) problems.Add($"{path}: Markdown images are not supported in Teams cards.");
        if (text.Contains("```", StringComparison.Ordinal)) problems.Add($"{path}: preformatted text is not supported in Teams cards.");
        if (Blockquote().IsMatch(text)) problems.Add($"{path}: blockquotes are not supported in Teams cards.");
        if (text.Contains("{{DATE(", StringComparison.Ordinal) || text.Contains("{{TIME(", StringComparison.Ordinal)) problems.Add($"{path}: DATE/TIME functions are not supported in Teams.");
        if (SoftLineBreak(text)) problems.Add($"{path}: a single line break outside a list – Teams runs these lines together (use \\n\\n).");
    }

    /// <summary>True when two non-empty lines are separated by one line break and are not both list items.</summary>
    private static bool SoftLineBreak(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i - 1].Trim().Length == 0 || lines[i].Trim().Length == 0) continue;
            if (ListItem().IsMatch(lines[i - 1]) && ListItem().IsMatch(lines[i])) continue;
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(^|\n)\s{0,3}#{1,6}\s")]
    private static partial Regex Header();

    [GeneratedRegex(@"(^|\n)\s*\|?\s*:?-{3,}:?\s*\|")]
    private static partial Regex Table();

    [GeneratedRegex(@"(^|\n)\s{0,3}>\s")]
    private static partial Regex Blockquote();

    [GeneratedRegex(@"^\s*([-*]|\d+\.)\s+")]
    private static partial Regex ListItem();
}
