using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;
using BarnrattsResan.Bot.Summaries;

namespace BarnrattsResan.Bot.History;

/// <summary><c>historik</c> / <c>history</c>: the rounds of this channel or chat that are still kept, for anyone in it.</summary>
internal sealed class HistoryCommandHandler(RoundStore rounds, AnswerStore answers, QuestionCatalog catalog, TimeProvider time) : ICommandHandler
{
    public IEnumerable<CommandKind> Kinds => [CommandKind.History];

    public async Task<IReadOnlyList<CardMessage>> HandleAsync(TurnInfo turn, Command command, CancellationToken cancellationToken)
    {
        var t = turn.Texts;
        if (PersonalChatGuard.RoundsOnlyInTeams(turn) is { } refusal)
        {
            return [refusal];
        }

        var all = await rounds.ListAsync(turn.ConversationKey, cancellationToken);
        var entries = new List<RoundHistoryEntry>();
        foreach (var round in all.Take(HistoryCard.MaxRounds))
        {
            entries.Add(new RoundHistoryEntry(round, await answers.CountParticipantsAsync(round.Id, cancellationToken)));
        }

        entries.AddRange(all.Skip(HistoryCard.MaxRounds).Select(r => new RoundHistoryEntry(r, 0)));
        return [HistoryCard.Create(entries, catalog, t, turn.TimeZone, time.GetUtcNow())];
    }
}

/// <summary>
/// "Visa sammanfattningen" on the history card: the round's summary again, part by part, to the person who clicked
/// only. Once the summary has gone out in the thread anyone in the conversation may see it; before that only the
/// round's facilitators. The round is looked up in the conversation the click came from.
/// </summary>
internal sealed class HistorySummaryActionHandler(RoundStore rounds, SummaryService summaries) : ICardActionHandler
{
    public string Verb => HistoryCard.ShowSummaryVerb;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var data = action.DataAs<SummaryPartData>();
        var (round, refusal) = await RoundOnCard.FindAsync(rounds, turn, data?.RoundId, mustSteer: false, cancellationToken);
        if (round is null)
        {
            return refusal!;
        }

        if (round.Delivery.CompletedAt is null && !round.CanBeSteeredBy(turn.Actor.Id))
        {
            return NoticeCard.Create(turn.Texts.History.HistorySummaryNotYet(AdaptiveCard.TypedLine(round.Title)));
        }

        var parts = await summaries.CompileAsync(round, cancellationToken);
        var number = Math.Clamp(data!.Part, 1, parts.Count);
        return HistoryCard.SummaryPart(parts[number - 1], number, parts.Count, round, turn.Texts);
    }
}
