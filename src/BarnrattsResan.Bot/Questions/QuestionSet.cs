using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Questions;

/// <summary>One of Barnrättsresan's four steps, for example 4 Uppföljning.</summary>
internal sealed record JourneyStep(int Number, LocalizedText Name, IReadOnlyList<JourneyMoment> Moments);

/// <summary>A moment of a step (A–D), with its introduction, its question sets, what to bring to the next meeting and the moment that follows (none for the last).</summary>
internal sealed record JourneyMoment(string Letter, LocalizedText Title, LocalizedText Introduction, Preparation Preparation, IReadOnlyList<QuestionSet> QuestionSets, NextMoment? Next = null)
{
    /// <summary>The id a round keeps: step number and letter, for example <c>4C</c>.</summary>
    public static string IdOf(JourneyStep step, JourneyMoment moment) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{step.Number}{moment.Letter}");
}

/// <summary>What comes after a moment ("Gå vidare till nästa moment"): its id (for example <c>4D</c>), its title and one line about it.</summary>
internal sealed record NextMoment(string Id, LocalizedText Title, LocalizedText Description);

/// <summary>What to bring to the working group's next meeting ("Förbered dig inför mötet med arbetsgruppen").</summary>
internal sealed record Preparation(LocalizedText Title, LocalizedText Text);

/// <summary>A "Diskutera tillsammans" list of questions.</summary>
internal sealed record QuestionSet(string Id, bool IsDefault, LocalizedText Title, LocalizedText Introduction, IReadOnlyList<Question> Questions);

internal sealed record Question(string Id, LocalizedText Text);
