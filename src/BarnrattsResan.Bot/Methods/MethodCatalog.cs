using System.Text.Json;
using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Methods;

internal sealed record Link(LocalizedText Title, string Url);

internal sealed record FollowUpMethod(string Id, LocalizedText Title, LocalizedText Description, IReadOnlyList<Link> Links);

/// <summary>Methods and tools for following up children's rights work, read from <c>methods.json</c> embedded in the assembly.</summary>
internal sealed record MethodCatalog(LocalizedText Introduction, IReadOnlyList<FollowUpMethod> Methods, IReadOnlyList<Link> MoreLinks)
{
    private const string ResourceName = "BarnrattsResan.methods.json";

    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);

    public static MethodCatalog LoadEmbedded()
    {
        using var stream = typeof(MethodCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        var file = JsonSerializer.Deserialize<FileShape>(stream, ReadOptions)
            ?? throw new InvalidOperationException("The method catalog is empty.");
        return new MethodCatalog(
            file.Introduction.ToText(),
            file.Methods.Select(m => new FollowUpMethod(m.Id, m.Title.ToText(), m.Description.ToText(), m.Links.Select(l => l.ToLink()).ToArray())).ToArray(),
            file.MoreLinks.Select(l => l.ToLink()).ToArray());
    }

    private sealed record FileShape(TextShape Introduction, IReadOnlyList<MethodShape> Methods, IReadOnlyList<LinkShape> MoreLinks);

    private sealed record MethodShape(string Id, TextShape Title, TextShape Description, IReadOnlyList<LinkShape> Links);

    private sealed record LinkShape(TextShape Title, string Url)
    {
        public Link ToLink() => new(Title.ToText(), Url);
    }

    private sealed record TextShape(string Sv, string? En)
    {
        public LocalizedText ToText() => new(Sv, En ?? Sv);
    }
}
