using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Localization;

internal sealed class SwedishTexts : Texts
{
    public static readonly SwedishTexts Instance = new();

    public override Language Language => Language.Swedish;

    public override string Greeting(string botName) =>
        $"Hej! Jag är {botName}. Jag hjälper er att föra diskussionen i Barnrättsresans steg 4, moment C: att förankra resultatet hos kollegorna och samla in deras synpunkter inför arbetsgruppens möte. Nämn mig med **starta** för att börja en diskussionsrunda, eller med **hjälp** för att se vad jag kan.";

    public override string GreetingPersonal(string botName) =>
        $"Hej! Jag är {botName}. Du startar en diskussionsrunda i en kanal eller gruppchatt: nämn mig där med **starta**. Om du får sammanfattningen skickar jag den hit. Skriv **metoder** för metoder och verktyg, eller **hjälp** för allt jag kan.";

    public override string HelpTitle => "Det här kan jag";
    public override string HelpIntroduction => "Jag leder en diskussionsrunda i Barnrättsresan: kollegorna svarar på frågorna i korten, jag sparar svaren och sammanställer dem till arbetsgruppens möte.";
    public override string HelpUnknownCommand(string text) => $"Jag förstod inte ”{text}”. Så här kan du använda mig:";
    public override IReadOnlyList<(string Command, string Description)> HelpCommands =>
    [
        ("starta", "Starta en diskussionsrunda: välj frågor, mötestid och vilka som får sammanfattningen."),
        ("status", "Se hur rundan går: antal svar per fråga och när sammanfattningen skickas."),
        ("nästa", "Gå vidare till nästa fråga (en fråga i taget)."),
        ("sammanfatta", "Sammanställ svaren nu och skicka sammanfattningen."),
        ("avsluta", "Stäng rundan för nya svar."),
        ("öppna", "Öppna en avslutad runda igen."),
        ("radera", "Radera rundan och alla svar nu. Du får bekräfta först och kan spara sammanfattningen."),
        ("radera mina svar", "Ta bort dina egna svar i rundan medan den är öppen."),
        ("påminn", "Påminn nu dem som inte har svarat på alla frågor, var och en i en egen chatt (högst en gång i timmen)."),
        ("avbryt", "Avbryt en planerad runda innan den har startat."),
        ("historik", "Se kanalens tidigare rundor och deras sammanfattningar."),
        ("metoder", "Metoder och verktyg för att följa upp barnrättsarbetet."),
        ("hjälp", "Visa den här hjälpen."),
    ];
    public override string HelpFacilitatorNote => "Bara den som startade rundan och de medledare hen valde kan gå vidare, sammanfatta, avsluta, öppna och radera rundan. Skriv kommandot i rundans tråd, så gäller det den rundan.";
    public override string HelpMentionNote => "I en kanal ser jag bara meddelanden där du nämner mig, till exempel: @Barnrättsresan starta";
    public override string ShowMethods => "Metoder och verktyg";

    public override string MethodsTitle => "Metoder och verktyg för uppföljning";
    public override string MethodsMoreLinks => "Mer stöd från Barnombudsmannen";

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

    public override string NotAllowed(string facilitatorName) => $"Tyvärr, det är bara samtalsledaren ({facilitatorName}) och de medledare hen har valt som kan styra rundan. Du kan förstås svara på frågorna!";
    public override string NoActiveRound => "Det finns ingen öppen runda här. Nämn mig med **starta** för att börja en.";
    public override string NoClosedRound => "Det finns ingen avslutad runda att öppna här.";
    public override string UnknownRound => "Jag hittar inte den rundan i den här konversationen. Inget har sparats. Svara i frågekorten i rundans egen tråd, eller be samtalsledaren starta en ny runda.";
    public override string RoundIsClosed => "Rundan är avslutad och tar inte emot fler svar. Inget har sparats.";
    public override string RoundsOnlyInTeams => "Du startar en diskussionsrunda i en kanal eller en gruppchatt. Lägg till mig där och nämn mig med **starta**.";
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
    public override string Busy => "Många svarar just nu, och inget har sparats. Försök igen om en stund.";
    public override string TurnError => "Oj, något gick fel hos mig. Försök igen om en stund. Om felet kommer tillbaka, kontakta den som ansvarar för boten hos er.";

    public override string SummaryTitle(string title) => $"Sammanfattning: {title}";
    public override string SummaryPart(int part, int parts) => $"Del {part} av {parts}";
    public override string SummaryParticipation(int people, int answers, int questions) =>
        $"{people} {(people == 1 ? "person" : "personer")} deltog och lämnade {answers} {(answers == 1 ? "svar" : "svar")} på {questions} {(questions == 1 ? "fråga" : "frågor")}.";
    public override string SummaryQuestionCount(int count) => count == 1 ? "1 svar" : $"{count} svar";
    public override string SummaryNoAnswers => "Inga svar på den här frågan.";
    public override string SummaryAnonymous => "Rundan var anonym: svaren visas utan namn.";
    public override string SummaryContinues(int nextPart, int parts) => $"Sammanfattningen fortsätter i del {nextPart} av {parts}.";
    public override string SummaryShortened(int shown, int total) => $"Svaret är förkortat här ({shown} av {total} tecken).";
    public override string SummaryCompiledAt(string time) => $"Sammanställd {time}.";
    public override string SummaryForLead(string title) => $"Här är sammanfattningen av diskussionsrundan ”{title}” inför arbetsgruppens möte.";

    public override string SummaryOnItsWay(int leads) => leads == 0
        ? "Sammanfattningen postas i tråden om en liten stund."
        : $"Sammanfattningen postas i tråden och skickas till {leads} {(leads == 1 ? "gruppledare" : "gruppledare")} om en liten stund.";

    public override string DeliveryFailedTitle => "Ett meddelande kom inte fram";

    public override string DeliveryFailed(Outbound.DeliveryPurpose purpose, string title, string? recipient, int? httpStatus)
    {
        var what = purpose switch
        {
            Outbound.DeliveryPurpose.SummaryToLead => $"Sammanfattningen av ”{title}” kom inte fram till {recipient ?? "en gruppledare"}.",
            Outbound.DeliveryPurpose.SummaryInThread => $"Sammanfattningen av ”{title}” kunde inte postas i rundans tråd.",
            Outbound.DeliveryPurpose.NotesOffer => $"Anteckningarna från ”{title}” kom inte fram till {recipient ?? "en gruppledare"}.",
            _ => $"Frågorna i ”{title}” kunde inte postas i rundans tråd.",
        };
        var why = httpStatus switch
        {
            403 => "Teams låter inte boten skriva där. Appen kan vara borttagen, eller så har personen blockerat boten.",
            404 => "Teams hittar inte längre konversationen.",
            413 => "Meddelandet var för stort för Teams.",
            _ => "Teams svarade inte, trots flera försök.",
        };
        var next = purpose == Outbound.DeliveryPurpose.SummaryToLead
            ? "Du kan skriva sammanfatta i rundans tråd för att skicka den igen, eller dela sammanfattningen från tråden."
            : "Kontrollera att appen finns kvar i teamet och försök igen.";
        return $"{what} {why} {next}";
    }

    public override string ChooseRoundTitle => "Vilken runda menar du?";
    public override string ChooseRoundText(string command) => $"Det finns flera rundor här. Välj den som **{command}** gäller. Nästa gång kan du skriva kommandot direkt i rundans tråd.";
    public override string ChooseRoundStarted(string when) => $"Startad {when}";
    public override string ChooseRoundButton(int number) => $"Välj runda {number}";
    public override string RoundNotFound => "Jag hittar inte den här rundan längre. Den kan ha raderats.";
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

    // Planning: reminders and a scheduled start
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

    // History and comparison with earlier rounds
    public override string HistoryTitle => "Tidigare rundor här";
    public override string HistoryIntro => "Rundor som fortfarande sparas, den senaste först. Knappen visar sammanfattningen bara för dig.";
    public override string HistoryEmpty => "Det finns inga sparade rundor här än. Nämn mig med **starta** för att börja en.";
    public override string HistoryPlanned => "planerad";
    public override string HistoryRoundLine(string moment, string started, string due, int participants, string state, bool anonymous) =>
        $"{moment} · {started} – {due} · " + (participants == 1 ? "1 person svarade" : $"{participants} personer svarade") + $" · {state}" + (anonymous ? " · anonym" : string.Empty);
    public override string HistoryShowSummary(string title, string started) => $"Visa sammanfattningen från {started}";
    public override string HistoryMore(int count) => count == 1 ? "1 äldre runda visas inte." : $"{count} äldre rundor visas inte.";
    public override string HistorySummaryNotYet(string title) => $"Sammanfattningen av ”{title}” har inte skickats än. Fram till dess kan bara samtalsledaren se den.";
    public override string HistoryNextPart(int part, int parts, string title) => $"Visa del {part} av {parts}";
    public override string ComparisonHeading(string title, string date) => $"Förra gången: ”{title}”, {date}";
    public override string ComparisonCounts(int now, int before, int participantsBefore) =>
        $"Nu {now} svar. Då {before} svar" + (participantsBefore == 1 ? " (1 person deltog i rundan)." : $" ({participantsBefore} personer deltog i rundan).");
    public override string ComparisonMore(int count) => count == 1 ? "Ett svar till finns i den rundans sammanfattning." : $"{count} svar till finns i den rundans sammanfattning.";

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
    public override string NextMoment(string title) => $"Nästa moment: {title}";
    public override string ResultsRoundClosed => "Rundan är avslutad, så presentationen av resultatet går inte att ändra längre. Inget har sparats.";

    // The meeting notes as Word and Excel files (Notes/).
    public override string NotesKindName(Notes.NoteKind kind) => kind == Notes.NoteKind.Excel ? "Excel-filen" : "Word-dokumentet";
    public override string NotesGet(Notes.NoteKind kind) => kind == Notes.NoteKind.Excel ? "Hämta som Excel" : "Hämta som Word";
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
    public override string NotesConsentDescription(Notes.NoteKind kind, string title) => kind == Notes.NoteKind.Excel
        ? $"Svaren från rundan ”{title}” som Excel-fil, ett svar per rad. Välj Tillåt så sparar jag filen i din OneDrive."
        : $"Anteckningarna från rundan ”{title}” som Word-dokument. Välj Tillåt så sparar jag filen i din OneDrive.";
    public override string NotesOfferSent(Notes.NoteKind kind) => $"Jag skickar {NotesKindName(kind)} till din chatt med mig. Välj Tillåt där så sparas filen i din OneDrive. Kommer inget fram? Då behöver du lägga till appen Barnrättsresan för dig själv i Teams. Försök sedan igen.";
    public override string NotesNotAllowed(string facilitatorName) => $"Tyvärr, det är bara samtalsledaren ({facilitatorName}), medledarna och gruppledarna som kan hämta anteckningarna. Fråga gärna någon av dem.";
    public override string NotesDeclined(Notes.NoteKind kind) => $"Okej, jag sparade ingen fil. Vill du ha {NotesKindName(kind)} senare? Välj {NotesGet(kind)} på sammanfattningen i rundans tråd.";
    public override string NotesUploadExpired(Notes.NoteKind kind) => $"Jag kunde inte spara {NotesKindName(kind)} i din OneDrive, för att tillståndet hade gått ut. Här kommer ett nytt erbjudande. Välj Tillåt igen.";
    public override string NotesUploadFailed(Notes.NoteKind kind) => $"Jag kunde inte spara {NotesKindName(kind)} i din OneDrive, trots flera försök. Här kommer ett nytt erbjudande. Välj Tillåt igen.";
    public override string NotesOfferReplaced(Notes.NoteKind kind) => $"Det här erbjudandet gäller inte längre. Jag skickar ett nytt för {NotesKindName(kind)}.";
    public override string NotesSaved(Notes.NoteKind kind, string fileName) => $"{fileName} är sparad i din OneDrive.";
    public override string NotesRoundGone => "Rundan finns inte längre, så det finns inga anteckningar att hämta.";
    public override string StoredRoundUnreadable => "Jag kan inte läsa det som är sparat om den här rundan, och inget har ändrats. Kontakta den som ansvarar för boten hos er.";
}
