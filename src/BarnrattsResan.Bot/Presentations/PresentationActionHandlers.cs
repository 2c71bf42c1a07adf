using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Presentations;

/// <summary>The introduction's "Ändra presentationen av resultatet": the form, for those who may steer the round while it is open.</summary>
internal sealed class EditResultsActionHandler(RoundStore rounds) : ICardActionHandler
{
    public string Verb => CardVerbs.EditResults;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var (round, refusal) = await RoundOnCard.FindAsync(rounds, turn, action.DataAs<RoundActionData>()?.RoundId, mustSteer: true, cancellationToken);
        if (round is null) return refusal!;
        return round.IsOpen
            ? PresentationCards.EditForm(round, PresentationInput.Of(round.Results), [], turn.Texts)
            : NoticeCard.Create(turn.Texts.Presentations.ResultsRoundClosed);
    }
}

/// <summary>
/// The form's "Spara": checks the results as the setup card does (nothing is stored when something is wrong; the form
/// comes back with the problems), saves them and shows the clicker the introduction as everyone will see it.
/// </summary>
internal sealed class SaveResultsActionHandler(RoundStore rounds, PresentationService presentations, QuestionCatalog catalog) : ICardActionHandler
{
    public string Verb => CardVerbs.SaveResults;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var t = turn.Texts;
        var (round, refusal) = await RoundOnCard.FindAsync(rounds, turn, action.DataAs<RoundActionData>()?.RoundId, mustSteer: true, cancellationToken);
        if (round is null) return refusal!;

        var input = PresentationInput.From(action);
        var (results, errors) = PresentationRules.Validate(input, t);
        if (results is null)
        {
            return PresentationCards.EditForm(round, input, errors, t);
        }

        var (status, saved) = await presentations.CorrectAsync(turn.ConversationKey, round.Id, results, cancellationToken);
        return status switch
        {
            CorrectionStatus.NoRound => NoticeCard.Create(t.RoundNotFound),
            CorrectionStatus.Closed => NoticeCard.Create(t.Presentations.ResultsRoundClosed),
            _ => WithNotice(RoundCards.Introduction(saved!, catalog), status == CorrectionStatus.Saved ? t.Presentations.ResultsSaved : t.Presentations.ResultsUnchanged),
        };
    }

    private static CardMessage WithNotice(CardMessage introduction, string notice)
    {
        var card = introduction.Card.DeepClone().AsObject();
        card["body"]!.AsArray().Insert(0, AdaptiveCard.Container([AdaptiveCard.Text(notice, weight: TextWeight.Bolder)], style: ContainerStyle.Emphasis));
        return introduction with { Card = card };
    }
}

/// <summary>The form's "Avbryt": nothing changes, and the introduction comes back.</summary>
internal sealed class CancelEditResultsActionHandler(RoundStore rounds, QuestionCatalog catalog) : ICardActionHandler
{
    public string Verb => CardVerbs.CancelEditResults;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var (round, refusal) = await RoundOnCard.FindAsync(rounds, turn, action.DataAs<RoundActionData>()?.RoundId, mustSteer: false, cancellationToken);
        return round is null ? refusal! : RoundCards.Introduction(round, catalog);
    }
}
