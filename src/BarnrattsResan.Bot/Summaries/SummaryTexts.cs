using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Summaries;

/// <summary>What the bot says here: the summary, its parts, and the next moment. Swedish first, then English, both in this file.</summary>
internal abstract class SummaryTexts
{
    private static readonly SummaryTexts InSwedish = new Swedish();
    private static readonly SummaryTexts InEnglish = new English();

    /// <summary>These texts in a language.</summary>
    public static SummaryTexts For(Language language) => language switch
    {
        Language.Swedish => InSwedish,
        Language.English => InEnglish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No texts in this language."),
    };

    public abstract string SummaryTitle(string title);
    public abstract string SummaryPart(int part, int parts);
    public abstract string SummaryParticipation(int people, int answers, int questions);
    public abstract string SummaryNoAnswers { get; }
    public abstract string SummaryAnonymous { get; }
    public abstract string SummaryContinues(int nextPart, int parts);
    public abstract string SummaryShortened(int shown, int total);
    public abstract string SummaryCompiledAt(string time);
    public abstract string SummaryForLead(string title);
    public abstract string SummaryOnItsWay(int leads);
    public abstract string NextMoment(string title);
    public abstract string ComparisonHeading(string title, string date);
    public abstract string ComparisonCounts(int now, int before, int participantsBefore);
    public abstract string ComparisonMore(int count);
    public abstract string SummaryUnreadableAnswers(int count);


    private sealed class Swedish : SummaryTexts
    {
        public override string SummaryTitle(string title) => $"Sammanfattning: {title}";
        public override string SummaryPart(int part, int parts) => $"Del {part} av {parts}";
        public override string SummaryParticipation(int people, int answers, int questions) =>
            $"{people} {(people == 1 ? "person" : "personer")} deltog och lämnade {answers} {(answers == 1 ? "svar" : "svar")} på {questions} {(questions == 1 ? "fråga" : "frågor")}.";
        public override string SummaryNoAnswers => "Inga svar på den här frågan.";
        public override string SummaryAnonymous => "Rundan var anonym: svaren visas utan namn.";
        public override string SummaryContinues(int nextPart, int parts) => $"Sammanfattningen fortsätter i del {nextPart} av {parts}.";
        public override string SummaryShortened(int shown, int total) => $"Svaret är förkortat här ({shown} av {total} tecken).";
        public override string SummaryCompiledAt(string time) => $"Sammanställd {time}.";
        public override string SummaryForLead(string title) => $"Här är sammanfattningen av diskussionsrundan ”{title}” inför arbetsgruppens möte.";
        public override string SummaryOnItsWay(int leads) => leads == 0
            ? "Sammanfattningen postas i tråden om en liten stund."
            : $"Sammanfattningen postas i tråden och skickas till {leads} {(leads == 1 ? "gruppledare" : "gruppledare")} om en liten stund.";
        public override string NextMoment(string title) => $"Nästa moment: {title}";
        public override string SummaryUnreadableAnswers(int count) => count == 1
            ? "Ett svar kunde inte läsas och finns inte med här. Kontakta den som ansvarar för boten hos er."
            : $"{count} svar kunde inte läsas och finns inte med här. Kontakta den som ansvarar för boten hos er.";
        public override string ComparisonHeading(string title, string date) => $"Förra gången: ”{title}”, {date}";
        public override string ComparisonCounts(int now, int before, int participantsBefore) =>
            $"Nu {now} svar. Då {before} svar" + (participantsBefore == 1 ? " (1 person deltog i rundan)." : $" ({participantsBefore} personer deltog i rundan).");
        public override string ComparisonMore(int count) => count == 1 ? "Ett svar till finns i den rundans sammanfattning." : $"{count} svar till finns i den rundans sammanfattning.";
    }

    private sealed class English : SummaryTexts
    {
        public override string SummaryTitle(string title) => $"Summary: {title}";
        public override string SummaryPart(int part, int parts) => $"Part {part} of {parts}";
        public override string SummaryParticipation(int people, int answers, int questions) =>
            $"{people} {(people == 1 ? "person" : "people")} took part and gave {answers} {(answers == 1 ? "answer" : "answers")} to {questions} {(questions == 1 ? "question" : "questions")}.";
        public override string SummaryNoAnswers => "No answers to this question.";
        public override string SummaryAnonymous => "The round was anonymous: answers are shown without names.";
        public override string SummaryContinues(int nextPart, int parts) => $"The summary continues in part {nextPart} of {parts}.";
        public override string SummaryShortened(int shown, int total) => $"The answer is shortened here ({shown} of {total} characters).";
        public override string SummaryCompiledAt(string time) => $"Compiled {time}.";
        public override string SummaryForLead(string title) => $"Here is the summary of the discussion round \"{title}\" for the working group's meeting.";
        public override string SummaryOnItsWay(int leads) => leads == 0
            ? "The summary will be posted in the thread in a moment."
            : $"The summary will be posted in the thread and sent to {leads} group {(leads == 1 ? "lead" : "leads")} in a moment.";
        public override string ComparisonHeading(string title, string date) => $"Last time: “{title}”, {date}";
        public override string ComparisonCounts(int now, int before, int participantsBefore) =>
            $"Now {now} answers. Then {before} answers" + (participantsBefore == 1 ? " (1 person took part in the round)." : $" ({participantsBefore} people took part in the round).");
        public override string ComparisonMore(int count) => count == 1 ? "One more answer is in that round's summary." : $"{count} more answers are in that round's summary.";
        public override string NextMoment(string title) => $"Next moment: {title}";
        public override string SummaryUnreadableAnswers(int count) => count == 1
            ? "One answer could not be read and is not included here. Please contact the person responsible for the bot in your organisation."
            : $"{count} answers could not be read and are not included here. Please contact the person responsible for the bot in your organisation.";
    }
}

/// <summary><c>turn.Texts.Summaries</c>: these sentences in the language of the common texts at hand.</summary>
internal static class SummaryTextsExtensions
{
    extension(Texts texts)
    {
        public SummaryTexts Summaries => SummaryTexts.For(texts.Language);
    }
}
