namespace BarnrattsResan.Bot.Cards;

/// <summary>The data a question card's actions carry. Never trusted: the round is looked up in the conversation the action came from.</summary>
public sealed record QuestionActionData(string RoundId, string QuestionId);

public sealed record RoundActionData(string RoundId);

public sealed record SetupActionData(string RoundId, string RequesterId, string? RequesterName = null);
