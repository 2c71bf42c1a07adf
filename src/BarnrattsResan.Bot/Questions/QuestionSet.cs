using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Questions;

/// <summary>One of Barnrättsresan's four steps, for example 4 Uppföljning.</summary>
public sealed record JourneyStep(int Number, LocalizedText Name, IReadOnlyList<JourneyMoment> Moments);

/// <summary>A moment of a step (A–D), with its introduction, its question sets and what to bring to the next meeting.</summary>
public sealed record JourneyMoment(string Letter, LocalizedText Title, LocalizedText Introduction, Preparation Preparation, IReadOnlyList<QuestionSet> QuestionSets);

/// <summary>What to bring to the working group's next meeting ("Förbered dig inför mötet med arbetsgruppen").</summary>
public sealed record Preparation(LocalizedText Title, LocalizedText Text);

/// <summary>A "Diskutera tillsammans" list of questions.</summary>
public sealed record QuestionSet(string Id, bool IsDefault, LocalizedText Title, LocalizedText Introduction, IReadOnlyList<Question> Questions);

public sealed record Question(string Id, LocalizedText Text);
