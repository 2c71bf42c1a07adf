using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Setup;

/// <summary>
/// What the facilitator filled in on the setup card, parsed by <see cref="SetupForm.Read"/> (not yet checked: see
/// <see cref="RoundSetupValidator"/>). Chosen ids are as sent; dates and times that are not well formed are null.
/// </summary>
internal sealed record SetupInput(
    string? Title,
    IReadOnlyList<string>? Sets,
    string? OwnQuestions,
    DateTimeInput Meeting,
    DateTimeInput Due,
    IReadOnlyList<string> Leads,
    IReadOnlyList<string> CoFacilitators,
    bool Anonymous,
    bool ShowOthers,
    RoundMode Mode)
{
    /// <summary>A card not yet filled in: the card offers its defaults (a null <see cref="Sets"/>: the default sets).</summary>
    public static SetupInput Empty { get; } = new(null, null, null, DateTimeInput.Empty, DateTimeInput.Empty, [], [], false, false, RoundMode.AllAtOnce);

    /// <summary>The optional presentation of the results and its links (see <c>Presentations/</c>).</summary>
    public Presentations.PresentationInput Results { get; init; } = Presentations.PresentationInput.Empty;

    /// <summary>When the round starts and whether colleagues are reminded (see <see cref="PlanningInput"/>).</summary>
    public PlanningInput Planning { get; init; } = PlanningInput.Default;
}
