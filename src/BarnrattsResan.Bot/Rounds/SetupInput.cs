namespace BarnrattsResan.Bot.Rounds;

/// <summary>What the facilitator filled in on the setup card, as the card sends it (all strings, all optional).</summary>
internal sealed record SetupInput(
    string? Title,
    string? Sets,
    string? OwnQuestions,
    string? MeetingDate,
    string? MeetingTime,
    string? DueDate,
    string? DueTime,
    string? Leads,
    string? CoFacilitators,
    string? Anonymous,
    string? ShowOthers,
    string? Mode)
{
    public static SetupInput Empty { get; } = new(null, null, null, null, null, null, null, null, null, null, null, null);

    /// <summary>The optional presentation of the results and its links (see <c>Presentations/</c>).</summary>
    public Presentations.PresentationInput Results { get; init; } = Presentations.PresentationInput.Empty;

    public static IReadOnlyList<string> SplitChoices(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();

    public static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
