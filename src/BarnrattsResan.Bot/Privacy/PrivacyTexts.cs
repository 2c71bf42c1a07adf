using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Privacy;

/// <summary>What the bot says here: deleting a round. Swedish first, then English, both in this file.</summary>
internal abstract class PrivacyTexts
{
    private static readonly PrivacyTexts InSwedish = new Swedish();
    private static readonly PrivacyTexts InEnglish = new English();

    /// <summary>These texts in a language.</summary>
    public static PrivacyTexts For(Language language) => language switch
    {
        Language.Swedish => InSwedish,
        Language.English => InEnglish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No texts in this language."),
    };

    public abstract string DeleteRoundTitle(string title);
    public abstract string DeleteRoundText { get; }
    public abstract string DeleteRoundKeepSummary { get; }
    public abstract string DeleteRoundConfirm { get; }
    public abstract string DeleteRoundShowSummary { get; }
    public abstract string DeleteRoundSummaryNote { get; }
    public abstract string ShowSummaryPart(int part, int parts);
    public abstract string Cancel { get; }
    public abstract string Cancelled { get; }
    public abstract string RoundDeleted(string title);

    private sealed class Swedish : PrivacyTexts
    {
        public override string DeleteRoundTitle(string title) => $"Radera rundan ”{title}”?";
        public override string DeleteRoundText => "Allt jag har sparat om rundan tas bort direkt: frågorna, alla svar och den planerade sammanfattningen. Det går inte att ångra.";
        public override string DeleteRoundKeepSummary => "Vill du spara svaren? Välj **Visa sammanfattningen först** och kopiera den innan du raderar.";
        public override string DeleteRoundConfirm => "Ja, radera rundan";
        public override string DeleteRoundShowSummary => "Visa sammanfattningen först";
        public override string DeleteRoundSummaryNote => "Så här ser sammanfattningen ut just nu. Bara du ser den här. Kopiera det du vill spara innan du raderar rundan.";
        public override string ShowSummaryPart(int part, int parts) => $"Visa del {part} av {parts}";
        public override string Cancel => "Avbryt";
        public override string Cancelled => "Avbrutet. Inget har tagits bort.";
        public override string RoundDeleted(string title) => $"Rundan ”{title}” är raderad, med alla svar. Korten i tråden tar inte längre emot svar.";
    }

    private sealed class English : PrivacyTexts
    {
        public override string DeleteRoundTitle(string title) => $"Delete the round \"{title}\"?";
        public override string DeleteRoundText => "Everything I keep about the round is removed at once: the questions, all answers and the planned summary. This cannot be undone.";
        public override string DeleteRoundKeepSummary => "Want to keep the answers? Choose **Show the summary first** and copy it before you delete.";
        public override string DeleteRoundConfirm => "Yes, delete the round";
        public override string DeleteRoundShowSummary => "Show the summary first";
        public override string DeleteRoundSummaryNote => "This is the summary as it stands now. Only you see it. Copy what you want to keep before you delete the round.";
        public override string ShowSummaryPart(int part, int parts) => $"Show part {part} of {parts}";
        public override string Cancel => "Cancel";
        public override string Cancelled => "Cancelled. Nothing has been removed.";
        public override string RoundDeleted(string title) => $"The round \"{title}\" is deleted, with all answers. The cards in the thread no longer take answers.";
    }
}

/// <summary><c>turn.Texts.Privacy</c>: these sentences in the language of the common texts at hand.</summary>
internal static class PrivacyTextsExtensions
{
    extension(Texts texts)
    {
        public PrivacyTexts Privacy => PrivacyTexts.For(texts.Language);
    }
}
