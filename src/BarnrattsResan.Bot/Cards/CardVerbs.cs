namespace BarnrattsResan.Bot.Cards;

/// <summary>The <c>Action.Execute</c> verbs the bot's cards send, each handled by one feature.</summary>
internal static class CardVerbs
{
    public const string CreateRound = "round.create";
    public const string SubmitAnswer = "answer.submit";
    public const string ShowAnswers = "answer.showAll";
    public const string RefreshQuestion = "question.refresh";
    public const string NextQuestion = "round.next";
    public const string ShowMethods = "methods.show";
    public const string ChooseRound = "round.choose";
    public const string DeleteRound = "round.delete";
    public const string DeleteRoundSummary = "round.delete.summary";
    public const string DeleteAnswer = "answer.delete";
    public const string DeleteMyAnswers = "answer.deleteMine";
    public const string Cancel = "action.cancel";
    public const string EditResults = "results.edit";
    public const string SaveResults = "results.save";
    public const string CancelEditResults = "results.cancel";
}
