namespace BarnrattsResan.Bot.Cards;

/// <summary>The <c>Action.Execute</c> verbs the bot's cards send, each handled by one feature.</summary>
public static class CardVerbs
{
    public const string CreateRound = "round.create";
    public const string SubmitAnswer = "answer.submit";
    public const string ShowAnswers = "answer.showAll";
    public const string RefreshQuestion = "question.refresh";
    public const string NextQuestion = "round.next";
    public const string ShowMethods = "methods.show";
}

/// <summary>The data a question card's actions carry. Never trusted: the round is looked up in the conversation the action came from.</summary>
public sealed record QuestionActionData(string RoundId, string QuestionId);

public sealed record RoundActionData(string RoundId);

public sealed record SetupActionData(string RoundId, string RequesterId, string? RequesterName = null);
