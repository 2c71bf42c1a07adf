using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Setup;

/// <summary><c>starta</c>/<c>start</c>: the setup card for the person who asked.</summary>
internal sealed class StartCommandHandler(QuestionCatalog catalog, TimeProvider time) : ICommandHandler
{
    public IEnumerable<CommandKind> Kinds => [CommandKind.Start];

    public async Task<IReadOnlyList<CardMessage>> HandleAsync(TurnInfo turn, Command command, CancellationToken cancellationToken)
    {
        if (PersonalChatGuard.RoundsOnlyInTeams(turn) is { } refusal)
        {
            return [refusal];
        }

        var members = await turn.Members.ListAsync(cancellationToken);
        return [SetupCard.Create(RoundIds.New(), turn.Actor, catalog, members, SetupInput.Empty, [], turn.TimeZone, time.GetUtcNow(), turn.Texts)];
    }
}
