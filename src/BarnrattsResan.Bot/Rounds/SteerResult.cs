namespace BarnrattsResan.Bot.Rounds;

internal enum SteerStatus
{
    Done,
    NoRound,
    NotAllowed,
    Refused,
}

/// <summary>What came of a facilitator's command: done, no round to steer, not theirs to steer, or refused by the round's state.</summary>
internal sealed record SteerResult(SteerStatus Status, Round? Round, RoundRefusal Refusal = RoundRefusal.None)
{
    public static SteerResult NoRound { get; } = new(SteerStatus.NoRound, null);
}
