namespace BarnrattsResan.Bot.Cards;

/// <summary>The data a question card's actions carry. Never trusted: the round is looked up in the conversation the action came from.</summary>
internal sealed record QuestionActionData(string RoundId, string QuestionId);

internal sealed record RoundActionData(string RoundId);

internal sealed record SetupActionData(string RoundId, string RequesterId, string? RequesterName = null);

/// <summary>A button on the card that asks which round a command is for: the command and the round it was chosen for.</summary>
internal sealed record RoundCommandData(string RoundId, string Command);

/// <summary>A part of a round's summary to show before the round is deleted (parts count from 1).</summary>
internal sealed record SummaryPartData(string RoundId, int Part);
