using BarnrattsResan.Bot.Answering;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Help;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Methods;
using BarnrattsResan.Bot.Notes;
using BarnrattsResan.Bot.Outbound;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Privacy;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;
using BarnrattsResan.Bot.Setup;
using BarnrattsResan.Bot.Steering;
using BarnrattsResan.Bot.Summaries;
using static BarnrattsResan.EndToEnd.Tests.CardQuality.GallerySamples;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>
/// Every card the bot can send, made by the bot's own card builders from realistic data, worst cases included
/// (250+ members, 4,000-character answers, a rejected 4,001-character answer, many answers shown at once, a
/// summary of 500 long answers in every part). Names are stable: they name the pictures in docs/images/cards.
/// </summary>
internal static partial class CardGallery
{
    private static readonly Lazy<IReadOnlyList<GalleryCard>> Cards = new(Build);

    public static IReadOnlyList<GalleryCard> All => Cards.Value;

    public static GalleryCard Get(string name) => All.Single(c => c.Name == name);

    /// <summary>The gallery's names, for xunit's MemberData.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var card in All) data.Add(card.Name);
        return data;
    }

    private static List<GalleryCard> Build()
    {
        var cards = new List<GalleryCard>();
        cards.AddRange(SetupCards());
        cards.AddRange(RoundCardsOf());
        cards.AddRange(QuestionCards());
        cards.AddRange(SummaryCardsOf());
        cards.AddRange(HelpAndMethods());
        cards.AddRange(Notices());
        cards.AddRange(PrivacyCards());
        cards.AddRange(PlanningAndHistoryGallery.Cards());
        cards.AddRange(PresentationCardsOf());
        var duplicate = cards.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"The gallery name {duplicate.Key} is used twice.");
        return cards;
    }

    private static IEnumerable<GalleryCard> SetupCards()
    {
        var sv = Texts.For(Language.Swedish);
        var members = Members(12);
        yield return new("setup", "Setup card as `starta` posts it (12 members)",
            SetupCard.Create(RoundId, Facilitator, Catalog, members, SetupInput.Empty, [], Stockholm, Now, sv));

        var bad = new SetupInput(
            Title: "",
            Sets: ["presentation-fragor", "finns-inte"],
            OwnQuestions: string.Join('\n', Enumerable.Range(1, 11).Select(i => $"Egen fråga nummer {i}: hur märks barnets rättigheter i vår vardag?")) + "\n" + AnswerText(520),
            Meeting: DateTimeInput.Parse("2026-11-02", "09:00"),
            Due: DateTimeInput.Parse("2026-12-24", null),
            Leads: [members[3].Id, "slutat-personen"],
            CoFacilitators: [members[4].Id],
            Anonymous: true,
            ShowOthers: false,
            Mode: RoundMode.Live);
        var (_, errors) = RoundSetupValidator.Validate(bad, Catalog, members.ToDictionary(m => m.Id), Stockholm, Now, sv);
        yield return new("setup-errors", $"Setup card shown again with {errors.Count} problems and the values kept",
            SetupCard.Create(RoundId, Facilitator, Catalog, members, bad, errors, Stockholm, Now, sv), CardDelivery.InvokeResponse);

        yield return new("setup-300-members", "Setup card in a team of 300 (the lists stop at 250)",
            SetupCard.Create(RoundId, Facilitator, Catalog, Members(300), SetupInput.Empty, [], Stockholm, Now, sv));
        yield return new("setup-english", "Setup card in English",
            SetupCard.Create(RoundId, Facilitator, Catalog, members, SetupInput.Empty, [], Stockholm, Now, Texts.For(Language.English)));
        var (_, englishErrors) = RoundSetupValidator.Validate(bad, Catalog, members.ToDictionary(m => m.Id), Stockholm, Now, Texts.For(Language.English));
        yield return new("setup-errors-english", "Setup card with problems, in English",
            SetupCard.Create(RoundId, Facilitator, Catalog, members, bad, englishErrors, Stockholm, Now, Texts.For(Language.English)), CardDelivery.InvokeResponse);
    }

    private static IEnumerable<GalleryCard> RoundCardsOf()
    {
        var sv = Texts.For(Language.Swedish);
        yield return new("introduction", "Introduction: all questions at once, named answers, answers visible",
            RoundCards.Introduction(Round(), Catalog));
        yield return new("introduction-live-anonymous", "Introduction: one question at a time, anonymous",
            RoundCards.Introduction(Round(RoundMode.Live, anonymous: true, showOthers: false), Catalog));
        yield return new("introduction-english", "Introduction in English",
            RoundCards.Introduction(Round(language: Language.English), Catalog));
        yield return new("created", "Confirmation that the round started",
            RoundCards.Created(Round(), sv, Stockholm), CardDelivery.InvokeResponse);
        yield return new("created-english", "Confirmation in English",
            RoundCards.Created(Round(language: Language.English), Texts.For(Language.English), Stockholm), CardDelivery.InvokeResponse);

        var round = Round();
        var counts = round.Questions.Select((q, i) => (q.Id, Count: 57 - (i * 9))).ToDictionary(x => x.Id, x => x.Count);
        yield return new("status", "Status with answer counts per question",
            RoundCards.Status(round, counts, 61, sv, Stockholm));
        yield return new("status-live-english", "Status of a live round in English",
            RoundCards.Status(Round(RoundMode.Live, language: Language.English, currentQuestion: 2), counts, 1, Texts.For(Language.English), Stockholm));
    }

    private static IEnumerable<GalleryCard> QuestionCards()
    {
        var sv = Texts.For(Language.Swedish);
        var round = Round();
        var question = round.Questions[0];
        var saved = AnswerTo(round, question, 7, AnswerText(AnswerRules.MaxLength, 3));

        yield return new("question-shared", "Question as posted, no answers yet", QuestionCard.Shared(round, question, 0));
        yield return new("question-shared-answered", "Question as posted, 57 answers", QuestionCard.Shared(round, round.Questions[^1], 57));
        yield return new("question-unanswered", "Personal view, not answered yet",
            QuestionCard.Personal(round, question, 12, new QuestionView(), sv, Stockholm), CardDelivery.InvokeResponse);
        yield return new("question-saved", "Personal view with a saved answer of 4,000 characters",
            QuestionCard.Personal(round, question, 13, new QuestionView(saved), sv, Stockholm), CardDelivery.InvokeResponse);

        var rejected = AnswerText(AnswerRules.MaxLength + 1, 5);
        yield return new("question-too-long", "A 4,001-character answer refused, kept in the box, the saved answer still shown",
            QuestionCard.Personal(round, question, 13, new QuestionView(saved, sv.Answers.ErrorAnswerTooLong(AnswerRules.MaxLength, rejected.Length), rejected), sv, Stockholm),
            CardDelivery.InvokeResponse);
        yield return new("question-empty", "An empty answer refused",
            QuestionCard.Personal(round, question, 12, new QuestionView(null, sv.Answers.ErrorAnswerEmpty, "  "), sv, Stockholm), CardDelivery.InvokeResponse);

        var others = Enumerable.Range(0, 82).Select(i => AnswerTo(round, question, 20 + i, AnswerText(AnswerRules.MaxLength, i))).ToArray();
        yield return new("question-others-many", "Everyone's answers: 82 answers of 4,000 characters",
            QuestionCard.Personal(round, question, 83, new QuestionView(saved, OthersAnswers: others), sv, Stockholm), CardDelivery.InvokeResponse);

        var anonymous = Round(anonymous: true);
        var shortOthers = Enumerable.Range(0, 6).Select(i => AnswerTo(anonymous, anonymous.Questions[1], 20 + i, AnswerText(90 + (i * 40), i))).ToArray();
        yield return new("question-others-anonymous", "Everyone's answers in an anonymous round",
            QuestionCard.Personal(anonymous, anonymous.Questions[1], 7, new QuestionView(OthersAnswers: shortOthers), sv, Stockholm), CardDelivery.InvokeResponse);

        var live = Round(RoundMode.Live, currentQuestion: 1);
        yield return new("question-live-shared", "Live round: the current question as posted, with \"Nästa fråga\"",
            QuestionCard.Shared(live, live.Questions[1], 4));
        yield return new("question-live-steer", "Live round: a facilitator's view, with \"Nästa fråga\"",
            QuestionCard.Personal(live, live.Questions[1], 4, new QuestionView(CanSteer: true), sv, Stockholm), CardDelivery.InvokeResponse);
        yield return new("question-live-not-open", "Live round: a question that is not open yet",
            QuestionCard.Personal(live, live.Questions[3], 0, new QuestionView(Error: sv.Answers.ErrorQuestionNotOpen), sv, Stockholm), CardDelivery.InvokeResponse);

        var closed = Round(state: RoundState.Closed);
        yield return new("question-closed", "Closed round: the saved answer, no box",
            QuestionCard.Personal(closed, question, 13, new QuestionView(saved), sv, Stockholm), CardDelivery.InvokeResponse);
        yield return new("question-closed-refused", "Closed round: an answer sent too late",
            QuestionCard.Personal(closed, question, 13, new QuestionView(Error: sv.Answers.RoundIsClosed), sv, Stockholm), CardDelivery.InvokeResponse);
        yield return new("question-closed-shared", "Closed round: the question as posted", QuestionCard.Shared(closed, question, 13));

        var english = Round(anonymous: true, language: Language.English);
        yield return new("question-english", "Personal view in English, anonymous round",
            QuestionCard.Personal(english, english.Questions[2], 3, new QuestionView(AnswerTo(english, english.Questions[2], 7, "We ask the children first.\nThen we follow up.")), Texts.For(Language.English), Stockholm),
            CardDelivery.InvokeResponse);
        yield return new("question-empty-english", "An empty answer refused, in English",
            QuestionCard.Personal(english, english.Questions[2], 3, new QuestionView(null, Texts.For(Language.English).Answers.ErrorAnswerEmpty, ""), Texts.For(Language.English), Stockholm),
            CardDelivery.InvokeResponse);
    }

    private static IEnumerable<GalleryCard> SummaryCardsOf()
    {
        var small = Round();
        var smallAnswers = Answers(small, 14, 260).Take(13).ToArray();
        foreach (var (card, i) in Summary(small, smallAnswers, Texts.For(Language.Swedish)).Select((c, i) => (c, i)))
        {
            yield return new($"summary{(i == 0 ? "" : $"-{i + 1}")}", "Summary of a small round (named)", card);
        }

        // As posted in the thread, the last part offers the notes as files; the clicker's card after "Hämta som Excel".
        var inThread = Summary(small, smallAnswers, Texts.For(Language.Swedish))[^1];
        yield return new("summary-with-files", "The summary's last part in the thread, with Hämta som Word and Hämta som Excel",
            Bot.Notes.NotesCards.WithActions(inThread, small.Id, Texts.For(Language.Swedish)));
        yield return new("summary-files-offered", "The summary after Hämta som Excel, for the person who clicked",
            Bot.Notes.NotesCards.WithActions(inThread, small.Id, Texts.For(Language.Swedish), Texts.For(Language.Swedish).Notes.NotesOfferSent(Bot.Notes.NoteKind.Excel)),
            CardDelivery.InvokeResponse);
        yield return new("summary-with-files-english", "The summary's last part in the thread, in English",
            Bot.Notes.NotesCards.WithActions(Summary(small with { Language = Language.English }, smallAnswers, Texts.For(Language.English))[^1], small.Id, Texts.For(Language.English)));

        foreach (var (card, _) in Summary(Round(state: RoundState.Closed), [], Texts.For(Language.Swedish)).Select((c, i) => (c, i)))
        {
            yield return new("summary-no-answers", "Summary of a round nobody answered", card);
        }

        foreach (var language in new[] { Language.Swedish, Language.English })
        {
            foreach (var anonymous in new[] { false, true })
            {
                var round = Round(anonymous: anonymous, language: language, state: RoundState.Closed);
                var parts = Summary(round, Answers(round, 500, AnswerRules.MaxLength), language.Texts());
                var prefix = $"summary-500-{(language == Language.English ? "en" : "sv")}-{(anonymous ? "anonymous" : "named")}";
                for (var i = 0; i < parts.Count; i++)
                {
                    yield return new($"{prefix}-part-{i + 1}", $"500 answers of 4,000 characters, part {i + 1} of {parts.Count}", parts[i]);
                }
            }
        }
    }

    private static IReadOnlyList<CardMessage> Summary(Round round, IReadOnlyList<Answer> answers, Texts t) =>
        SummaryCards.Build(SummaryCompiler.Compile(round, answers, Now), Catalog, t, Stockholm);

    private static IEnumerable<GalleryCard> HelpAndMethods()
    {
        var methods = MethodCatalog.LoadEmbedded();
        yield return new("help", "Help (`hjälp`)", HelpCard.Create(Texts.For(Language.Swedish)));
        yield return new("help-unknown-command", "Help after a command the bot does not know",
            HelpCard.Create(Texts.For(Language.Swedish), "kan du skicka alla gamla rundor från förra terminen till rektorn och förvaltningschefen?"));
        yield return new("help-english", "Help in English", HelpCard.Create(Texts.For(Language.English)));
        yield return new("methods", "Methods and tools (`metoder`)", MethodsCard.Create(methods, Texts.For(Language.Swedish)));
        yield return new("methods-english", "Methods in English", MethodsCard.Create(methods, Texts.For(Language.English)));
    }

    private static IEnumerable<GalleryCard> Notices()
    {
        var sv = Texts.For(Language.Swedish);
        var round = Round(RoundMode.Live, currentQuestion: 6);
        yield return new("notice-greeting", "Greeting when the bot is added", NoticeCard.Create(sv.Help.Greeting("Barnrättsresan")));
        yield return new("notice-greeting-english", "Greeting in English", NoticeCard.Create(Texts.For(Language.English).Help.Greeting("Barnrättsresan")));
        yield return new("notice-not-allowed", "Refusal: only the facilitators steer",
            SteeringReplies.For(new SteerResult(SteerStatus.NotAllowed, round), CommandKind.Next, sv, Stockholm, Now));
        yield return new("notice-refused", "Refusal by the round's state (no more questions)",
            SteeringReplies.For(new SteerResult(SteerStatus.Refused, round, RoundRefusal.NoMoreQuestions), CommandKind.Next, sv, Stockholm, Now));
        yield return new("notice-next", "Next question opened",
            SteeringReplies.For(new SteerResult(SteerStatus.Done, Round(RoundMode.Live, currentQuestion: 2)), CommandKind.Next, sv, Stockholm, Now));
        yield return new("notice-closed", "Round closed",
            SteeringReplies.For(new SteerResult(SteerStatus.Done, Round(state: RoundState.Closed)), CommandKind.Close, sv, Stockholm, Now));
        yield return new("notice-reopened", "Round open again",
            SteeringReplies.For(new SteerResult(SteerStatus.Done, Round()), CommandKind.Reopen, sv, Stockholm, Now));
        yield return new("notice-no-round", "No open round here", SteeringReplies.For(SteerResult.NoRound, CommandKind.Close, sv, Stockholm, Now));
        yield return new("notice-unknown-round", "An action for a round that is not here", NoticeCard.Create(sv.UnknownRound), CardDelivery.InvokeResponse);
        yield return new("notice-setup-not-yours", "Someone else pressed the setup card's button",
            NoticeCard.Create(sv.Rounds.SetupOnlyRequester(Facilitator.DisplayName)), CardDelivery.InvokeResponse);
        yield return new("notice-rounds-only-in-teams", "`starta` in a 1:1 chat", NoticeCard.Create(sv.RoundsOnlyInTeams));
        yield return new("notice-summary-posted", "`sammanfatta` done", NoticeCard.Create(sv.Summaries.SummaryOnItsWay(3)));
        yield return new("notice-busy", "Too many at once: try again", NoticeCard.Create(sv.Busy), CardDelivery.InvokeResponse);
        yield return new("notice-turn-error", "Something went wrong in the bot", NoticeCard.Create(sv.TurnError), CardDelivery.InvokeResponse);
        yield return new("notice-not-allowed-english", "Refusal in English",
            SteeringReplies.For(new SteerResult(SteerStatus.NotAllowed, round), CommandKind.Next, Texts.For(Language.English), Stockholm, Now));
        yield return new("notice-delivery-failed", "A delivery the outbox gave up on, told to the facilitator",
            NoticeCard.Create(sv.Outbound.DeliveryFailed(BarnrattsResan.Bot.Outbound.DeliveryPurpose.SummaryToLead, round.Title, "Karin Processledare", 403), title: sv.Outbound.DeliveryFailedTitle));
    }

    private static IEnumerable<GalleryCard> PrivacyCards()
    {
        var sv = Texts.For(Language.Swedish);
        var rounds = new[]
        {
            Round() with { Id = "0000000000000000000000000000000a", Title = "Förankring på Solrosens förskola" },
            Round(RoundMode.Live) with { Id = "0000000000000000000000000000000b", Title = "Förankring i kostenheten", CreatedAt = Now.AddDays(-1) },
            Round(state: RoundState.Closed) with { Id = "0000000000000000000000000000000c", Title = "Utvärdering i elevhälsan, en runda med en lång rubrik som får radbrytas i kortet", CreatedAt = Now.AddDays(-9) },
        };
        yield return new("choose-round", "Which round? A command outside a round's thread, with several rounds",
            RoundChooserCard.Create(rounds, new Command(CommandKind.Close, "avsluta"), sv, Stockholm));
        yield return new("choose-round-english", "Which round? In English",
            RoundChooserCard.Create(rounds.Take(2).ToArray(), new Command(CommandKind.Status, "status"), Texts.For(Language.English), Stockholm));

        var round = Round();
        yield return new("delete-confirm", "`radera`: the facilitator confirms, or sees the summary first",
            DeleteRoundCard.Confirm(round, sv, Stockholm));
        var small = Summary(round, Answers(round, 14, 260), sv);
        yield return new("delete-summary", "The summary shown to the facilitator before deleting",
            DeleteRoundCard.WithSummary(small[0], 1, small.Count, round, sv), CardDelivery.InvokeResponse);
        var closed = Round(anonymous: true, state: RoundState.Closed);
        var large = Summary(closed, Answers(closed, 500, AnswerRules.MaxLength), sv);
        yield return new("delete-summary-500-part-1", "The summary before deleting: the first of many parts, with the way to the next",
            DeleteRoundCard.WithSummary(large[0], 1, large.Count, closed, sv), CardDelivery.InvokeResponse);
        yield return new("notice-round-deleted", "The round is deleted", NoticeCard.Create(sv.Privacy.RoundDeleted(round.Title)), CardDelivery.InvokeResponse);

        yield return new("withdraw-confirm", "`radera mina svar`: asked before anything is removed",
            WithdrawAnswersCard.Confirm(round, sv));
        yield return new("withdraw-done", "Answers removed (only the person who clicked sees it)",
            NoticeCard.Create(sv.Answers.MyAnswersDeleted(3)), CardDelivery.InvokeResponse);
        yield return new("question-withdrawn", "Personal view after \"Ta bort mitt svar\"",
            QuestionCard.Personal(round, round.Questions[0], 12, new QuestionView(Notice: sv.Answers.AnswerDeleted), sv, Stockholm), CardDelivery.InvokeResponse);
        yield return new("notice-answers-stay", "Answers cannot be removed after a sealed anonymous round",
            NoticeCard.Create(sv.Answers.AnswersCannotBeDeleted(sealedAnonymous: true)));
    }
}
