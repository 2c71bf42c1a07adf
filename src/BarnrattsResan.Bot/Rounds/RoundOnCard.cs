using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// The round a card action names, looked up only in the conversation the click came from, or the card that says
/// why it cannot be used: gone, or (for facilitators' actions) not this person's to steer.
/// </summary>
internal static class RoundOnCard
{
    public static async Task<(Round? Round, CardMessage? Refusal)> FindAsync(RoundStore rounds, TurnInfo turn, string? roundId, bool mustSteer, CancellationToken cancellationToken)
    {
        var round = roundId is null ? null : await rounds.GetAsync(turn.ConversationKey, roundId, cancellationToken);
        if (round is null)
        {
            return (null, NoticeCard.Create(turn.Texts.RoundNotFound));
        }

        return mustSteer && SteerRefusal(round, turn) is { } refusal ? (null, refusal) : (round, null);
    }

    /// <summary>The one steer-permission check of a facilitator's command or action: null when the person may steer the round (<see cref="Round.CanBeSteeredBy"/>), else the polite refusal.</summary>
    public static CardMessage? SteerRefusal(Round round, TurnInfo turn) => round.CanBeSteeredBy(turn.Actor.Id) ? null : NotAllowed(round, turn.Texts);

    /// <summary>The polite refusal for someone who may not steer the round.</summary>
    public static CardMessage NotAllowed(Round round, Texts t) => NoticeCard.Create(t.NotAllowed(AdaptiveCard.TypedLine(round.Facilitator.DisplayName)));
}
