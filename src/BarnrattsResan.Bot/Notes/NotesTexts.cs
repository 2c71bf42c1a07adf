using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Notes;

/// <summary>What the bot says here: the meeting notes as Word and Excel files. Swedish first, then English, both in this file.</summary>
internal abstract class NotesTexts
{
    private static readonly NotesTexts InSwedish = new Swedish();
    private static readonly NotesTexts InEnglish = new English();

    /// <summary>These texts in a language.</summary>
    public static NotesTexts For(Language language) => language switch
    {
        Language.Swedish => InSwedish,
        Language.English => InEnglish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No texts in this language."),
    };

    public abstract string NotesKindName(NoteKind kind);
    public abstract string NotesGet(NoteKind kind);
    public abstract string NotesFileName(string title);
    public abstract string NotesStep(int step, string stepName, string moment, string momentTitle);
    public abstract string NotesAnswersHeading { get; }
    public abstract string NotesAuthor { get; }
    public abstract string NotesPage { get; }
    public abstract string NotesSheetName { get; }
    public abstract string NotesColumnNumber { get; }
    public abstract string NotesColumnQuestion { get; }
    public abstract string NotesColumnAnswer { get; }
    public abstract string NotesColumnName { get; }
    public abstract string NotesConsentDescription(NoteKind kind, string title);
    public abstract string NotesOfferSent(NoteKind kind);
    public abstract string NotesNotAllowed(string facilitatorName);
    public abstract string NotesDeclined(NoteKind kind);
    public abstract string NotesUploadExpired(NoteKind kind);
    public abstract string NotesUploadFailed(NoteKind kind);
    public abstract string NotesOfferReplaced(NoteKind kind);
    public abstract string NotesSaved(NoteKind kind, string fileName);
    public abstract string NotesRoundGone { get; }

    private sealed class Swedish : NotesTexts
    {
        public override string NotesKindName(NoteKind kind) => kind == NoteKind.Excel ? "Excel-filen" : "Word-dokumentet";
        public override string NotesGet(NoteKind kind) => kind == NoteKind.Excel ? "Hämta som Excel" : "Hämta som Word";
        public override string NotesFileName(string title) => $"Anteckningar {title}";
        public override string NotesStep(int step, string stepName, string moment, string momentTitle) => $"Steg {step} {stepName}, moment {moment}: {momentTitle}";
        public override string NotesAnswersHeading => "Frågor och svar";
        public override string NotesAuthor => "Barnrättsresan";
        public override string NotesPage => "Sida";
        public override string NotesSheetName => "Svar";
        public override string NotesColumnNumber => "Fråga nr";
        public override string NotesColumnQuestion => "Fråga";
        public override string NotesColumnAnswer => "Svar";
        public override string NotesColumnName => "Namn";
        public override string NotesConsentDescription(NoteKind kind, string title) => kind == NoteKind.Excel
            ? $"Svaren från rundan ”{title}” som Excel-fil, ett svar per rad. Välj Tillåt så sparar jag filen i din OneDrive."
            : $"Anteckningarna från rundan ”{title}” som Word-dokument. Välj Tillåt så sparar jag filen i din OneDrive.";
        public override string NotesOfferSent(NoteKind kind) => $"Jag skickar {NotesKindName(kind)} till din chatt med mig. Välj Tillåt där så sparas filen i din OneDrive. Kommer inget fram? Då behöver du lägga till appen Barnrättsresan för dig själv i Teams. Försök sedan igen.";
        public override string NotesNotAllowed(string facilitatorName) => $"Tyvärr, det är bara samtalsledaren ({facilitatorName}), medledarna och gruppledarna som kan hämta anteckningarna. Fråga gärna någon av dem.";
        public override string NotesDeclined(NoteKind kind) => $"Okej, jag sparade ingen fil. Vill du ha {NotesKindName(kind)} senare? Välj {NotesGet(kind)} på sammanfattningen i rundans tråd.";
        public override string NotesUploadExpired(NoteKind kind) => $"Jag kunde inte spara {NotesKindName(kind)} i din OneDrive, för att tillståndet hade gått ut. Här kommer ett nytt erbjudande. Välj Tillåt igen.";
        public override string NotesUploadFailed(NoteKind kind) => $"Jag kunde inte spara {NotesKindName(kind)} i din OneDrive, trots flera försök. Här kommer ett nytt erbjudande. Välj Tillåt igen.";
        public override string NotesOfferReplaced(NoteKind kind) => $"Det här erbjudandet gäller inte längre. Jag skickar ett nytt för {NotesKindName(kind)}.";
        public override string NotesSaved(NoteKind kind, string fileName) => $"{fileName} är sparad i din OneDrive.";
        public override string NotesRoundGone => "Rundan finns inte längre, så det finns inga anteckningar att hämta.";
    }

    private sealed class English : NotesTexts
    {
        public override string NotesKindName(NoteKind kind) => kind == NoteKind.Excel ? "the Excel file" : "the Word document";
        public override string NotesGet(NoteKind kind) => kind == NoteKind.Excel ? "Get as Excel" : "Get as Word";
        public override string NotesFileName(string title) => $"Notes {title}";
        public override string NotesStep(int step, string stepName, string moment, string momentTitle) => $"Step {step} {stepName}, moment {moment}: {momentTitle}";
        public override string NotesAnswersHeading => "Questions and answers";
        public override string NotesAuthor => "Barnrättsresan";
        public override string NotesPage => "Page";
        public override string NotesSheetName => "Answers";
        public override string NotesColumnNumber => "Question no.";
        public override string NotesColumnQuestion => "Question";
        public override string NotesColumnAnswer => "Answer";
        public override string NotesColumnName => "Name";
        public override string NotesConsentDescription(NoteKind kind, string title) => kind == NoteKind.Excel
            ? $"The answers from the round “{title}” as an Excel file, one answer per row. Choose Allow and I will save the file in your OneDrive."
            : $"The notes from the round “{title}” as a Word document. Choose Allow and I will save the file in your OneDrive.";
        public override string NotesOfferSent(NoteKind kind) => $"I am sending {NotesKindName(kind)} to your chat with me. Choose Allow there and the file is saved in your OneDrive. Nothing arrives? Then add the Barnrättsresan app for yourself in Teams, and try again.";
        public override string NotesNotAllowed(string facilitatorName) => $"Sorry, only the facilitator ({facilitatorName}), the co-facilitators and the group leads can get the notes. Please ask one of them.";
        public override string NotesDeclined(NoteKind kind) => $"OK, I saved no file. Do you want {NotesKindName(kind)} later? Choose {NotesGet(kind)} on the summary in the round's thread.";
        public override string NotesUploadExpired(NoteKind kind) => $"I could not save {NotesKindName(kind)} in your OneDrive, because the permission had expired. Here is a new offer. Choose Allow again.";
        public override string NotesUploadFailed(NoteKind kind) => $"I could not save {NotesKindName(kind)} in your OneDrive, even after several tries. Here is a new offer. Choose Allow again.";
        public override string NotesOfferReplaced(NoteKind kind) => $"This offer is no longer valid. I am sending a new one for {NotesKindName(kind)}.";
        public override string NotesSaved(NoteKind kind, string fileName) => $"{fileName} is saved in your OneDrive.";
        public override string NotesRoundGone => "The round no longer exists, so there are no notes to get.";
    }
}

/// <summary><c>turn.Texts.Notes</c>: these sentences in the language of the common texts at hand.</summary>
internal static class NotesTextsExtensions
{
    extension(Texts texts)
    {
        public NotesTexts Notes => NotesTexts.For(texts.Language);
    }
}
