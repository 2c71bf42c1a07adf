using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Planning;

/// <summary>What the bot says here: a planned start and reminders. Swedish first, then English, both in this file.</summary>
internal abstract class PlanningTexts
{
    private static readonly PlanningTexts InSwedish = new Swedish();
    private static readonly PlanningTexts InEnglish = new English();

    /// <summary>These texts in a language.</summary>
    public static PlanningTexts For(Language language) => language switch
    {
        Language.Swedish => InSwedish,
        Language.English => InEnglish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No texts in this language."),
    };

    public abstract string SetupRemindersTitle { get; }
    public abstract string SetupRemindersLabel { get; }
    public abstract string SetupStartDateLabel { get; }
    public abstract string SetupStartTimeLabel { get; }
    public abstract string SetupStartHint { get; }
    public abstract string ErrorStartInvalid { get; }
    public abstract string ErrorStartInPast { get; }
    public abstract string ErrorStartAfterDue { get; }
    public abstract string RoundPlannedTitle(string title);
    public abstract string RoundPlannedText(string start, string due);
    public abstract string RoundPlannedReminders(bool on);
    public abstract string CancelStartButton(string title);
    public abstract string StartCancelled(string title);
    public abstract string StartNotCancellable(string title);
    public abstract string StatusPlanned(string start);
    public abstract string ReminderTitle(string title);
    public abstract string ReminderPersonal(int questionsLeft, string due);
    public abstract string ReminderInThread(int answered, string due);
    public abstract string ReminderOpenThread(string title);
    public abstract string ReminderTurnOff(string title);
    public abstract string RemindersTurnedOff(string title);
    public abstract string RemindSent(string title, string due);
    public abstract string RemindTooSoon(string time);
    public abstract string RemindNotOpen(string title);

    private sealed class Swedish : PlanningTexts
    {
        public override string SetupRemindersTitle => "Påminnelser";
        public override string SetupRemindersLabel => "Påminn den som inte har svarat på alla frågor: när halva tiden har gått och ett dygn före sammanfattningen. Påminnelsen kommer i en chatt med mig, på arbetstid.";
        public override string SetupStartDateLabel => "Startdag (valfritt)";
        public override string SetupStartTimeLabel => "Starttid (valfritt)";
        public override string SetupStartHint => "Lämna tomt för att starta nu. Med en startdag sparas rundan nu, och frågorna kommer i tråden vid starttiden.";
        public override string ErrorStartInvalid => "Ange både startdag och starttid, eller lämna båda tomma.";
        public override string ErrorStartInPast => "Starttiden har redan passerat. Välj en senare tid, eller lämna den tom för att starta nu.";
        public override string ErrorStartAfterDue => "Rundan måste starta före sammanfattningen. Välj en tidigare starttid.";
        public override string RoundPlannedTitle(string title) => $"Rundan ”{title}” är planerad";
        public override string RoundPlannedText(string start, string due) => $"Frågorna kommer i tråden {start}. Sammanfattningen skickas {due}.";
        public override string RoundPlannedReminders(bool on) => on
            ? "Den som inte har svarat får en påminnelse när halva tiden har gått och ett dygn före sammanfattningen."
            : "Inga påminnelser skickas.";
        public override string CancelStartButton(string title) => "Avbryt den planerade rundan";
        public override string StartCancelled(string title) => $"Den planerade rundan ”{title}” är borttagen. Inget hade skickats.";
        public override string StartNotCancellable(string title) => $"Rundan ”{title}” har redan startat. Skriv radera om du vill ta bort den.";
        public override string StatusPlanned(string start) => $"Rundan är planerad. Frågorna kommer i tråden {start}.";
        public override string ReminderTitle(string title) => $"Påminnelse: ”{title}”";
        public override string ReminderPersonal(int questionsLeft, string due) =>
            (questionsLeft == 1 ? "Du har 1 fråga kvar att svara på." : $"Du har {questionsLeft} frågor kvar att svara på.")
            + $" Sammanfattningen skickas {due}. Du svarar i frågorna i rundans tråd.";
        public override string ReminderInThread(int answered, string due) =>
            (answered == 1 ? "1 person har svarat hittills." : $"{answered} personer har svarat hittills.")
            + $" Sammanfattningen skickas {due}. Har du inte svarat än? Svara i frågorna här i tråden.";
        public override string ReminderOpenThread(string title) => "Gå till rundans tråd";
        public override string ReminderTurnOff(string title) => "Stäng av påminnelserna";
        public override string RemindersTurnedOff(string title) => $"Du får inga fler påminnelser om rundan ”{title}”. Du kan fortfarande svara i rundans tråd.";
        public override string RemindSent(string title, string due) => $"Jag påminner alla som inte har svarat på alla frågor i ”{title}”, var och en i en egen chatt på arbetstid. Ingen får veta vilka som påmindes. Sammanfattningen skickas {due}.";
        public override string RemindTooSoon(string time) => $"En påminnelse skickades nyss. Du kan skicka nästa kl. {time}.";
        public override string RemindNotOpen(string title) => $"Rundan ”{title}” tar inte emot svar just nu, så ingen påminnelse skickas.";
    }

    private sealed class English : PlanningTexts
    {
        public override string SetupRemindersTitle => "Reminders";
        public override string SetupRemindersLabel => "Remind anyone who has not answered every question: when half the time has passed and a day before the summary. The reminder comes in a chat with me, during working hours.";
        public override string SetupStartDateLabel => "Start date (optional)";
        public override string SetupStartTimeLabel => "Start time (optional)";
        public override string SetupStartHint => "Leave empty to start now. With a start date the round is saved now, and the questions are posted in the thread at the start time.";
        public override string ErrorStartInvalid => "Give both a start date and a start time, or leave both empty.";
        public override string ErrorStartInPast => "The start time has already passed. Choose a later time, or leave it empty to start now.";
        public override string ErrorStartAfterDue => "The round must start before the summary. Choose an earlier start time.";
        public override string RoundPlannedTitle(string title) => $"The round “{title}” is planned";
        public override string RoundPlannedText(string start, string due) => $"The questions are posted in the thread {start}. The summary goes out {due}.";
        public override string RoundPlannedReminders(bool on) => on
            ? "Anyone who has not answered gets a reminder when half the time has passed and a day before the summary."
            : "No reminders are sent.";
        public override string CancelStartButton(string title) => "Cancel the planned round";
        public override string StartCancelled(string title) => $"The planned round “{title}” is removed. Nothing had been posted.";
        public override string StartNotCancellable(string title) => $"The round “{title}” has already started. Write delete if you want to remove it.";
        public override string StatusPlanned(string start) => $"The round is planned. The questions are posted in the thread {start}.";
        public override string ReminderTitle(string title) => $"Reminder: “{title}”";
        public override string ReminderPersonal(int questionsLeft, string due) =>
            (questionsLeft == 1 ? "You have 1 question left to answer." : $"You have {questionsLeft} questions left to answer.")
            + $" The summary goes out {due}. You answer in the questions in the round's thread.";
        public override string ReminderInThread(int answered, string due) =>
            (answered == 1 ? "1 person has answered so far." : $"{answered} people have answered so far.")
            + $" The summary goes out {due}. Not answered yet? Answer in the questions here in the thread.";
        public override string ReminderOpenThread(string title) => "Go to the round's thread";
        public override string ReminderTurnOff(string title) => "Turn the reminders off";
        public override string RemindersTurnedOff(string title) => $"You will get no more reminders about the round “{title}”. You can still answer in the round's thread.";
        public override string RemindSent(string title, string due) => $"I will remind everyone who has not answered every question in “{title}”, each in their own chat during working hours. Nobody learns who was reminded. The summary goes out {due}.";
        public override string RemindTooSoon(string time) => $"A reminder was sent a moment ago. You can send the next one at {time}.";
        public override string RemindNotOpen(string title) => $"The round “{title}” is not taking answers right now, so no reminder is sent.";
    }
}

/// <summary><c>turn.Texts.Planning</c>: these sentences in the language of the common texts at hand.</summary>
internal static class PlanningTextsExtensions
{
    extension(Texts texts)
    {
        public PlanningTexts Planning => PlanningTexts.For(texts.Language);
    }
}
