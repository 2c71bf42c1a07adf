using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>
/// What a screen reader user hears of a card's controls, checked on its JSON: every input has a label that says
/// what to enter (not just a placeholder, which disappears once something is typed, and no two alike); every button
/// and link says what it does when heard out of context, as a screen reader's list of buttons or links reads them
/// (WCAG 2.4.6 headings and labels, 2.4.4 link purpose, 3.3.2 labels or instructions). Teams' thread holds many
/// cards at once, so "Skicka" alone would be six buttons of the same name.
/// </summary>
public static partial class ScreenReaderRules
{
    /// <summary>Titles that say nothing out of context, in Swedish and English (compared without case).</summary>
    public static readonly IReadOnlySet<string> GenericTitles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Skicka", "Skicka svar", "Spara", "OK", "Ok", "Klicka här", "Här", "Läs mer", "Mer", "Visa", "Uppdatera", "Nästa", "Nästa fråga", "Länk", "Öppna",
        "Submit", "Send", "Send answer", "Save", "Click here", "Here", "Read more", "More", "Show", "Refresh", "Next", "Next question", "Link", "Open",
    };

    public static IReadOnlyList<string> Check(string cardJson)
    {
        var card = JsonNode.Parse(cardJson)!.AsObject();
        var problems = new List<string>();
        var labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        foreach (var (element, path) in Elements(card["body"], "$.body").Concat(Elements(card["actions"], "$.actions")))
        {
            var type = element["type"]?.GetValue<string>() ?? "";
            if (type.StartsWith("Input.", StringComparison.Ordinal))
            {
                var label = element["label"]?.GetValue<string>()?.Trim();
                var placeholder = element["placeholder"]?.GetValue<string>()?.Trim();
                if (string.IsNullOrEmpty(label)) problems.Add($"{path}: {type} has no label{(placeholder is null ? "" : $" (only the placeholder \"{placeholder}\")")}.");
                else if (string.Equals(label, placeholder, StringComparison.OrdinalIgnoreCase)) problems.Add($"{path}: the label \"{label}\" only repeats the placeholder.");
                else if (!labels.TryAdd(label, path)) problems.Add($"{path}: the label \"{label}\" is also {labels[label]}'s.");
            }

            if (type.StartsWith("Action.", StringComparison.Ordinal))
            {
                var title = element["title"]?.GetValue<string>()?.Trim();
                if (string.IsNullOrEmpty(title)) problems.Add($"{path}: {type} has no title.");
                else if (GenericTitles.Contains(title)) problems.Add($"{path}: the title \"{title}\" does not say what it does out of context.");
                else if (!titles.TryAdd(title, path)) problems.Add($"{path}: the title \"{title}\" is also {titles[title]}'s.");
            }

            foreach (var key in new[] { "text", "title", "value" })
            {
                if (type != "TextBlock" && key == "text") continue;
                if (element[key] is JsonValue value && value.TryGetValue<string>(out var markdown))
                {
                    foreach (Match link in MarkdownLink().Matches(markdown))
                    {
                        var text = link.Groups["text"].Value.Trim();
                        if (GenericTitles.Contains(text)) problems.Add($"{path}.{key}: the link \"{text}\" does not say where it goes out of context.");
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>The card's elements, actions and facts in reading order, with their paths; a card's <c>refresh</c> action is never shown and is not walked.</summary>
    private static IEnumerable<(JsonObject Element, string Path)> Elements(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var found in Elements(array[i], $"{path}[{i}]")) yield return found;
                }

                break;
            case JsonObject element:
                yield return (element, path);
                foreach (var (key, child) in element)
                {
                    if (key is "data" or "choices") continue;
                    foreach (var found in Elements(child, $"{path}.{key}")) yield return found;
                }

                break;
        }
    }

    [GeneratedRegex(@"\[(?<text>[^\]\n]+)\]\((?<url>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
