using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Localization;

internal sealed class EnglishTexts : Texts
{
    public static readonly EnglishTexts Instance = new();

    public override Language Language => Language.English;

    public override string Greeting(string botName) =>
        $"Hi! I am {botName}. I help you run the discussion in Barnrättsresan's step 4, moment C: anchoring the results with your colleagues and collecting their views before the working group's meeting. Mention me with **start** to begin a discussion round, or **help** to see what I can do.";

    public override string GreetingPersonal(string botName) =>
        $"Hi! I am {botName}. You start a discussion round in a channel or a group chat: mention me there with **start**. If you receive the summary, I send it here. Write **methods** for methods and tools, or **help** for everything I can do.";

    public override string HelpTitle => "What I can do";
    public override string HelpIntroduction => "I run a discussion round of Barnrättsresan: colleagues answer the questions in the cards, I keep the answers and compile them for the working group's meeting.";
    public override string HelpUnknownCommand(string text) => $"I did not understand \"{text}\". This is how you can use me:";
    public override IReadOnlyList<(string Command, string Description)> HelpCommands =>
    [
        ("start", "Start a discussion round: choose the questions, the meeting time and who receives the summary."),
        ("status", "See how the round is going: answers per question and when the summary is sent."),
        ("next", "Move on to the next question (one question at a time)."),
        ("summary", "Compile the answers now and send the summary."),
        ("close", "Close the round to new answers."),
        ("reopen", "Open a closed round again."),
        ("delete", "Delete the round and all answers now. You confirm first and can keep the summary."),
        ("delete my answers", "Remove your own answers in the round while it is open."),
        ("remind", "Remind everyone who has not answered every question now, each in their own chat (at most once an hour)."),
        ("cancel", "Cancel a planned round before it has started."),
        ("history", "See this channel's earlier rounds and their summaries."),
        ("methods", "Methods and tools for following up children's rights work."),
        ("help", "Show this help."),
    ];
    public override string HelpFacilitatorNote => "Only the person who started the round and the co-facilitators they chose can advance, summarise, close, reopen and delete it. Write the command in the round's thread and it applies to that round.";
    public override string HelpMentionNote => "In a channel, I only see messages that mention me, for example: @Barnrättsresan start";
    public override string ShowMethods => "Methods and tools";

    public override string MethodsTitle => "Methods and tools for follow-up";
    public override string MethodsMoreLinks => "More support from the Ombudsman for Children";

    public override string SetupTitle => "New discussion round";
    public override string SetupIntro(string facilitatorName) => $"{facilitatorName} is preparing a discussion round of Barnrättsresan. Fill in the details and start the round. Then I post the introduction and the questions here.";
    public override string SetupOnlyRequester(string facilitatorName) => $"This form is for {facilitatorName}, who asked for it. Mention me with **start** to prepare a round of your own.";
    public override string SetupTitleLabel => "Title";
    public override string SetupTitleDefault => "Present the results of Barnrättsresan";
    public override string SetupSetsLabel => "Questions to discuss";
    public override string SetupOwnQuestionsLabel => "Your own questions (optional, one question per line)";
    public override string SetupOwnQuestionsPlaceholder => "For example: What do we need to continue the work?";
    public override string SetupMeetingDateLabel => "Date of the working group's meeting";
    public override string SetupMeetingTimeLabel => "Time of the meeting";
    public override string SetupDueDateLabel => "Summary is sent (date)";
    public override string SetupDueTimeLabel => "Summary is sent (time)";
    public override string SetupDueHint => "Leave empty to send the summary one day before the meeting.";
    public override string SetupLeadsLabel => "Who receives the summary? (the working group's leads or process leader)";
    public override string SetupCoFacilitatorsLabel => "Co-facilitators who may also steer the round (optional)";
    public override string SetupMembersTruncated(int shown) => $"The lists show the first {shown} members of the conversation.";
    public override string SetupAnonymousLabel => "Anonymity";
    public override string SetupAnonymousTitle => "Anonymous answers (no names are stored or shown)";
    public override string SetupShowOthersLabel => "Visibility";
    public override string SetupShowOthersTitle => "Colleagues can see each other's answers before the summary";
    public override string SetupModeLabel => "Format";
    public override string SetupModeAllAtOnce => "All questions at once (open until the summary is sent)";
    public override string SetupModeLive => "One question at a time (you move on with \"next\")";
    public override string SetupSubmit => "Start the round";
    public override string SetupTimeZoneNote(string zone) => $"Times are in the time zone {zone}.";
    public override string SetupErrorsTitle => "The round was not started. Please correct the following:";
    public override string ErrorTitleMissing => "Write a title for the round.";
    public override string ErrorTitleTooLong(int max) => $"The title can be at most {max} characters.";
    public override string ErrorNoQuestions => "Choose at least one question set or write a question of your own.";
    public override string ErrorUnknownSet(string id) => $"The question set \"{id}\" does not exist.";
    public override string ErrorTooManyOwnQuestions(int max) => $"You can add at most {max} questions of your own.";
    public override string ErrorOwnQuestionTooLong(int max) => $"A question of your own can be at most {max} characters.";
    public override string ErrorMeetingMissing => "Enter the date and time of the working group's meeting.";
    public override string ErrorMeetingInPast => "The meeting must be in the future.";
    public override string ErrorDueInvalid => "Enter both a date and a time for the summary, or leave both empty.";
    public override string ErrorDueInPast => "Choose a time in the future for the summary.";
    public override string ErrorDueAfterMeeting => "The summary must be sent before the meeting.";
    public override string ErrorUnknownMember => "A person you chose is no longer in the conversation. Please choose again.";
    public override string RoundCreatedTitle(string title) => $"The round \"{title}\" has started";
    public override string RoundCreatedText => "The introduction and the questions are now in the thread. Steer the round by mentioning me with status, next, summary, close or reopen.";
    public override string ErrorTooManyLeads(int max) => $"Choose at most {max} group leads.";
    public override string ErrorTooManyCoFacilitators(int max) => $"Choose at most {max} co-facilitators.";
    public override string ErrorLeadNotInConversation => "A group lead you chose is not a member of this channel or chat. Group leads receive everyone's answers, so choose only from the people in the list.";
    public override string ErrorMeetingTooFar => "The meeting can be at most one year ahead. Choose an earlier date.";

    public override string FactFacilitator => "Facilitator";
    public override string FactMeeting => "Working group meeting";
    public override string FactSummaryDue => "Summary is sent";
    public override string FactMode => "Format";
    public override string FactAnonymous => "Anonymous answers";
    public override string FactGroupLeads => "Receives the summary";
    public override string FactState => "State";
    public override string Yes => "Yes";
    public override string No => "No";
    public override string Nobody => "Nobody chosen";
    public override string StateOpen => "Open for answers";
    public override string StateClosed => "Closed";
    public override string ModeName(RoundMode mode) => mode == RoundMode.Live ? "One question at a time" : "All questions at once";

    public override string IntroductionHeading(string title) => title;
    public override string OwnQuestionsHeading => "Our own questions";
    public override string IntroductionHowTo(RoundMode mode, bool anonymous, bool showOthers) =>
        (mode == RoundMode.Live
            ? "The questions come one at a time. Write your answer in the card and send it. You can change your answer while the round is open."
            : "Answer the questions below directly in the cards. You can change your answer while the round is open.")
        + (anonymous ? " Answers are anonymous: no names are stored or shown." : " Your name is shown with your answer in the summary.")
        + (showOthers ? " You can see each other's answers before the summary." : " The answers are shown to the working group in the summary.");
    public override string IntroductionDue(string due) => $"The summary is sent to the working group {due}.";
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

    public override string NotAllowed(string facilitatorName) => $"Sorry, only the facilitator ({facilitatorName}) and the co-facilitators they chose can steer the round. You are very welcome to answer the questions!";
    public override string NoActiveRound => "There is no open round here. Mention me with **start** to begin one.";
    public override string NoClosedRound => "There is no closed round to reopen here.";
    public override string UnknownRound => "I cannot find that round in this conversation. Nothing has been saved. Answer in the question cards in the round's own thread, or ask the facilitator to start a new round.";
    public override string RoundIsClosed => "The round is closed and takes no more answers. Nothing has been saved.";
    public override string RoundsOnlyInTeams => "You start a discussion round in a channel or a group chat. Add me there and mention me with **start**.";
    public override string Refusal(RoundRefusal refusal) => refusal switch
    {
        RoundRefusal.Closed => "The round is closed.",
        RoundRefusal.AlreadyClosed => "The round is already closed.",
        RoundRefusal.AlreadyOpen => "The round is already open.",
        RoundRefusal.NotLive => "The round shows all questions at once, so there is no next question to move to.",
        RoundRefusal.NoMoreQuestions => "That was the last question. Write **summary** when you are done.",
        RoundRefusal.Planned => "The round is planned and has not started yet, so there is nothing to steer or summarise. Write **status** to see when it starts, or **cancel** to call it off.",
        RoundRefusal.AnonymousSealed => "The round was anonymous and its summary has been delivered. To protect anonymity, it cannot be reopened. Start a new round to continue the conversation.",
        _ => "That did not work.",
    };
    public override string Advanced(int number, int total) => $"Question {number} of {total} is now open.";
    public override string Closed(string title) => $"The round \"{title}\" is closed. Thank you for all the answers!";
    public override string Reopened(string title, string? due) => due is null
        ? $"The round \"{title}\" is open again. The summary has already been sent. Write **summary** to send a new one."
        : $"The round \"{title}\" is open again. The summary is sent {due}.";
    public override string StatusTitle(string title) => $"Status: {title}";
    public override string StatusParticipants(int people) => people == 1 ? "1 person has taken part" : $"{people} people have taken part";
    public override string Busy => "Many people are answering right now, and nothing has been saved. Please try again in a moment.";
    public override string TurnError => "Oops, something went wrong on my side. Please try again in a moment. If it happens again, contact the person responsible for the bot in your organisation.";

    public override string SummaryTitle(string title) => $"Summary: {title}";
    public override string SummaryPart(int part, int parts) => $"Part {part} of {parts}";
    public override string SummaryParticipation(int people, int answers, int questions) =>
        $"{people} {(people == 1 ? "person" : "people")} took part and gave {answers} {(answers == 1 ? "answer" : "answers")} to {questions} {(questions == 1 ? "question" : "questions")}.";
    public override string SummaryQuestionCount(int count) => count == 1 ? "1 answer" : $"{count} answers";
    public override string SummaryNoAnswers => "No answers to this question.";
    public override string SummaryAnonymous => "The round was anonymous: answers are shown without names.";
    public override string SummaryContinues(int nextPart, int parts) => $"The summary continues in part {nextPart} of {parts}.";
    public override string SummaryShortened(int shown, int total) => $"The answer is shortened here ({shown} of {total} characters).";
    public override string SummaryCompiledAt(string time) => $"Compiled {time}.";
    public override string SummaryForLead(string title) => $"Here is the summary of the discussion round \"{title}\" for the working group's meeting.";

    public override string SummaryOnItsWay(int leads) => leads == 0
        ? "The summary will be posted in the thread in a moment."
        : $"The summary will be posted in the thread and sent to {leads} group {(leads == 1 ? "lead" : "leads")} in a moment.";

    public override string DeliveryFailedTitle => "A message did not get through";

    public override string DeliveryFailed(Outbound.DeliveryPurpose purpose, string title, string? recipient, int? httpStatus)
    {
        var what = purpose switch
        {
            Outbound.DeliveryPurpose.SummaryToLead => $"The summary of “{title}” did not reach {recipient ?? "a group lead"}.",
            Outbound.DeliveryPurpose.SummaryInThread => $"The summary of “{title}” could not be posted in the round's thread.",
            Outbound.DeliveryPurpose.NotesOffer => $"The notes from “{title}” did not reach {recipient ?? "a group lead"}.",
            _ => $"The questions of “{title}” could not be posted in the round's thread.",
        };
        var why = httpStatus switch
        {
            403 => "Teams does not let the bot write there. The app may have been removed, or the person has blocked the bot.",
            404 => "Teams can no longer find the conversation.",
            413 => "The message was too large for Teams.",
            _ => "Teams did not answer, even after several tries.",
        };
        var next = purpose == Outbound.DeliveryPurpose.SummaryToLead
            ? "You can write summary in the round's thread to send it again, or share the summary from the thread."
            : "Check that the app is still in the team and try again.";
        return $"{what} {why} {next}";
    }

    public override string ChooseRoundTitle => "Which round do you mean?";
    public override string ChooseRoundText(string command) => $"There are several rounds here. Choose the one **{command}** is for. Next time you can write the command in the round's thread.";
    public override string ChooseRoundStarted(string when) => $"Started {when}";
    public override string ChooseRoundButton(int number) => $"Choose round {number}";
    public override string RoundNotFound => "I can no longer find this round. It may have been deleted.";
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
    public override string OthersAnswersShownUnordered(int shown, int total) => $"Showing {shown} of {total} answers, in an order that does not tell when they came. Every answer is in the summary.";

    // Planning: reminders and a scheduled start
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

    // History and comparison with earlier rounds
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
    public override string ComparisonHeading(string title, string date) => $"Last time: “{title}”, {date}";
    public override string ComparisonCounts(int now, int before, int participantsBefore) =>
        $"Now {now} answers. Then {before} answers" + (participantsBefore == 1 ? " (1 person took part in the round)." : $" ({participantsBefore} people took part in the round).");
    public override string ComparisonMore(int count) => count == 1 ? "One more answer is in that round's summary." : $"{count} more answers are in that round's summary.";

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
    public override string NextMoment(string title) => $"Next moment: {title}";
    public override string ResultsRoundClosed => "The round is closed, so the presentation of the results can no longer be changed. Nothing was saved.";

    // The meeting notes as Word and Excel files (Notes/).
    public override string NotesKindName(Notes.NoteKind kind) => kind == Notes.NoteKind.Excel ? "the Excel file" : "the Word document";
    public override string NotesGet(Notes.NoteKind kind) => kind == Notes.NoteKind.Excel ? "Get as Excel" : "Get as Word";
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
    public override string NotesConsentDescription(Notes.NoteKind kind, string title) => kind == Notes.NoteKind.Excel
        ? $"The answers from the round “{title}” as an Excel file, one answer per row. Choose Allow and I will save the file in your OneDrive."
        : $"The notes from the round “{title}” as a Word document. Choose Allow and I will save the file in your OneDrive.";
    public override string NotesOfferSent(Notes.NoteKind kind) => $"I am sending {NotesKindName(kind)} to your chat with me. Choose Allow there and the file is saved in your OneDrive. Nothing arrives? Then add the Barnrättsresan app for yourself in Teams, and try again.";
    public override string NotesNotAllowed(string facilitatorName) => $"Sorry, only the facilitator ({facilitatorName}), the co-facilitators and the group leads can get the notes. Please ask one of them.";
    public override string NotesDeclined(Notes.NoteKind kind) => $"OK, I saved no file. Do you want {NotesKindName(kind)} later? Choose {NotesGet(kind)} on the summary in the round's thread.";
    public override string NotesUploadExpired(Notes.NoteKind kind) => $"I could not save {NotesKindName(kind)} in your OneDrive, because the permission had expired. Here is a new offer. Choose Allow again.";
    public override string NotesUploadFailed(Notes.NoteKind kind) => $"I could not save {NotesKindName(kind)} in your OneDrive, even after several tries. Here is a new offer. Choose Allow again.";
    public override string NotesOfferReplaced(Notes.NoteKind kind) => $"This offer is no longer valid. I am sending a new one for {NotesKindName(kind)}.";
    public override string NotesSaved(Notes.NoteKind kind, string fileName) => $"{fileName} is saved in your OneDrive.";
    public override string NotesRoundGone => "The round no longer exists, so there are no notes to get.";
    public override string StoredRoundUnreadable => "I cannot read what is stored about this round, and nothing has changed. Please contact the person responsible for the bot in your organisation.";
}
