using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace BarnrattsResan.EndToEnd.Tests.Playground;

/// <summary>
/// Page object for one rendered Adaptive Card (<c>.ac-adaptiveCard</c>) in the Playground, which renders
/// cards with Fluent UI controls as Teams does. Inputs are found by their <c>label</c>, or by their card
/// <c>id</c>: the DOM does not carry card ids, so an id is looked up in the card JSON recorded from the
/// Playground's traffic and turned into its label (or, for a toggle without label, its title).
/// </summary>
public sealed class AdaptiveCardView
{
    private readonly PlaygroundClient client;

    internal AdaptiveCardView(PlaygroundClient client, ILocator root)
    {
        this.client = client;
        Root = root;
    }

    public ILocator Root { get; }

    public Task<string> ReadTextAsync() => Root.InnerTextAsync();

    /// <summary>Input.Text (single or multi-line).</summary>
    public Task FillTextAsync(string labelOrId, string value) =>
        Root.GetByRole(AriaRole.Textbox, new() { Name = Label(labelOrId) }).FillAsync(value);

    /// <summary>Input.Date: typed as yyyy-MM-dd, confirmed with Enter, popup closed with Escape (the picker then shows e.g. "December 1, 2026").</summary>
    public async Task FillDateAsync(string labelOrId, DateOnly date)
    {
        var input = Root.GetByRole(AriaRole.Combobox, new() { Name = Label(labelOrId) });
        await input.FillAsync(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        // Keyboard, not the locator: once the popup opens it hides the card from role queries.
        await client.Page.Keyboard.PressAsync("Enter");
        await client.Page.Keyboard.PressAsync("Escape");
    }

    /// <summary>Input.Time: typed as HH:mm, confirmed with Enter, popup closed with Escape (shown as e.g. "2:30 PM").</summary>
    public async Task FillTimeAsync(string labelOrId, TimeOnly time)
    {
        var input = Root.GetByRole(AriaRole.Combobox, new() { Name = Label(labelOrId) });
        await input.FillAsync(time.ToString("HH:mm", CultureInfo.InvariantCulture));
        // Keyboard, not the locator: once the popup opens it hides the card from role queries.
        await client.Page.Keyboard.PressAsync("Enter");
        await client.Page.Keyboard.PressAsync("Escape");
    }

    /// <summary>Input.Toggle (a checkbox named by label and title).</summary>
    public Task SetToggleAsync(string labelOrId, bool on) =>
        Root.GetByRole(AriaRole.Checkbox, new() { Name = Label(labelOrId) }).SetCheckedAsync(on);

    /// <summary>
    /// Input.ChoiceSet by choice titles: expanded style = radio buttons / checkboxes; compact = a combobox
    /// whose list opens in a popup (options, or menu item checkboxes when multi-select). Selected titles
    /// are set exactly: a multi-select's other choices are cleared.
    /// </summary>
    public async Task SelectChoicesAsync(string labelOrId, params string[] choiceTitles)
    {
        var label = Label(labelOrId);
        var combo = Root.GetByRole(AriaRole.Combobox, new() { Name = label });
        if (await combo.CountAsync() == 0)
        {
            var group = Root.GetByRole(AriaRole.Radiogroup, new() { Name = label });
            if (await group.CountAsync() > 0)
            {
                await group.GetByRole(AriaRole.Radio, new() { Name = choiceTitles.Single(), Exact = true }).CheckAsync();
                return;
            }

            // Expanded multi-select: a group of checkboxes.
            var boxes = Root.GetByRole(AriaRole.Group, new() { Name = label }).GetByRole(AriaRole.Checkbox);
            foreach (var box in await boxes.AllAsync())
            {
                var name = (await box.GetAttributeAsync("aria-label")) ?? await box.InnerTextAsync();
                await box.SetCheckedAsync(choiceTitles.Contains(name.Trim()));
            }

            return;
        }

        await combo.ClickAsync();
        var popup = client.Page.Locator($"#{await combo.GetAttributeAsync("aria-controls")}");
        var multi = await popup.GetByRole(AriaRole.Menuitemcheckbox).CountAsync() > 0;
        if (multi)
        {
            foreach (var item in await popup.GetByRole(AriaRole.Menuitemcheckbox).AllAsync())
            {
                var title = (await item.InnerTextAsync()).Trim();
                var isChecked = await item.GetAttributeAsync("aria-checked") == "true";
                if (isChecked != choiceTitles.Contains(title))
                {
                    await item.ClickAsync();
                }
            }

            await client.Page.Keyboard.PressAsync("Escape");
        }
        else
        {
            await popup.GetByRole(AriaRole.Option, new() { Name = choiceTitles.Single(), Exact = true }).ClickAsync();
        }
    }

    /// <summary>The value a combobox-style input shows (date, time, or compact choice set: "Presentation, Egna").</summary>
    public Task<string> ReadComboValueAsync(string labelOrId) =>
        Root.GetByRole(AriaRole.Combobox, new() { Name = Label(labelOrId) }).InputValueAsync();

    /// <summary>Clicks an action button (Action.Execute, Action.Submit, ...) by its title.</summary>
    public Task ClickActionAsync(string title) =>
        Root.GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).ClickAsync();

    /// <summary>
    /// Clicks an Action.Execute button and waits until this card is replaced by the invoke response's card
    /// (its text changes). Returns the card in its new state.
    /// </summary>
    public async Task<AdaptiveCardView> ClickActionAndWaitForReplacementAsync(string title, TimeSpan? timeout = null)
    {
        var before = await ReadTextAsync();
        await ClickActionAsync(title);
        var deadline = DateTime.UtcNow + (timeout ?? PlaygroundClient.DefaultTimeout);
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            if (await Root.CountAsync() == 1 && await ReadTextAsync() != before)
            {
                return this;
            }
        }

        throw new TimeoutException($"The card was not replaced after \"{title}\".\n{client.DescribeTraffic()}");
    }

    /// <summary>Saves a PNG of just this card.</summary>
    public async Task ScreenshotAsync(string pngPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pngPath))!);
        await Root.ScreenshotAsync(new() { Path = pngPath });
    }

    private string Label(string labelOrId)
    {
        foreach (var card in client.Traffic.Cards.Reverse())
        {
            if (FindInput(card, labelOrId) is { } input)
            {
                return input["label"]?.GetValue<string>()
                    ?? input["title"]?.GetValue<string>()
                    ?? throw new InvalidOperationException($"Input \"{labelOrId}\" has no label or title to find it by.");
            }
        }

        return labelOrId;
    }

    private static JsonObject? FindInput(JsonNode? node, string id) => node switch
    {
        JsonObject obj when obj["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
            && obj["type"]!.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal)
            && obj["id"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
            && obj["id"]!.GetValue<string>() == id => obj,
        JsonObject obj => obj.Select(p => FindInput(p.Value, id)).FirstOrDefault(found => found is not null),
        JsonArray array => array.Select(child => FindInput(child, id)).FirstOrDefault(found => found is not null),
        _ => null,
    };
}
