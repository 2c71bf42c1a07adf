namespace BarnrattsResan.Bot.Localization;

/// <summary>Every text the bot shows. One subclass per language, so a missing translation fails the build.</summary>
internal abstract class Texts
{
    public abstract Language Language { get; }

    // Greeting and help
    public abstract string Greeting(string botName);
    public abstract string GreetingPersonal(string botName);
    public abstract string HelpTitle { get; }
    public abstract string HelpIntroduction { get; }
    public abstract string HelpUnknownCommand(string text);
    public abstract IReadOnlyList<(string Command, string Description)> HelpCommands { get; }
    public abstract string HelpFacilitatorNote { get; }
    public abstract string HelpMentionNote { get; }
    public abstract string ShowMethods { get; }

    // Methods
    public abstract string MethodsTitle { get; }
    public abstract string MethodsMoreLinks { get; }

    // Setup
    public abstract string SetupTitle { get; }
    public abstract string SetupIntro(string facilitatorName);
    public abstract string SetupOnlyRequester(string facilitatorName);
    public abstract string SetupTitleLabel { get; }
    public abstract string SetupTitleDefault { get; }
    public abstract string SetupSetsLabel { get; }
    public abstract string SetupOwnQuestionsLabel { get; }
    public abstract string SetupOwnQuestionsPlaceholder { get; }
    public abstract string SetupMeetingDateLabel { get; }
    public abstract string SetupMeetingTimeLabel { get; }
    public abstract string SetupDueDateLabel { get; }
    public abstract string SetupDueTimeLabel { get; }
    public abstract string SetupDueHint { get; }
    public abstract string SetupLeadsLabel { get; }
    public abstract string SetupCoFacilitatorsLabel { get; }
    public abstract string SetupMembersTruncated(int shown);
    public abstract string SetupAnonymousLabel { get; }
    public abstract string SetupAnonymousTitle { get; }
    public abstract string SetupShowOthersLabel { get; }
    public abstract string SetupShowOthersTitle { get; }
    public abstract string SetupModeLabel { get; }
    public abstract string SetupModeAllAtOnce { get; }
    public abstract string SetupModeLive { get; }
    public abstract string SetupSubmit { get; }
    public abstract string SetupTimeZoneNote(string zone);
    public abstract string SetupErrorsTitle { get; }
    public abstract string ErrorTitleMissing { get; }
    public abstract string ErrorTitleTooLong(int max);
    public abstract string ErrorNoQuestions { get; }
    public abstract string ErrorUnknownSet(string id);
    public abstract string ErrorTooManyOwnQuestions(int max);
    public abstract string ErrorOwnQuestionTooLong(int max);
    public abstract string ErrorMeetingMissing { get; }
    public abstract string ErrorMeetingInPast { get; }
    public abstract string ErrorDueInvalid { get; }
    public abstract string ErrorDueInPast { get; }
    public abstract string ErrorDueAfterMeeting { get; }
    public abstract string ErrorUnknownMember { get; }
    public abstract string RoundCreatedTitle(string title);
    public abstract string RoundCreatedText { get; }
    public abstract string ErrorTooManyLeads(int max);
    public abstract string ErrorTooManyCoFacilitators(int max);
    public abstract string ErrorLeadNotInConversation { get; }
    public abstract string ErrorMeetingTooFar { get; }

    // Round facts
    public abstract string FactFacilitator { get; }
    public abstract string FactMeeting { get; }
    public abstract string FactSummaryDue { get; }
    public abstract string FactMode { get; }
    public abstract string FactAnonymous { get; }
    public abstract string FactGroupLeads { get; }
    public abstract string FactState { get; }
    public abstract string Yes { get; }
    public abstract string No { get; }
    public abstract string Nobody { get; }
    public abstract string StateOpen { get; }
    public abstract string StateClosed { get; }
    public abstract string ModeName(Rounds.RoundMode mode);

    // Introduction and questions
    public abstract string IntroductionHeading(string title);
    public abstract string OwnQuestionsHeading { get; }
    public abstract string IntroductionHowTo(Rounds.RoundMode mode, bool anonymous, bool showOthers);
    public abstract string IntroductionDue(string due);
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

    // Steering
    public abstract string NotAllowed(string facilitatorName);
    public abstract string NoActiveRound { get; }
    public abstract string NoClosedRound { get; }
    public abstract string UnknownRound { get; }
    public abstract string RoundIsClosed { get; }
    public abstract string RoundsOnlyInTeams { get; }
    public abstract string Refusal(Rounds.RoundRefusal refusal);
    public abstract string Advanced(int number, int total);
    public abstract string Closed(string title);
    public abstract string Reopened(string title, string? due);
    public abstract string StatusTitle(string title);
    public abstract string StatusParticipants(int people);
    public abstract string Busy { get; }
    public abstract string TurnError { get; }

    // Summary
    public abstract string SummaryTitle(string title);
    public abstract string SummaryPart(int part, int parts);
    public abstract string SummaryParticipation(int people, int answers, int questions);
    public abstract string SummaryQuestionCount(int count);
    public abstract string SummaryNoAnswers { get; }
    public abstract string SummaryAnonymous { get; }
    public abstract string SummaryContinues(int nextPart, int parts);
    public abstract string SummaryShortened(int shown, int total);
    public abstract string SummaryCompiledAt(string time);
    public abstract string SummaryForLead(string title);

    // Delivery
    public abstract string SummaryOnItsWay(int leads);
    public abstract string DeliveryFailedTitle { get; }
    public abstract string DeliveryFailed(Outbound.DeliveryPurpose purpose, string title, string? recipient, int? httpStatus);

    // Privacy: choosing a round, deleting a round, withdrawing one's answers, anonymous answers
    public abstract string ChooseRoundTitle { get; }
    public abstract string ChooseRoundText(string command);
    public abstract string ChooseRoundStarted(string when);
    public abstract string ChooseRoundButton(int number);
    public abstract string RoundNotFound { get; }
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
    public abstract string DeleteMyAnswer(int number);
    public abstract string AnswerDeleted { get; }
    public abstract string DeleteMyAnswersTitle(string title);
    public abstract string DeleteMyAnswersText { get; }
    public abstract string DeleteMyAnswersConfirm { get; }
    public abstract string MyAnswersDeleted(int count);
    public abstract string AnswersCannotBeDeleted(bool sealedAnonymous);
    public abstract string YourAnswerSavedOn(string date);
    public abstract string OthersAnswersShownUnordered(int shown, int total);

    // Planning: reminders and a scheduled start
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

    // History and comparison with earlier rounds
    public abstract string HistoryTitle { get; }
    public abstract string HistoryIntro { get; }
    public abstract string HistoryEmpty { get; }
    public abstract string HistoryPlanned { get; }
    public abstract string HistoryRoundLine(string moment, string started, string due, int participants, string state, bool anonymous);
    public abstract string HistoryShowSummary(string title, string started);
    public abstract string HistoryMore(int count);
    public abstract string HistorySummaryNotYet(string title);
    public abstract string HistoryNextPart(int part, int parts, string title);
    public abstract string ComparisonHeading(string title, string date);
    public abstract string ComparisonCounts(int now, int before, int participantsBefore);
    public abstract string ComparisonMore(int count);

    // Presenting the results, correcting them, and the next moment
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
    public abstract string NextMoment(string title);
    public abstract string ResultsRoundClosed { get; }

    // The meeting notes as Word and Excel files (Notes/).
    public abstract string NotesKindName(Notes.NoteKind kind);
    public abstract string NotesGet(Notes.NoteKind kind);
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
    public abstract string NotesConsentDescription(Notes.NoteKind kind, string title);
    public abstract string NotesOfferSent(Notes.NoteKind kind);
    public abstract string NotesNotAllowed(string facilitatorName);
    public abstract string NotesDeclined(Notes.NoteKind kind);
    public abstract string NotesUploadExpired(Notes.NoteKind kind);
    public abstract string NotesUploadFailed(Notes.NoteKind kind);
    public abstract string NotesOfferReplaced(Notes.NoteKind kind);
    public abstract string NotesSaved(Notes.NoteKind kind, string fileName);
    public abstract string NotesRoundGone { get; }
    public abstract string StoredRoundUnreadable { get; }
}
