using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Presentations;

/// <summary>What the bot says here: presenting the results and correcting them. Swedish first, then English, both in this file.</summary>
internal abstract class PresentationTexts
{
    private static readonly PresentationTexts InSwedish = new Swedish();
    private static readonly PresentationTexts InEnglish = new English();

    /// <summary>These texts in a language.</summary>
    public static PresentationTexts For(Language language) => language switch
    {
        Language.Swedish => InSwedish,
        Language.English => InEnglish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No texts in this language."),
    };

    public abstract string ResultsSetupHeading { get; }
    public abstract string ResultsSetupHint { get; }
    public abstract string ResultsTextLabel(int max);
    public abstract string ResultsTextPlaceholder { get; }
    public abstract string ResultsLinkTitleLabel(int number);
    public abstract string ResultsLinkUrlLabel(int number);
    public abstract string ErrorPresentationTooLong(int max, int actual);
    public abstract string ErrorLinkTitleMissing(int number);
    public abstract string ErrorLinkTitleTooLong(int number, int max);
    public abstract string ErrorLinkUrlMissing(int number);
    public abstract string ErrorLinkUrlTooLong(int number, int max);
    public abstract string ErrorLinkNotHttps(int number);
    public abstract string ErrorLinkTitlesAlike { get; }
    public abstract string ResultsHeading { get; }
    public abstract string EditResults { get; }
    public abstract string EditResultsTitle(string title);
    public abstract string EditResultsIntro { get; }
    public abstract string SaveResults { get; }
    public abstract string CancelEditResults { get; }
    public abstract string ResultsErrorsTitle { get; }
    public abstract string ResultsSaved { get; }
    public abstract string ResultsUnchanged { get; }
    public abstract string ShowResults(int number);
    public abstract string SummaryResultsHeading { get; }
    public abstract string ResultsRoundClosed { get; }

    private sealed class Swedish : PresentationTexts
    {
        public override string ResultsSetupHeading => "Presentera resultatet (valfritt)";
        public override string ResultsSetupHint => "Skriv kort vad arbetsgruppen har uppnått och länka gärna till ert material. Kollegorna ser det i introduktionen före frågorna. Det kommer också med i sammanfattningen.";
        public override string ResultsTextLabel(int max) => $"Vad har arbetsgruppen uppnått? (högst {max} tecken)";
        public override string ResultsTextPlaceholder => "Till exempel: Vi har tagit fram en rutin för att fråga barnen innan vi ändrar något som rör dem.";
        public override string ResultsLinkTitleLabel(int number) => $"Länk {number}: text på knappen (till exempel Slutrapporten)";
        public override string ResultsLinkUrlLabel(int number) => $"Länk {number}: adress som börjar med https://";
        public override string ErrorPresentationTooLong(int max, int actual) => $"Presentationen av resultatet får vara högst {max} tecken. Den är {actual} tecken nu.";
        public override string ErrorLinkTitleMissing(int number) => $"Skriv en text för knappen till länk {number}.";
        public override string ErrorLinkTitleTooLong(int number, int max) => $"Texten för länk {number} får vara en rad och högst {max} tecken.";
        public override string ErrorLinkUrlMissing(int number) => $"Skriv adressen till länk {number}, eller ta bort länkens text.";
        public override string ErrorLinkUrlTooLong(int number, int max) => $"Adressen till länk {number} får vara högst {max} tecken.";
        public override string ErrorLinkNotHttps(int number) => $"Länk {number} måste vara en hel webbadress som börjar med https://. Kopiera den från webbläsarens adressfält.";
        public override string ErrorLinkTitlesAlike => "Två länkar har samma text. Ge varje länk en egen text.";
        public override string ResultsHeading => "Det här har arbetsgruppen uppnått";
        public override string EditResults => "Ändra presentationen av resultatet";
        public override string EditResultsTitle(string title) => $"Ändra resultatet i ”{title}”";
        public override string EditResultsIntro => "Det du sparar visas i introduktionen för alla. Töm fälten om du vill ta bort presentationen.";
        public override string SaveResults => "Spara presentationen av resultatet";
        public override string CancelEditResults => "Avbryt utan att ändra resultatet";
        public override string ResultsErrorsTitle => "Inget ändrades. Rätta följande:";
        public override string ResultsSaved => "Presentationen är sparad. Introduktionen i tråden uppdateras strax för alla.";
        public override string ResultsUnchanged => "Inget ändrades: presentationen var redan så här.";
        public override string ShowResults(int number) => $"Visa resultatet (fråga {number})";
        public override string SummaryResultsHeading => "Resultatet som presenterades för kollegorna";
        public override string ResultsRoundClosed => "Rundan är avslutad, så presentationen av resultatet går inte att ändra längre. Inget har sparats.";
    }

    private sealed class English : PresentationTexts
    {
        public override string ResultsSetupHeading => "Present the results (optional)";
        public override string ResultsSetupHint => "Write briefly what the working group has achieved, and link to your material if you like. Colleagues see it in the introduction before the questions. It is in the summary too.";
        public override string ResultsTextLabel(int max) => $"What has the working group achieved? (at most {max} characters)";
        public override string ResultsTextPlaceholder => "For example: We have made a routine for asking the children before we change something that concerns them.";
        public override string ResultsLinkTitleLabel(int number) => $"Link {number}: text on the button (for example Final report)";
        public override string ResultsLinkUrlLabel(int number) => $"Link {number}: address starting with https://";
        public override string ErrorPresentationTooLong(int max, int actual) => $"The presentation of the results can be at most {max} characters. It is {actual} characters now.";
        public override string ErrorLinkTitleMissing(int number) => $"Write a text for the button of link {number}.";
        public override string ErrorLinkTitleTooLong(int number, int max) => $"The text of link {number} must be one line of at most {max} characters.";
        public override string ErrorLinkUrlMissing(int number) => $"Write the address of link {number}, or remove the link's text.";
        public override string ErrorLinkUrlTooLong(int number, int max) => $"The address of link {number} can be at most {max} characters.";
        public override string ErrorLinkNotHttps(int number) => $"Link {number} must be a full web address starting with https://. Copy it from the address bar of your browser.";
        public override string ErrorLinkTitlesAlike => "Two links have the same text. Give each link a text of its own.";
        public override string ResultsHeading => "What the working group has achieved";
        public override string EditResults => "Edit the presentation of the results";
        public override string EditResultsTitle(string title) => $"Edit the results in \"{title}\"";
        public override string EditResultsIntro => "What you save is shown to everyone in the introduction. Empty the fields to remove the presentation.";
        public override string SaveResults => "Save the presentation of the results";
        public override string CancelEditResults => "Cancel without changing the results";
        public override string ResultsErrorsTitle => "Nothing was changed. Please correct the following:";
        public override string ResultsSaved => "The presentation is saved. The introduction in the thread is updated for everyone shortly.";
        public override string ResultsUnchanged => "Nothing changed: the presentation was already like this.";
        public override string ShowResults(int number) => $"Show the results (question {number})";
        public override string SummaryResultsHeading => "The results presented to the colleagues";
        public override string ResultsRoundClosed => "The round is closed, so the presentation of the results can no longer be changed. Nothing was saved.";
    }
}

/// <summary><c>turn.Texts.Presentations</c>: these sentences in the language of the common texts at hand.</summary>
internal static class PresentationTextsExtensions
{
    extension(Texts texts)
    {
        public PresentationTexts Presentations => PresentationTexts.For(texts.Language);
    }
}
