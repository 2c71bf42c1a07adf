using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Presentations;

/// <summary>
/// The results as the setup card or the edit form sends them: the presentation and up to
/// <see cref="PresentationRules.MaxLinks"/> links, each a title and an address (all strings, all optional).
/// </summary>
internal sealed record PresentationInput(string? Text, IReadOnlyList<(string? Title, string? Url)> Links)
{
    public static PresentationInput Empty { get; } = new(null, []);

    /// <summary>The input ids on the cards.</summary>
    public const string PresentationId = "resultsPresentation";

    public static string LinkTitleId(int number) => $"resultsLink{number}Title";

    public static string LinkUrlId(int number) => $"resultsLink{number}Url";

    /// <summary>What a card action carries.</summary>
    public static PresentationInput From(CardAction action) => new(
        action.Value(PresentationId),
        Enumerable.Range(1, PresentationRules.MaxLinks).Select(n => (action.Value(LinkTitleId(n)), action.Value(LinkUrlId(n)))).ToArray());

    /// <summary>What the round holds now, to fill in the edit form.</summary>
    public static PresentationInput Of(ResultsPresentation results) => new(
        results.Text,
        results.Links.Select(l => ((string?)l.Title, (string?)l.Url)).ToArray());

    public (string? Title, string? Url) Link(int number) => number <= Links.Count ? Links[number - 1] : (null, null);
}
