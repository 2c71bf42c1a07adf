using System.Text.Json;
using System.Text.Json.Nodes;

namespace BarnrattsResan.Bot.Cards;

/// <summary>
/// Builds Adaptive Cards 1.5 (the version Teams supports) as JSON. Only elements and properties that
/// Teams renders are used; every text wraps.
/// </summary>
internal static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonObject Create(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null, JsonObject? refresh = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = new JsonArray(body.Where(n => n is not null).ToArray()),
        };
        var actionArray = actions?.Where(a => a is not null).ToArray();
        if (actionArray is { Length: > 0 })
        {
            card["actions"] = new JsonArray(actionArray);
        }

        if (refresh is not null)
        {
            card["refresh"] = refresh;
        }

        return card;
    }

    public static JsonObject Text(string text, TextSize? size = null, TextWeight? weight = null, TextColor? color = null, bool subtle = false, Spacing? spacing = null, int? maxLines = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null) block["size"] = size.Value.Spelling();
        if (weight is not null) block["weight"] = weight.Value.Spelling();
        if (color is not null) block["color"] = color.Value.Spelling();
        if (subtle) block["isSubtle"] = true;
        if (spacing is not null) block["spacing"] = spacing.Value.Spelling();
        if (maxLines is not null) block["maxLines"] = maxLines;
        return block;
    }

    /// <summary>
    /// Text someone typed (an answer, a title, a name), shown exactly as typed with its line breaks kept: see
    /// <see cref="TeamsMarkdown.Escape"/>, the one place that makes typed text safe for a card's Markdown.
    /// </summary>
    public static string TypedText(string? text) => TeamsMarkdown.Escape(text);

    /// <summary>A name, a title, a question or a command someone typed, shown as typed on one line (see <see cref="TeamsMarkdown.Escape"/>).</summary>
    public static string TypedLine(string? text) => TeamsMarkdown.Escape(text, oneLine: true);

    public static JsonObject Heading(string text) => Text(text, size: TextSize.Large, weight: TextWeight.Bolder);

    public static JsonObject Subheading(string text) => Text(text, size: TextSize.Medium, weight: TextWeight.Bolder, spacing: Spacing.Medium);

    public static JsonObject Container(IEnumerable<JsonNode?> items, ContainerStyle? style = null, Spacing? spacing = null, bool separator = false)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray(items.Where(i => i is not null).ToArray()) };
        if (style is not null) container["style"] = style.Value.Spelling();
        if (spacing is not null) container["spacing"] = spacing.Value.Spelling();
        if (separator) container["separator"] = true;
        return container;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    public static JsonObject TextInput(string id, string label, string? value = null, string? placeholder = null, bool multiline = false, int? maxLength = null, bool required = false, string? errorMessage = null, TextInputStyle? style = null, Spacing? spacing = null)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label };
        if (value is not null) input["value"] = value;
        if (placeholder is not null) input["placeholder"] = placeholder;
        if (multiline) input["isMultiline"] = true;
        if (maxLength is not null) input["maxLength"] = maxLength;
        if (required) input["isRequired"] = true;
        if (errorMessage is not null) input["errorMessage"] = errorMessage;
        if (style is not null) input["style"] = style.Value.Spelling();
        if (spacing is not null) input["spacing"] = spacing.Value.Spelling();
        return input;
    }

    public static JsonObject DateInput(string id, string label, DateOnly? value, bool required = false, string? errorMessage = null)
    {
        var input = new JsonObject { ["type"] = "Input.Date", ["id"] = id, ["label"] = label };
        if (value is not null) input["value"] = DateTimeInput.Format(value.Value);
        if (required) input["isRequired"] = true;
        if (errorMessage is not null) input["errorMessage"] = errorMessage;
        return input;
    }

    public static JsonObject TimeInput(string id, string label, TimeOnly? value, bool required = false, string? errorMessage = null)
    {
        var input = new JsonObject { ["type"] = "Input.Time", ["id"] = id, ["label"] = label };
        if (value is not null) input["value"] = DateTimeInput.Format(value.Value);
        if (required) input["isRequired"] = true;
        if (errorMessage is not null) input["errorMessage"] = errorMessage;
        return input;
    }

    public static JsonObject Toggle(string id, string title, bool value, string? label = null)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.Toggle",
            ["id"] = id,
            ["title"] = title,
            ["value"] = value ? ToggleOn : ToggleOff,
            ["valueOn"] = ToggleOn,
            ["valueOff"] = ToggleOff,
            ["wrap"] = true,
        };
        if (label is not null) input["label"] = label;
        return input;
    }

    /// <summary>What a <see cref="Toggle"/> sent: on only when it says so.</summary>
    public static bool IsOn(string? toggleValue) => string.Equals(toggleValue?.Trim(), ToggleOn, StringComparison.OrdinalIgnoreCase);

    private const string ToggleOn = "true";
    private const string ToggleOff = "false";

    public static JsonObject ChoiceSet(string id, string label, IEnumerable<(string Title, string Value)> choices, IEnumerable<string>? selected = null, bool multiSelect = false, bool expanded = false, bool required = false, string? errorMessage = null)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray()),
            ["wrap"] = true,
        };
        if (multiSelect) input["isMultiSelect"] = true;
        input["style"] = expanded ? "expanded" : "compact";
        var selectedValues = selected?.ToArray();
        if (selectedValues is { Length: > 0 }) input["value"] = string.Join(ChoiceSeparator, selectedValues);
        if (required) input["isRequired"] = true;
        if (errorMessage is not null) input["errorMessage"] = errorMessage;
        return input;
    }

    /// <summary>What a <see cref="ChoiceSet"/> sent: the chosen values, each once, in order; none when nothing was chosen.</summary>
    public static IReadOnlyList<string> Choices(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(ChoiceSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();

    private const char ChoiceSeparator = ',';

    /// <summary>An <c>Action.Execute</c> (Universal Actions): Teams sends it to the bot as an <c>adaptiveCard/action</c> invoke.</summary>
    public static JsonObject Execute(string title, string verb, object data, ActionStyle? style = null, bool validateInputs = true)
    {
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = JsonSerializer.SerializeToNode(data, CardJson.Options),
        };
        if (style is not null) action["style"] = style.Value.Spelling();
        if (!validateInputs) action["associatedInputs"] = "none";
        return action;
    }

    /// <summary>
    /// Buttons in the body, in a row of their own. Teams shows a card's buttons in one row and cuts off what does not
    /// fit, so buttons with titles that say what they do out of context go one per row where the card may be narrow.
    /// </summary>
    public static JsonObject ActionRow(params JsonNode?[] actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(actions.Where(a => a is not null).ToArray()),
    };

    public static JsonObject OpenUrl(string title, string url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };

    /// <summary>Asks Teams to fetch a user-specific view of the card when these users (at most 60) look at it.</summary>
    public static JsonObject Refresh(string verb, object data, IReadOnlyCollection<string> userIds)
    {
        var refresh = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = "Refresh",
                ["verb"] = verb,
                ["data"] = JsonSerializer.SerializeToNode(data, CardJson.Options),
            },
        };
        if (userIds.Count > 0)
        {
            refresh["userIds"] = new JsonArray(userIds.Take(MaxRefreshUsers).Select(id => (JsonNode)JsonValue.Create(id)!).ToArray());
        }

        return refresh;
    }

    /// <summary>Teams refreshes a card automatically for at most this many users; larger conversations use the refresh button.</summary>
    public const int MaxRefreshUsers = 60;

    /// <summary>The card's JSON in UTF-16 bytes, as Teams counts a message's size (see <see cref="MessageSize"/>).</summary>
    public static int SizeInBytes(JsonObject card) => MessageSize.Utf16Bytes(card.ToWireJson());
}
