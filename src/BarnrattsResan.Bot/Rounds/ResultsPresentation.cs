namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// What the working group achieved, as the facilitator presents it before the questions: a few paragraphs of plain
/// text, shown exactly as typed, and up to three links. Empty when the facilitator left the fields blank.
/// </summary>
internal sealed record ResultsPresentation(string Text, IReadOnlyList<ResultLink> Links)
{
    public static ResultsPresentation None { get; } = new(string.Empty, []);

    public bool IsEmpty => Text.Length == 0 && Links.Count == 0;

    /// <summary>Same text and same links in the same order.</summary>
    public bool SameAs(ResultsPresentation other) =>
        Text == other.Text && Links.SequenceEqual(other.Links);
}
