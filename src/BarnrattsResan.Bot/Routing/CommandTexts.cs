using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Routing;

/// <summary>What each command does, as the help card says it. The words themselves are in <see cref="CommandWords"/>. Swedish first, then English, both in this file.</summary>
internal abstract class CommandTexts
{
    private static readonly CommandTexts InSwedish = new Swedish();
    private static readonly CommandTexts InEnglish = new English();

    /// <summary>These texts in a language.</summary>
    public static CommandTexts For(Language language) => language switch
    {
        Language.Swedish => InSwedish,
        Language.English => InEnglish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No texts in this language."),
    };

    public abstract string Start { get; }
    public abstract string Status { get; }
    public abstract string Next { get; }
    public abstract string Summary { get; }
    public abstract string Close { get; }
    public abstract string Reopen { get; }
    public abstract string Delete { get; }
    public abstract string DeleteMyAnswers { get; }
    public abstract string Remind { get; }
    public abstract string CancelStart { get; }
    public abstract string History { get; }
    public abstract string Methods { get; }
    public abstract string Help { get; }

    private sealed class Swedish : CommandTexts
    {
        public override string Start => "Starta en diskussionsrunda: välj frågor, mötestid och vilka som får sammanfattningen.";
        public override string Status => "Se hur rundan går: antal svar per fråga och när sammanfattningen skickas.";
        public override string Next => "Gå vidare till nästa fråga (en fråga i taget).";
        public override string Summary => "Sammanställ svaren nu och skicka sammanfattningen.";
        public override string Close => "Stäng rundan för nya svar.";
        public override string Reopen => "Öppna en avslutad runda igen.";
        public override string Delete => "Radera rundan och alla svar nu. Du får bekräfta först och kan spara sammanfattningen.";
        public override string DeleteMyAnswers => "Ta bort dina egna svar i rundan medan den är öppen.";
        public override string Remind => "Påminn nu dem som inte har svarat på alla frågor, var och en i en egen chatt (högst en gång i timmen).";
        public override string CancelStart => "Avbryt en planerad runda innan den har startat.";
        public override string History => "Se kanalens tidigare rundor och deras sammanfattningar.";
        public override string Methods => "Metoder och verktyg för att följa upp barnrättsarbetet.";
        public override string Help => "Visa den här hjälpen.";
    }

    private sealed class English : CommandTexts
    {
        public override string Start => "Start a discussion round: choose the questions, the meeting time and who receives the summary.";
        public override string Status => "See how the round is going: answers per question and when the summary is sent.";
        public override string Next => "Move on to the next question (one question at a time).";
        public override string Summary => "Compile the answers now and send the summary.";
        public override string Close => "Close the round to new answers.";
        public override string Reopen => "Open a closed round again.";
        public override string Delete => "Delete the round and all answers now. You confirm first and can keep the summary.";
        public override string DeleteMyAnswers => "Remove your own answers in the round while it is open.";
        public override string Remind => "Remind everyone who has not answered every question now, each in their own chat (at most once an hour).";
        public override string CancelStart => "Cancel a planned round before it has started.";
        public override string History => "See this channel's earlier rounds and their summaries.";
        public override string Methods => "Methods and tools for following up children's rights work.";
        public override string Help => "Show this help.";
    }
}

/// <summary><c>turn.Texts.Commands</c>: what each command does, in the language of the common texts at hand.</summary>
internal static class CommandTextsExtensions
{
    extension(Texts texts)
    {
        public CommandTexts Commands => CommandTexts.For(texts.Language);
    }
}
