using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Planning;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Setup;

/// <summary>The setup card's "Starta rundan": validate, create the round, post it; or show the card again with the problems.</summary>
internal sealed class CreateRoundActionHandler(RoundService rounds, QuestionCatalog catalog, TimeProvider time) : ICardActionHandler
{
    public string Verb => CardVerbs.CreateRound;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var t = turn.Texts;
        var data = action.DataAs<SetupActionData>();
        if (data is null || !RoundIds.IsWellFormed(data.RoundId) || turn.IsPersonalChat())
        {
            return NoticeCard.Create(t.UnknownRound);
        }

        if (data.RequesterId != turn.Actor.Id)
        {
            return NoticeCard.Create(t.Rounds.SetupOnlyRequester(AdaptiveCard.TypedLine(data.RequesterName ?? "?")));
        }

        var input = SetupForm.Read(action);
        var members = await turn.Members.ListAsync(cancellationToken);
        var directory = members.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First());
        var (draft, errors) = RoundSetupValidator.Validate(input, catalog, directory, turn.TimeZone, time.GetUtcNow(), t);
        var planningErrors = new List<string>();
        var planning = input.Planning.Validate(draft?.SummaryDueAt, turn.TimeZone, time.GetUtcNow(), t, planningErrors);
        if (draft is null || planning is null)
        {
            return SetupCard.Create(data.RoundId, turn.Actor, catalog, members, input, [.. errors, .. planningErrors], turn.TimeZone, time.GetUtcNow(), t);
        }

        var refreshUsers = members.Select(m => m.ChannelAccountId).OfType<string>().ToArray();
        var (round, _) = await rounds.CreateAsync(data.RoundId, draft, turn.Actor, turn.Address, turn.Language, turn.TimeZoneId, refreshUsers, cancellationToken, planning);
        return round.IsPlanned(time.GetUtcNow()) ? PlanningCards.Planned(round, t, turn.TimeZone) : RoundCards.Created(round, t, turn.TimeZone);
    }
}
