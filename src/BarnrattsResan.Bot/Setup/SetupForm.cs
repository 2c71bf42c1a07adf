using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Setup;

/// <summary>
/// The setup card's inputs: each input's id is written here once, used both to put the input on the card
/// (<see cref="SetupCard"/>) and to read what the card sends back (<see cref="Read"/>). The planning and results
/// inputs are their own forms (<see cref="PlanningInput"/>, <see cref="Presentations.PresentationInput"/>).
/// </summary>
internal static class SetupForm
{
    public const string TitleId = "title";
    public const string SetsId = "sets";
    public const string OwnQuestionsId = "ownQuestions";
    public const string MeetingDateId = "meetingDate";
    public const string MeetingTimeId = "meetingTime";
    public const string DueDateId = "dueDate";
    public const string DueTimeId = "dueTime";
    public const string LeadsId = "leads";
    public const string CoFacilitatorsId = "coFacilitators";
    public const string AnonymousId = "anonymous";
    public const string ShowOthersId = "showOthers";
    public const string ModeId = "mode";

    /// <summary>The mode choice's values on the card.</summary>
    private const string AllAtOnceValue = "all";
    private const string LiveValue = "live";

    /// <summary>What a setup card sent: every input parsed, nothing yet checked.</summary>
    public static SetupInput Read(CardAction action) =>
        new(
            action.Value(TitleId),
            // Sent without any set ticked is "none chosen", not "the defaults".
            AdaptiveCard.Choices(action.Value(SetsId)),
            action.Value(OwnQuestionsId),
            DateTimeInput.Parse(action.Value(MeetingDateId), action.Value(MeetingTimeId)),
            DateTimeInput.Parse(action.Value(DueDateId), action.Value(DueTimeId)),
            AdaptiveCard.Choices(action.Value(LeadsId)),
            AdaptiveCard.Choices(action.Value(CoFacilitatorsId)),
            AdaptiveCard.IsOn(action.Value(AnonymousId)),
            AdaptiveCard.IsOn(action.Value(ShowOthersId)),
            ParseMode(action.Value(ModeId)))
        {
            Results = Presentations.PresentationInput.From(action),
            Planning = PlanningInput.From(action),
        };

    public static JsonObject Title(string value, int maxLength, Texts t) =>
        AdaptiveCard.TextInput(TitleId, t.Rounds.SetupTitleLabel, value, maxLength: maxLength, required: true, errorMessage: t.Rounds.ErrorTitleMissing);

    public static JsonObject Sets(IEnumerable<(string Title, string Value)> choices, IEnumerable<string> selected, Texts t) =>
        AdaptiveCard.ChoiceSet(SetsId, t.Rounds.SetupSetsLabel, choices, selected, multiSelect: true, expanded: true);

    public static JsonObject OwnQuestions(string? value, int maxLength, Texts t) =>
        AdaptiveCard.TextInput(OwnQuestionsId, t.Rounds.SetupOwnQuestionsLabel, value, t.Rounds.SetupOwnQuestionsPlaceholder, multiline: true, maxLength: maxLength);

    public static IEnumerable<JsonObject> Meeting(DateOnly date, TimeOnly time, Texts t) =>
    [
        AdaptiveCard.DateInput(MeetingDateId, t.Rounds.SetupMeetingDateLabel, date, required: true, errorMessage: t.Rounds.ErrorMeetingMissing),
        AdaptiveCard.TimeInput(MeetingTimeId, t.Rounds.SetupMeetingTimeLabel, time, required: true, errorMessage: t.Rounds.ErrorMeetingMissing),
    ];

    public static IEnumerable<JsonObject> Due(DateTimeInput due, Texts t) =>
    [
        AdaptiveCard.DateInput(DueDateId, t.Rounds.SetupDueDateLabel, due.Date),
        AdaptiveCard.TimeInput(DueTimeId, t.Rounds.SetupDueTimeLabel, due.Time),
    ];

    public static JsonObject Leads(IEnumerable<(string Title, string Value)> choices, IEnumerable<string> selected, Texts t) =>
        AdaptiveCard.ChoiceSet(LeadsId, t.Rounds.SetupLeadsLabel, choices, selected, multiSelect: true);

    public static JsonObject CoFacilitators(IEnumerable<(string Title, string Value)> choices, IEnumerable<string> selected, Texts t) =>
        AdaptiveCard.ChoiceSet(CoFacilitatorsId, t.Rounds.SetupCoFacilitatorsLabel, choices, selected, multiSelect: true);

    public static JsonObject Anonymous(bool value, Texts t) => AdaptiveCard.Toggle(AnonymousId, t.Rounds.SetupAnonymousTitle, value, t.Rounds.SetupAnonymousLabel);

    public static JsonObject ShowOthers(bool value, Texts t) => AdaptiveCard.Toggle(ShowOthersId, t.Rounds.SetupShowOthersTitle, value, t.Rounds.SetupShowOthersLabel);

    public static JsonObject Mode(RoundMode value, Texts t) =>
        AdaptiveCard.ChoiceSet(
            ModeId,
            t.Rounds.SetupModeLabel,
            [(t.Rounds.SetupModeAllAtOnce, ModeValue(RoundMode.AllAtOnce)), (t.Rounds.SetupModeLive, ModeValue(RoundMode.Live))],
            [ModeValue(value)],
            expanded: true);

    public static string ModeValue(RoundMode mode) => mode == RoundMode.Live ? LiveValue : AllAtOnceValue;

    /// <summary>Live only when the card says so; anything else (missing, unknown): all at once.</summary>
    public static RoundMode ParseMode(string? value) =>
        string.Equals(value, LiveValue, StringComparison.OrdinalIgnoreCase) ? RoundMode.Live : RoundMode.AllAtOnce;
}
