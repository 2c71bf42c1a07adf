using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// A command about one round. Its text form finds the round with <see cref="RoundResolver"/>; when the person
/// had to choose, the chooser card's button (<see cref="ChooseRoundActionHandler"/>) calls
/// <see cref="HandleRoundAsync"/> with the round they chose. Either way the handler checks who may do what.
/// </summary>
internal interface IRoundCommandHandler : ICommandHandler
{
    Task<CardMessage> HandleRoundAsync(TurnInfo turn, CommandKind kind, Round round, CancellationToken cancellationToken);
}

/// <summary>The part every round command shares: rounds live in channels and group chats; find the round, or ask which.</summary>
internal static class RoundCommands
{
    public static async Task<IReadOnlyList<CardMessage>> HandleAsync(this IRoundCommandHandler handler, RoundResolver resolver, TurnInfo turn, Command command, CancellationToken cancellationToken)
    {
        var t = turn.Texts;
        if (PersonalChatGuard.RoundsOnlyInTeams(turn) is { } refusal)
        {
            return [refusal];
        }

        var lookup = await resolver.ResolveAsync(turn.Address, cancellationToken);
        if (lookup.Round is { } round)
        {
            return [await handler.HandleRoundAsync(turn, command.Kind, round, cancellationToken)];
        }

        if (lookup.IsAmbiguous)
        {
            return [RoundChooserCard.Create(lookup.Choices, command, t, turn.TimeZone)];
        }

        return [NoticeCard.Create(command.Kind == CommandKind.Reopen ? t.Rounds.NoClosedRound : t.Rounds.NoActiveRound)];
    }
}
