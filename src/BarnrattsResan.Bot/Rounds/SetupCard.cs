using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Questions;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>The card a facilitator fills in to start a round. Shown again with the values kept and the problems listed when something is wrong.</summary>
public static class SetupCard
{
    /// <summary>At most this many members are offered as group leads and co-facilitators (keeps the card well under Teams' size limit).</summary>
    public const int MaxMemberChoices = 120;

    public static CardMessage Create(
        string roundId,
        Person requester,
        QuestionCatalog catalog,
        IReadOnlyList<Person> members,
        SetupInput input,
        IReadOnlyList<string> errors,
        TimeZoneInfo zone,
        DateTimeOffset now,
        Texts t,
        Planning.PlanningInput? planning = null)
    {
        var language = t.Language;
        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        var defaultMeeting = DateOnly.FromDateTime(localNow.Date).AddDays(7);
        // The facilitator may well be the processledare who takes the summary to the meeting: offered as a lead, not as their own co-facilitator.
        var byName = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), true);
        var leadChoices = members.Take(MaxMemberChoices).Select(m => (m.DisplayName, m.Id)).OrderBy(m => m.DisplayName, byName).ToArray();
        var coFacilitatorChoices = leadChoices.Where(m => m.Id != requester.Id).ToArray();
        var defaultSets = catalog.AllSets.Where(s => s.IsDefault).Select(s => s.Id);
        // What is shown again is only what the card itself can hold: known choices, texts no longer than their inputs take.
        var selectedSets = input.Sets is null ? defaultSets : SetupInput.SplitChoices(input.Sets).Where(id => catalog.FindSet(id) is not null);

        var body = new List<JsonNode?>
        {
            AdaptiveCard.Heading(t.Rounds.SetupTitle),
            AdaptiveCard.Text(t.Rounds.SetupIntro(AdaptiveCard.TypedLine(requester.DisplayName)), subtle: true),
        };
        if (errors.Count > 0)
        {
            body.Add(AdaptiveCard.Container(
                new JsonNode?[] { AdaptiveCard.Text(t.Rounds.SetupErrorsTitle, weight: "Bolder") }
                    .Concat(errors.Select(e => AdaptiveCard.Text("• " + e, spacing: "Small"))),
                style: "attention"));
        }

        body.Add(AdaptiveCard.TextInput("title", t.Rounds.SetupTitleLabel, Clip(input.Title, RoundSetupValidator.MaxTitleLength) ?? t.Rounds.SetupTitleDefault, maxLength: RoundSetupValidator.MaxTitleLength, required: true, errorMessage: t.Rounds.ErrorTitleMissing));
        body.Add(AdaptiveCard.ChoiceSet(
            "sets",
            t.Rounds.SetupSetsLabel,
            // With a deployment's own moments the bank has more than one: each set says which moment it belongs to (for example "3B").
            catalog.AllSets.Select(s => (MomentPrefix(catalog, s) + s.Title.In(language) + $" ({s.Questions.Count})", s.Id)),
            selectedSets,
            multiSelect: true,
            expanded: true));
        body.Add(AdaptiveCard.TextInput("ownQuestions", t.Rounds.SetupOwnQuestionsLabel, Clip(input.OwnQuestions, OwnQuestionsMaxLength), t.Rounds.SetupOwnQuestionsPlaceholder, multiline: true, maxLength: OwnQuestionsMaxLength));
        body.Add(AdaptiveCard.DateInput("meetingDate", t.Rounds.SetupMeetingDateLabel, ParseDate(input.MeetingDate) ?? defaultMeeting, required: true, errorMessage: t.Rounds.ErrorMeetingMissing));
        body.Add(AdaptiveCard.TimeInput("meetingTime", t.Rounds.SetupMeetingTimeLabel, ParseTime(input.MeetingTime) ?? new TimeOnly(13, 0), required: true, errorMessage: t.Rounds.ErrorMeetingMissing));
        body.Add(AdaptiveCard.DateInput("dueDate", t.Rounds.SetupDueDateLabel, ParseDate(input.DueDate)));
        body.Add(AdaptiveCard.TimeInput("dueTime", t.Rounds.SetupDueTimeLabel, ParseTime(input.DueTime)));
        body.Add(AdaptiveCard.Text(t.Rounds.SetupDueHint, subtle: true, spacing: "Small"));
        body.Add(AdaptiveCard.Text(t.Rounds.SetupTimeZoneNote(zone.Id), subtle: true, spacing: "None"));
        if (leadChoices.Length > 0)
        {
            body.Add(AdaptiveCard.ChoiceSet("leads", t.Rounds.SetupLeadsLabel, leadChoices, Offered(input.Leads, leadChoices), multiSelect: true));
        }

        if (coFacilitatorChoices.Length > 0)
        {
            body.Add(AdaptiveCard.ChoiceSet("coFacilitators", t.Rounds.SetupCoFacilitatorsLabel, coFacilitatorChoices, Offered(input.CoFacilitators, coFacilitatorChoices), multiSelect: true));
            if (members.Count > MaxMemberChoices)
            {
                body.Add(AdaptiveCard.Text(t.Rounds.SetupMembersTruncated(MaxMemberChoices), subtle: true, spacing: "Small"));
            }
        }

        body.Add(AdaptiveCard.Toggle("anonymous", t.Rounds.SetupAnonymousTitle, SetupInput.IsTrue(input.Anonymous), t.Rounds.SetupAnonymousLabel));
        body.Add(AdaptiveCard.Toggle("showOthers", t.Rounds.SetupShowOthersTitle, SetupInput.IsTrue(input.ShowOthers), t.Rounds.SetupShowOthersLabel));
        body.Add(AdaptiveCard.ChoiceSet(
            "mode",
            t.Rounds.SetupModeLabel,
            [(t.Rounds.SetupModeAllAtOnce, "all"), (t.Rounds.SetupModeLive, "live")],
            [string.Equals(input.Mode, "live", StringComparison.OrdinalIgnoreCase) ? "live" : "all"],
            expanded: true));
        body.AddRange(Planning.PlanningFields.Create(planning ?? Planning.PlanningInput.Default, t));
        body.Add(Presentations.PresentationCards.SetupBlock(input.Results, t));
        body.Add(AdaptiveCard.Text(t.Rounds.SetupOnlyRequester(AdaptiveCard.TypedLine(requester.DisplayName)), subtle: true, size: "Small"));

        var card = AdaptiveCard.Create(body, [AdaptiveCard.Execute(t.Rounds.SetupSubmit, CardVerbs.CreateRound, new SetupActionData(roundId, requester.Id, requester.DisplayName), style: "positive")]);
        return new CardMessage(card, t.Rounds.SetupTitle);
    }

    private static string MomentPrefix(QuestionCatalog catalog, QuestionSet set)
    {
        if (catalog.Moments.Count < 2) return string.Empty;
        var (step, moment) = catalog.MomentOf(set);
        return JourneyMoment.IdOf(step, moment) + " · ";
    }

    private const int OwnQuestionsMaxLength = RoundSetupValidator.MaxOwnQuestions * (RoundSetupValidator.MaxOwnQuestionLength + 1);

    private static string? Clip(string? value, int maxLength) => value is null || value.Length <= maxLength ? value : value[..maxLength];

    private static IEnumerable<string> Offered(string? selected, (string Title, string Id)[] choices) =>
        SetupInput.SplitChoices(selected).Where(id => choices.Any(c => c.Id == id));

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    private static TimeOnly? ParseTime(string? value) =>
        TimeOnly.TryParseExact(value, ["HH:mm", "HH:mm:ss"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t) ? t : null;
}
