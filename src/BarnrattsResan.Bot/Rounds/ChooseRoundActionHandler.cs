using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>
/// A button on the "Vilken runda menar du?" card: carries out the command for the chosen round. The round is
/// looked up in the conversation the click came from, and the command's handler checks who may do it, as for
/// the typed command.
/// </summary>
internal sealed class ChooseRoundActionHandler : ICardActionHandler
{
    private readonly RoundStore rounds;
    private readonly Dictionary<CommandKind, IRoundCommandHandler> handlers = [];

    public ChooseRoundActionHandler(RoundStore rounds, IEnumerable<ICommandHandler> commandHandlers)
    {
        this.rounds = rounds;
        foreach (var handler in commandHandlers.OfType<IRoundCommandHandler>())
        {
            foreach (var kind in handler.Kinds)
            {
                handlers[kind] = handler;
            }
        }
    }

    public string Verb => CardVerbs.ChooseRound;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var data = action.DataAs<RoundCommandData>();
        if (data is null
            || !RoundIds.IsWellFormed(data.RoundId)
            || !Enum.TryParse<CommandKind>(data.Command, ignoreCase: false, out var kind)
            || !handlers.TryGetValue(kind, out var handler)
            || turn.IsPersonalChat())
        {
            return NoticeCard.Create(turn.Texts.UnknownRound);
        }

        var round = await rounds.GetAsync(turn.ConversationKey, data.RoundId, cancellationToken);
        return round is null
            ? NoticeCard.Create(turn.Texts.RoundNotFound)
            : await handler.HandleRoundAsync(turn, kind, round, cancellationToken);
    }
}
