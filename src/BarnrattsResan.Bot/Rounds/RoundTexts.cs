using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>What the bot says here: setting up a round, its facts and introduction, steering it and choosing among rounds. Swedish first, then English, both in this file.</summary>
internal abstract class RoundTexts
{
    private static readonly RoundTexts InSwedish = new Swedish();
    private static readonly RoundTexts InEnglish = new English();

    /// <summary>These texts in a language.</summary>
    public static RoundTexts For(Language language) => language switch
    {
        Language.Swedish => InSwedish,
        Language.English => InEnglish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No texts in this language."),
    };

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
    public abstract string ModeName(RoundMode mode);
    public abstract string IntroductionHeading(string title);
    public abstract string OwnQuestionsHeading { get; }
    public abstract string IntroductionHowTo(RoundMode mode, bool anonymous, bool showOthers);
    public abstract string IntroductionDue(string due);
    public abstract string NoActiveRound { get; }
    public abstract string NoClosedRound { get; }
    public abstract string Refusal(RoundRefusal refusal);
    public abstract string Advanced(int number, int total);
    public abstract string Closed(string title);
    public abstract string Reopened(string title, string? due);
    public abstract string StatusTitle(string title);
    public abstract string StatusParticipants(int people);
    public abstract string ChooseRoundTitle { get; }
    public abstract string ChooseRoundText(string command);
    public abstract string ChooseRoundStarted(string when);
    public abstract string ChooseRoundButton(int number);

    private sealed class Swedish : RoundTexts
    {
        public override string SetupTitle => "Ny diskussionsrunda";
        public override string SetupIntro(string facilitatorName) => $"{facilitatorName} förbereder en diskussionsrunda i Barnrättsresan. Fyll i uppgifterna och starta rundan, så lägger jag ut introduktionen och frågorna här.";
        public override string SetupOnlyRequester(string facilitatorName) => $"Det här formuläret är till för {facilitatorName}, som bad om det. Nämn mig med **starta** för att förbereda en egen runda.";
        public override string SetupTitleLabel => "Rubrik";
        public override string SetupTitleDefault => "Presentera resultatet av Barnrättsresan";
        public override string SetupSetsLabel => "Frågor att diskutera";
        public override string SetupOwnQuestionsLabel => "Egna frågor (valfritt, en fråga per rad)";
        public override string SetupOwnQuestionsPlaceholder => "Till exempel: Vad behöver vi för att fortsätta arbetet?";
        public override string SetupMeetingDateLabel => "Datum för arbetsgruppens möte";
        public override string SetupMeetingTimeLabel => "Tid för mötet";
        public override string SetupDueDateLabel => "Sammanfattningen skickas (datum)";
        public override string SetupDueTimeLabel => "Sammanfattningen skickas (tid)";
        public override string SetupDueHint => "Lämna tomt för att skicka sammanfattningen ett dygn före mötet.";
        public override string SetupLeadsLabel => "Vilka får sammanfattningen? (arbetsgruppens ledare eller processledare)";
        public override string SetupCoFacilitatorsLabel => "Medledare som också får styra rundan (valfritt)";
        public override string SetupMembersTruncated(int shown) => $"Listorna visar de första {shown} medlemmarna i konversationen.";
        public override string SetupAnonymousLabel => "Anonymitet";
        public override string SetupAnonymousTitle => "Anonyma svar (inga namn sparas eller visas)";
        public override string SetupShowOthersLabel => "Synlighet";
        public override string SetupShowOthersTitle => "Kollegorna kan se varandras svar före sammanfattningen";
        public override string SetupModeLabel => "Upplägg";
        public override string SetupModeAllAtOnce => "Alla frågor på en gång (öppet tills sammanfattningen skickas)";
        public override string SetupModeLive => "En fråga i taget (du går vidare med ”nästa”)";
        public override string SetupSubmit => "Starta rundan";
        public override string SetupTimeZoneNote(string zone) => $"Tider anges i tidszonen {zone}.";
        public override string SetupErrorsTitle => "Rundan startades inte. Rätta följande:";
        public override string ErrorTitleMissing => "Skriv en rubrik för rundan.";
        public override string ErrorTitleTooLong(int max) => $"Rubriken får vara högst {max} tecken.";
        public override string ErrorNoQuestions => "Välj minst en frågegrupp eller skriv en egen fråga.";
        public override string ErrorUnknownSet(string id) => $"Frågegruppen ”{id}” finns inte.";
        public override string ErrorTooManyOwnQuestions(int max) => $"Du kan lägga till högst {max} egna frågor.";
        public override string ErrorOwnQuestionTooLong(int max) => $"En egen fråga får vara högst {max} tecken.";
        public override string ErrorMeetingMissing => "Ange datum och tid för arbetsgruppens möte.";
        public override string ErrorMeetingInPast => "Mötet måste ligga i framtiden.";
        public override string ErrorDueInvalid => "Ange både datum och tid för sammanfattningen, eller lämna båda tomma.";
        public override string ErrorDueInPast => "Välj en tid i framtiden för sammanfattningen.";
        public override string ErrorDueAfterMeeting => "Sammanfattningen måste skickas före mötet.";
        public override string ErrorUnknownMember => "En vald person finns inte längre i konversationen. Välj igen.";
        public override string RoundCreatedTitle(string title) => $"Rundan ”{title}” är startad";
        public override string RoundCreatedText => "Introduktionen och frågorna ligger nu i tråden. Du styr rundan genom att nämna mig med status, nästa, sammanfatta, avsluta eller öppna.";
        public override string ErrorTooManyLeads(int max) => $"Välj högst {max} gruppledare.";
        public override string ErrorTooManyCoFacilitators(int max) => $"Välj högst {max} medledare.";
        public override string ErrorLeadNotInConversation => "En gruppledare du valde är inte med i den här kanalen eller chatten. Gruppledarna får allas svar, så välj bara bland personerna i listan.";
        public override string ErrorMeetingTooFar => "Mötet kan ligga högst ett år fram i tiden. Välj ett tidigare datum.";
        public override string FactFacilitator => "Samtalsledare";
        public override string FactMeeting => "Arbetsgruppens möte";
        public override string FactSummaryDue => "Sammanfattningen skickas";
        public override string FactMode => "Upplägg";
        public override string FactAnonymous => "Anonyma svar";
        public override string FactGroupLeads => "Får sammanfattningen";
        public override string FactState => "Läge";
        public override string Yes => "Ja";
        public override string No => "Nej";
        public override string Nobody => "Ingen vald";
        public override string StateOpen => "Öppen för svar";
        public override string StateClosed => "Avslutad";
        public override string ModeName(RoundMode mode) => mode == RoundMode.Live ? "En fråga i taget" : "Alla frågor på en gång";
        public override string IntroductionHeading(string title) => title;
        public override string OwnQuestionsHeading => "Egna frågor";
        public override string IntroductionHowTo(RoundMode mode, bool anonymous, bool showOthers) =>
            (mode == RoundMode.Live
                ? "Frågorna kommer en i taget. Skriv ditt svar i kortet och skicka det. Du kan ändra svaret så länge rundan är öppen."
                : "Svara på frågorna nedan direkt i korten. Du kan ändra ditt svar så länge rundan är öppen.")
            + (anonymous ? " Svaren är anonyma: inga namn sparas eller visas." : " Ditt namn visas vid ditt svar i sammanfattningen.")
            + (showOthers ? " Ni kan se varandras svar innan sammanfattningen." : " Svaren visas för arbetsgruppen i sammanfattningen.");
        public override string IntroductionDue(string due) => $"Sammanfattningen skickas till arbetsgruppen {due}.";
        public override string NoActiveRound => "Det finns ingen öppen runda här. Nämn mig med **starta** för att börja en.";
        public override string NoClosedRound => "Det finns ingen avslutad runda att öppna här.";
        public override string Refusal(RoundRefusal refusal) => refusal switch
        {
            RoundRefusal.Closed => "Rundan är avslutad.",
            RoundRefusal.AlreadyClosed => "Rundan är redan avslutad.",
            RoundRefusal.AlreadyOpen => "Rundan är redan öppen.",
            RoundRefusal.NotLive => "Rundan visar alla frågor på en gång, så det finns ingen nästa fråga att gå till.",
            RoundRefusal.NoMoreQuestions => "Det var den sista frågan. Skriv **sammanfatta** när ni är klara.",
            RoundRefusal.Planned => "Rundan är planerad och har inte startat än, så det finns inget att styra eller sammanfatta. Skriv **status** för att se när den startar, eller **avbryt** för att ställa in den.",
            RoundRefusal.AnonymousSealed => "Rundan var anonym och är redan sammanställd. För att skydda anonymiteten går den inte att öppna igen. Starta en ny runda om ni vill fortsätta samtalet.",
            _ => "Det gick inte.",
        };
        public override string Advanced(int number, int total) => $"Nu är fråga {number} av {total} öppen.";
        public override string Closed(string title) => $"Rundan ”{title}” är avslutad. Tack för alla svar!";
        public override string Reopened(string title, string? due) => due is null
            ? $"Rundan ”{title}” är öppen igen. Sammanfattningen är redan skickad. Skriv **sammanfatta** för att skicka en ny."
            : $"Rundan ”{title}” är öppen igen. Sammanfattningen skickas {due}.";
        public override string StatusTitle(string title) => $"Status: {title}";
        public override string StatusParticipants(int people) => people == 1 ? "1 person har deltagit" : $"{people} personer har deltagit";
        public override string ChooseRoundTitle => "Vilken runda menar du?";
        public override string ChooseRoundText(string command) => $"Det finns flera rundor här. Välj den som **{command}** gäller. Nästa gång kan du skriva kommandot direkt i rundans tråd.";
        public override string ChooseRoundStarted(string when) => $"Startad {when}";
        public override string ChooseRoundButton(int number) => $"Välj runda {number}";
    }

    private sealed class English : RoundTexts
    {
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
        public override string NoActiveRound => "There is no open round here. Mention me with **start** to begin one.";
        public override string NoClosedRound => "There is no closed round to reopen here.";
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
        public override string ChooseRoundTitle => "Which round do you mean?";
        public override string ChooseRoundText(string command) => $"There are several rounds here. Choose the one **{command}** is for. Next time you can write the command in the round's thread.";
        public override string ChooseRoundStarted(string when) => $"Started {when}";
        public override string ChooseRoundButton(int number) => $"Choose round {number}";
    }
}

/// <summary><c>turn.Texts.Rounds</c>: these sentences in the language of the common texts at hand.</summary>
internal static class RoundTextsExtensions
{
    extension(Texts texts)
    {
        public RoundTexts Rounds => RoundTexts.For(texts.Language);
    }
}
