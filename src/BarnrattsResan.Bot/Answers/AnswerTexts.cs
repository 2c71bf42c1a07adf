using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Answers;

/// <summary>What the bot says here: the question cards, answering, and withdrawing one's own answers. Swedish first, then English, both in this file.</summary>
internal abstract class AnswerTexts
{
    private static readonly AnswerTexts InSwedish = new Swedish();
    private static readonly AnswerTexts InEnglish = new English();

    /// <summary>These texts in a language.</summary>
    public static AnswerTexts For(Language language) => language switch
    {
        Language.Swedish => InSwedish,
        Language.English => InEnglish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No texts in this language."),
    };

    public abstract string QuestionHeading(int number, int total);
    public abstract string AnswerLabel(int number);
    public abstract string AnswerPlaceholder { get; }
    public abstract string SendAnswer(int number);
    public abstract string ChangeAnswer(int number);
    public abstract string Refresh(int number);
    public abstract string ShowOthersAnswers(int number);
    public abstract string NextQuestion(int number, int total);
    public abstract string AnswerCount(int count);
    public abstract string YourAnswer { get; }
    public abstract string YourAnswerSaved(string time);
    public abstract string NotAnsweredYet { get; }
    public abstract string AnonymousNote { get; }
    public abstract string OthersAnswersHeading { get; }
    public abstract string NoOtherAnswers { get; }
    public abstract string OthersAnswersShown(int shown, int total);
    public abstract string AnonymousAuthor { get; }
    public abstract string RoundClosedNote { get; }
    public abstract string ErrorAnswerEmpty { get; }
    public abstract string ErrorAnswerTooLong(int max, int actual);
    public abstract string ErrorQuestionNotOpen { get; }
    public abstract string LiveWaiting { get; }
    public abstract string AnswerNotSaved { get; }
    public abstract string RoundIsClosed { get; }
    public abstract string DeleteMyAnswer(int number);
    public abstract string AnswerDeleted { get; }
    public abstract string DeleteMyAnswersTitle(string title);
    public abstract string DeleteMyAnswersText { get; }
    public abstract string DeleteMyAnswersConfirm { get; }
    public abstract string MyAnswersDeleted(int count);
    public abstract string AnswersCannotBeDeleted(bool sealedAnonymous);
    public abstract string YourAnswerSavedOn(string date);
    public abstract string OthersAnswersShownUnordered(int shown, int total);
    public abstract string QuestionAnswerCount(int count);

    private sealed class Swedish : AnswerTexts
    {
        public override string QuestionHeading(int number, int total) => $"Fråga {number} av {total}";
        public override string AnswerLabel(int number) => $"Ditt svar på fråga {number}";
        public override string AnswerPlaceholder => "Skriv dina tankar här";
        public override string SendAnswer(int number) => $"Skicka svar på fråga {number}";
        public override string ChangeAnswer(int number) => $"Spara ändrat svar på fråga {number}";
        public override string Refresh(int number) => $"Uppdatera fråga {number}";
        public override string ShowOthersAnswers(int number) => $"Visa allas svar på fråga {number}";
        public override string NextQuestion(int number, int total) => $"Nästa fråga ({number} av {total})";
        public override string AnswerCount(int count) => count switch
        {
            0 => "Inga svar ännu",
            1 => "1 person har svarat",
            _ => $"{count} personer har svarat",
        };
        public override string YourAnswer => "Ditt sparade svar";
        public override string YourAnswerSaved(string time) => $"Sparat kl. {time}. Du kan ändra svaret så länge rundan är öppen.";
        public override string NotAnsweredYet => "Du har inte svarat än.";
        public override string AnonymousNote => "Anonym runda: ditt namn sparas inte.";
        public override string OthersAnswersHeading => "Allas svar hittills";
        public override string NoOtherAnswers => "Inga svar ännu.";
        public override string OthersAnswersShown(int shown, int total) => $"Här visas de {shown} senaste av {total} svar. Alla svar finns med i sammanfattningen.";
        public override string AnonymousAuthor => "Anonym";
        public override string RoundClosedNote => "Rundan är avslutad och tar inte emot fler svar.";
        public override string ErrorAnswerEmpty => "Svaret är tomt. Skriv något innan du skickar.";
        public override string ErrorAnswerTooLong(int max, int actual) => $"Svaret är för långt. Det har {actual} tecken, men får ha högst {max}. Korta det och skicka igen.";
        public override string ErrorQuestionNotOpen => "Den här frågan är inte öppen för svar just nu.";
        public override string LiveWaiting => "Nästa fråga kommer när samtalsledaren går vidare.";
        public override string AnswerNotSaved => "Svaret sparades inte";
        public override string RoundIsClosed => "Rundan är avslutad och tar inte emot fler svar. Inget har sparats.";
        public override string DeleteMyAnswer(int number) => $"Ta bort mitt svar på fråga {number}";
        public override string AnswerDeleted => "Ditt svar är borttaget. Du kan svara igen så länge rundan är öppen.";
        public override string DeleteMyAnswersTitle(string title) => $"Ta bort dina svar i rundan ”{title}”?";
        public override string DeleteMyAnswersText => "Alla svar du har skickat i rundan tas bort. Det går inte att ångra, men du kan svara igen så länge rundan är öppen. Bara du ser vad som togs bort.";
        public override string DeleteMyAnswersConfirm => "Ja, ta bort mina svar";
        public override string MyAnswersDeleted(int count) => count switch
        {
            0 => "Du hade inga sparade svar i rundan. Inget har tagits bort.",
            1 => "Ditt svar i rundan är borttaget.",
            _ => $"Dina {count} svar i rundan är borttagna.",
        };
        public override string AnswersCannotBeDeleted(bool sealedAnonymous) => sealedAnonymous
            ? "Rundan var anonym och är sammanställd. Ingen, inte heller jag, kan längre se vilka svar som är dina, så de går inte att ta bort ett och ett. Samtalsledaren kan radera hela rundan."
            : "Rundan är avslutad, så svaren hör till sammanfattningen och tas inte bort ett och ett. Be samtalsledaren öppna rundan igen, eller radera hela rundan.";
        public override string YourAnswerSavedOn(string date) => $"Sparat {date}. Rundan är anonym, så klockslaget sparas inte. Du kan ändra svaret så länge rundan är öppen.";
        public override string OthersAnswersShownUnordered(int shown, int total) => $"Här visas {shown} av {total} svar, i en ordning som inte säger när de kom. Alla svar finns med i sammanfattningen.";
        public override string QuestionAnswerCount(int count) => count == 1 ? "1 svar" : $"{count} svar";
    }

    private sealed class English : AnswerTexts
    {
        public override string QuestionHeading(int number, int total) => $"Question {number} of {total}";
        public override string AnswerLabel(int number) => $"Your answer to question {number}";
        public override string AnswerPlaceholder => "Write your thoughts here";
        public override string SendAnswer(int number) => $"Send answer to question {number}";
        public override string ChangeAnswer(int number) => $"Save changed answer to question {number}";
        public override string Refresh(int number) => $"Refresh question {number}";
        public override string ShowOthersAnswers(int number) => $"Show all answers to question {number}";
        public override string NextQuestion(int number, int total) => $"Next question ({number} of {total})";
        public override string AnswerCount(int count) => count switch
        {
            0 => "No answers yet",
            1 => "1 person has answered",
            _ => $"{count} people have answered",
        };
        public override string YourAnswer => "Your saved answer";
        public override string YourAnswerSaved(string time) => $"Saved at {time}. You can change your answer while the round is open.";
        public override string NotAnsweredYet => "You have not answered yet.";
        public override string AnonymousNote => "Anonymous round: your name is not stored.";
        public override string OthersAnswersHeading => "Everyone's answers so far";
        public override string NoOtherAnswers => "No answers yet.";
        public override string OthersAnswersShown(int shown, int total) => $"Showing the latest {shown} of {total} answers. Every answer is in the summary.";
        public override string AnonymousAuthor => "Anonymous";
        public override string RoundClosedNote => "The round is closed and takes no more answers.";
        public override string ErrorAnswerEmpty => "The answer is empty. Write something before you send it.";
        public override string ErrorAnswerTooLong(int max, int actual) => $"The answer is too long. It has {actual} characters, but it can have at most {max}. Shorten it and send it again.";
        public override string ErrorQuestionNotOpen => "This question is not open for answers right now.";
        public override string LiveWaiting => "The next question comes when the facilitator moves on.";
        public override string AnswerNotSaved => "Your answer was not saved";
        public override string RoundIsClosed => "The round is closed and takes no more answers. Nothing has been saved.";
        public override string DeleteMyAnswer(int number) => $"Remove my answer to question {number}";
        public override string AnswerDeleted => "Your answer is removed. You can answer again while the round is open.";
        public override string DeleteMyAnswersTitle(string title) => $"Remove your answers in the round \"{title}\"?";
        public override string DeleteMyAnswersText => "Every answer you gave in the round is removed. This cannot be undone, but you can answer again while the round is open. Only you see what was removed.";
        public override string DeleteMyAnswersConfirm => "Yes, remove my answers";
        public override string MyAnswersDeleted(int count) => count switch
        {
            0 => "You had no saved answers in the round. Nothing was removed.",
            1 => "Your answer in the round is removed.",
            _ => $"Your {count} answers in the round are removed.",
        };
        public override string AnswersCannotBeDeleted(bool sealedAnonymous) => sealedAnonymous
            ? "The round was anonymous and is compiled. Nobody, not even I, can tell any more which answers are yours, so they cannot be removed one by one. The facilitator can delete the whole round."
            : "The round is closed, so the answers belong to the summary and are not removed one by one. Ask the facilitator to reopen the round, or to delete the whole round.";
        public override string YourAnswerSavedOn(string date) => $"Saved {date}. The round is anonymous, so the time of day is not kept. You can change your answer while the round is open.";
        public override string QuestionAnswerCount(int count) => count == 1 ? "1 answer" : $"{count} answers";
        public override string OthersAnswersShownUnordered(int shown, int total) => $"Showing {shown} of {total} answers, in an order that does not tell when they came. Every answer is in the summary.";
    }
}

/// <summary><c>turn.Texts.Answers</c>: these sentences in the language of the common texts at hand.</summary>
internal static class AnswerTextsExtensions
{
    extension(Texts texts)
    {
        public AnswerTexts Answers => AnswerTexts.For(texts.Language);
    }
}
