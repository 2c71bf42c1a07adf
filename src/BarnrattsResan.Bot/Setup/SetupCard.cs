using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Setup;

/// <summary>The card a facilitator fills in to start a round. Shown again with the values kept and the problems listed when something is wrong.</summary>
internal static class SetupCard
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
        Texts t)
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
        var selectedSets = input.Sets is null ? defaultSets : input.Sets.Where(id => catalog.FindSet(id) is not null);

        var body = new List<JsonNode?>
        {
            AdaptiveCard.Heading(t.Rounds.SetupTitle),
            AdaptiveCard.Text(t.Rounds.SetupIntro(AdaptiveCard.TypedLine(requester.DisplayName)), subtle: true),
        };
        if (errors.Count > 0)
        {
            body.Add(AdaptiveCard.Container(
                new JsonNode?[] { AdaptiveCard.Text(t.Rounds.SetupErrorsTitle, weight: TextWeight.Bolder) }
                    .Concat(errors.Select(e => AdaptiveCard.Text("• " + e, spacing: Spacing.Small))),
                style: ContainerStyle.Attention));
        }

        body.Add(SetupForm.Title(Clip(input.Title, RoundSetupValidator.MaxTitleLength) ?? t.Rounds.SetupTitleDefault, RoundSetupValidator.MaxTitleLength, t));
        body.Add(SetupForm.Sets(
            // With a deployment's own moments the bank has more than one: each set says which moment it belongs to (for example "3B").
            catalog.AllSets.Select(s => (MomentPrefix(catalog, s) + s.Title.In(language) + $" ({s.Questions.Count})", s.Id)),
            selectedSets,
            t));
        body.Add(SetupForm.OwnQuestions(Clip(input.OwnQuestions, OwnQuestionsMaxLength), OwnQuestionsMaxLength, t));
        body.AddRange(SetupForm.Meeting(input.Meeting.Date ?? defaultMeeting, input.Meeting.Time ?? new TimeOnly(13, 0), t));
        body.AddRange(SetupForm.Due(input.Due, t));
        body.Add(AdaptiveCard.Text(t.Rounds.SetupDueHint, subtle: true, spacing: Spacing.Small));
        body.Add(AdaptiveCard.Text(t.Rounds.SetupTimeZoneNote(zone.Id), subtle: true, spacing: Spacing.None));
        if (leadChoices.Length > 0)
        {
            body.Add(SetupForm.Leads(leadChoices, Offered(input.Leads, leadChoices), t));
        }

        if (coFacilitatorChoices.Length > 0)
        {
            body.Add(SetupForm.CoFacilitators(coFacilitatorChoices, Offered(input.CoFacilitators, coFacilitatorChoices), t));
            if (members.Count > MaxMemberChoices)
            {
                body.Add(AdaptiveCard.Text(t.Rounds.SetupMembersTruncated(MaxMemberChoices), subtle: true, spacing: Spacing.Small));
            }
        }

        body.Add(SetupForm.Anonymous(input.Anonymous, t));
        body.Add(SetupForm.ShowOthers(input.ShowOthers, t));
        body.Add(SetupForm.Mode(input.Mode, t));
        body.AddRange(PlanningFields.Create(input.Planning, t));
        body.Add(Presentations.PresentationCards.SetupBlock(input.Results, t));
        body.Add(AdaptiveCard.Text(t.Rounds.SetupOnlyRequester(AdaptiveCard.TypedLine(requester.DisplayName)), subtle: true, size: TextSize.Small));

        var card = AdaptiveCard.Create(body, [AdaptiveCard.Execute(t.Rounds.SetupSubmit, CardVerbs.CreateRound, new SetupActionData(roundId, requester.Id, requester.DisplayName), style: ActionStyle.Positive)]);
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

    private static IEnumerable<string> Offered(IReadOnlyList<string> selected, (string Title, string Id)[] choices) =>
        selected.Where(id => choices.Any(c => c.Id == id));
}
