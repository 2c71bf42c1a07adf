namespace BarnrattsResan.Bot.Localization;

/// <summary>
/// The few sentences many features say (a round not found, busy, not in a personal chat, not allowed), and the language
/// that leads to each feature's own texts: <c>turn.Texts.Rounds.SetupTitle</c>. Each feature keeps its sentences in its
/// folder (for example <c>Rounds/RoundTexts.cs</c>), Swedish and English side by side.
/// </summary>
internal abstract class Texts
{
    private static readonly Texts InSwedish = new Swedish();
    private static readonly Texts InEnglish = new English();

    /// <summary>The common texts in a language.</summary>
    public static Texts For(Language language) => language switch
    {
        Language.Swedish => InSwedish,
        Language.English => InEnglish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No texts in this language."),
    };

    public abstract Language Language { get; }
    public abstract string NotAllowed(string facilitatorName);
    public abstract string UnknownRound { get; }
    public abstract string RoundsOnlyInTeams { get; }
    public abstract string Busy { get; }
    public abstract string TurnError { get; }
    public abstract string RoundNotFound { get; }
    public abstract string StoredRoundUnreadable { get; }

    private sealed class Swedish : Texts
    {
        public override Language Language => Language.Swedish;
        public override string NotAllowed(string facilitatorName) => $"Tyvärr, det är bara samtalsledaren ({facilitatorName}) och de medledare hen har valt som kan styra rundan. Du kan förstås svara på frågorna!";
        public override string UnknownRound => "Jag hittar inte den rundan i den här konversationen. Inget har sparats. Svara i frågekorten i rundans egen tråd, eller be samtalsledaren starta en ny runda.";
        public override string RoundsOnlyInTeams => "Du startar en diskussionsrunda i en kanal eller en gruppchatt. Lägg till mig där och nämn mig med **starta**.";
        public override string Busy => "Många svarar just nu, och inget har sparats. Försök igen om en stund.";
        public override string TurnError => "Oj, något gick fel hos mig. Försök igen om en stund. Om felet kommer tillbaka, kontakta den som ansvarar för boten hos er.";
        public override string RoundNotFound => "Jag hittar inte den här rundan längre. Den kan ha raderats.";
        public override string StoredRoundUnreadable => "Jag kan inte läsa det som är sparat om den här rundan, och inget har ändrats. Kontakta den som ansvarar för boten hos er.";
    }

    private sealed class English : Texts
    {
        public override Language Language => Language.English;
        public override string NotAllowed(string facilitatorName) => $"Sorry, only the facilitator ({facilitatorName}) and the co-facilitators they chose can steer the round. You are very welcome to answer the questions!";
        public override string UnknownRound => "I cannot find that round in this conversation. Nothing has been saved. Answer in the question cards in the round's own thread, or ask the facilitator to start a new round.";
        public override string RoundsOnlyInTeams => "You start a discussion round in a channel or a group chat. Add me there and mention me with **start**.";
        public override string Busy => "Many people are answering right now, and nothing has been saved. Please try again in a moment.";
        public override string TurnError => "Oops, something went wrong on my side. Please try again in a moment. If it happens again, contact the person responsible for the bot in your organisation.";
        public override string RoundNotFound => "I can no longer find this round. It may have been deleted.";
        public override string StoredRoundUnreadable => "I cannot read what is stored about this round, and nothing has changed. Please contact the person responsible for the bot in your organisation.";
    }
}
