using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.History;

/// <summary>What the bot says here: earlier rounds and the comparison with the previous round. Swedish first, then English, both in this file.</summary>
internal abstract class HistoryTexts
{
    private static readonly HistoryTexts InSwedish = new Swedish();
    private static readonly HistoryTexts InEnglish = new English();

    /// <summary>These texts in a language.</summary>
    public static HistoryTexts For(Language language) => language switch
    {
        Language.Swedish => InSwedish,
        Language.English => InEnglish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No texts in this language."),
    };

    public abstract string HistoryTitle { get; }
    public abstract string HistoryIntro { get; }
    public abstract string HistoryEmpty { get; }
    public abstract string HistoryPlanned { get; }
    public abstract string HistoryRoundLine(string moment, string started, string due, int participants, string state, bool anonymous);
    public abstract string HistoryShowSummary(string title, string started);
    public abstract string HistoryMore(int count);
    public abstract string HistorySummaryNotYet(string title);
    public abstract string HistoryNextPart(int part, int parts, string title);
    private sealed class Swedish : HistoryTexts
    {
        public override string HistoryTitle => "Tidigare rundor här";
        public override string HistoryIntro => "Rundor som fortfarande sparas, den senaste först. Knappen visar sammanfattningen bara för dig.";
        public override string HistoryEmpty => "Det finns inga sparade rundor här än. Nämn mig med **starta** för att börja en.";
        public override string HistoryPlanned => "planerad";
        public override string HistoryRoundLine(string moment, string started, string due, int participants, string state, bool anonymous) =>
            $"{moment} · {started} – {due} · " + (participants == 1 ? "1 person svarade" : $"{participants} personer svarade") + $" · {state}" + (anonymous ? " · anonym" : string.Empty);
        public override string HistoryShowSummary(string title, string started) => $"Visa sammanfattningen från {started}";
        public override string HistoryMore(int count) => count == 1 ? "1 äldre runda visas inte." : $"{count} äldre rundor visas inte.";
        public override string HistorySummaryNotYet(string title) => $"Sammanfattningen av ”{title}” har inte skickats än. Fram till dess kan bara samtalsledaren se den.";
        public override string HistoryNextPart(int part, int parts, string title) => $"Visa del {part} av {parts}";
    }

    private sealed class English : HistoryTexts
    {
        public override string HistoryTitle => "Earlier rounds here";
        public override string HistoryIntro => "Rounds that are still kept, newest first. The button shows the summary to you only.";
        public override string HistoryEmpty => "There are no kept rounds here yet. Mention me with **start** to begin one.";
        public override string HistoryPlanned => "planned";
        public override string HistoryRoundLine(string moment, string started, string due, int participants, string state, bool anonymous) =>
            $"{moment} · {started} – {due} · " + (participants == 1 ? "1 person answered" : $"{participants} people answered") + $" · {state}" + (anonymous ? " · anonymous" : string.Empty);
        public override string HistoryShowSummary(string title, string started) => $"Show the summary from {started}";
        public override string HistoryMore(int count) => count == 1 ? "1 older round is not shown." : $"{count} older rounds are not shown.";
        public override string HistorySummaryNotYet(string title) => $"The summary of “{title}” has not gone out yet. Until then only the facilitator can see it.";
        public override string HistoryNextPart(int part, int parts, string title) => $"Show part {part} of {parts}";
    }
}

/// <summary><c>turn.Texts.History</c>: these sentences in the language of the common texts at hand.</summary>
internal static class HistoryTextsExtensions
{
    extension(Texts texts)
    {
        public HistoryTexts History => HistoryTexts.For(texts.Language);
    }
}
