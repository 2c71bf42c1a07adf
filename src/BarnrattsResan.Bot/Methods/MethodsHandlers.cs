using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Methods;

/// <summary><c>metoder</c>/<c>methods</c>.</summary>
internal sealed class MethodsCommandHandler(MethodCatalog catalog) : ICommandHandler
{
    public IEnumerable<CommandKind> Kinds => [CommandKind.Methods];

    public Task<IReadOnlyList<CardMessage>> HandleAsync(TurnInfo turn, Command command, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CardMessage>>([MethodsCard.Create(catalog, turn.Texts)]);
}

/// <summary>The help card's "Metoder och verktyg" button.</summary>
internal sealed class MethodsCardActionHandler(MethodCatalog catalog) : ICardActionHandler
{
    public string Verb => CardVerbs.ShowMethods;

    public Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(MethodsCard.Create(catalog, turn.Texts));
}
