using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.History;

/// <summary>A round on the history card, with how many took part.</summary>
internal sealed record RoundHistoryEntry(Round Round, int Participants);

/// <summary>The conversation's rounds (those still kept), newest first, each with a button that shows its summary again.</summary>
internal static class HistoryCard
{
    public const string ShowSummaryVerb = "history.summary";

    /// <summary>At most this many rounds are listed (a conversation has a handful a year; keeps the card small).</summary>
    public const int MaxRounds = 10;

    public static CardMessage Create(IReadOnlyList<RoundHistoryEntry> entries, QuestionCatalog catalog, Texts t, TimeZoneInfo zone, DateTimeOffset now)
    {
        var body = new List<JsonNode?> { AdaptiveCard.Heading(t.History.HistoryTitle) };
        if (entries.Count == 0)
        {
            body.Add(AdaptiveCard.Text(t.History.HistoryEmpty));
            return new CardMessage(AdaptiveCard.Create(body), t.History.HistoryTitle);
        }

        body.Add(AdaptiveCard.Text(t.History.HistoryIntro, subtle: true));
        foreach (var (round, participants) in entries.Take(MaxRounds))
        {
            var title = AdaptiveCard.TypedLine(round.Title);
            var started = round.StartsAt ?? round.CreatedAt;
            var moment = catalog.FindStepAndMoment(round.MomentId);
            var state = round.IsPlanned(now) ? t.History.HistoryPlanned : round.IsOpen ? t.Rounds.StateOpen : t.Rounds.StateClosed;
            body.Add(AdaptiveCard.Container(
                [
                    AdaptiveCard.Text(title, weight: TextWeight.Bolder),
                    AdaptiveCard.Text(t.History.HistoryRoundLine(moment.Moment is null ? round.MomentId : $"{moment.Step.Name.In(t.Language)} – {moment.Moment.Title.In(t.Language)}", DateText(started, zone, t), DateText(round.SummaryDueAt, zone, t), participants, state, round.Anonymous), spacing: Spacing.None, subtle: true),
                    AdaptiveCard.ActionRow(AdaptiveCard.Execute(t.History.HistoryShowSummary(title, ShortDate(started, zone, t)), ShowSummaryVerb, new SummaryPartData(round.Id, 1))),
                ],
                spacing: Spacing.Medium,
                separator: true));
        }

        if (entries.Count > MaxRounds)
        {
            body.Add(AdaptiveCard.Text(t.History.HistoryMore(entries.Count - MaxRounds), subtle: true));
        }

        return new CardMessage(AdaptiveCard.Create(body), t.History.HistoryTitle);
    }

    /// <summary>One part of a round's summary shown again, to the person who asked only; with a button for the next part.</summary>
    public static CardMessage SummaryPart(CardMessage part, int number, int parts, Round round, Texts t)
    {
        if (number >= parts)
        {
            return part;
        }

        var card = part.Card.DeepClone().AsObject();
        var actions = card["actions"] as JsonArray ?? [];
        actions.Add(AdaptiveCard.Execute(t.History.HistoryNextPart(number + 1, parts, AdaptiveCard.TypedLine(round.Title)), ShowSummaryVerb, new SummaryPartData(round.Id, number + 1)));
        card["actions"] = actions;
        return part with { Card = card };
    }

    private static string DateText(DateTimeOffset at, TimeZoneInfo zone, Texts t) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo(t.Language == Language.English ? "en-GB" : "sv-SE"));

    /// <summary>A short date for a button, which Teams does not wrap: "25 nov. 2026".</summary>
    private static string ShortDate(DateTimeOffset at, TimeZoneInfo zone, Texts t) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo(t.Language == Language.English ? "en-GB" : "sv-SE"));
}
