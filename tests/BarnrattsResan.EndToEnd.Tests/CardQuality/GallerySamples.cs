using System.Globalization;
using System.Text;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.EndToEnd.Tests.CardQuality;

/// <summary>
/// Realistic data for the card gallery: Swedish colleagues with Teams-length ids, rounds built from the real
/// question catalog, and answers of any length with å, ä, ö and line breaks.
/// </summary>
internal static class GallerySamples
{
    public static readonly QuestionCatalog Catalog = SampleRounds.Catalog;

    public static readonly DateTimeOffset Now = new(2026, 11, 20, 8, 30, 0, TimeSpan.Zero);

    public static readonly TimeZoneInfo Stockholm = UserTime.FindZone(UserTime.DefaultTimeZoneId);

    /// <summary>The participant keys of the gallery's answers, keyed with the public development key.</summary>
    public static readonly ParticipantKeys Keys = new(Convert.FromBase64String(BarnrattsResan.Bot.Privacy.PrivacyOptions.DevelopmentKey));

    public const string RoundId = "3f9c2a7e5b1d4c8fa6e0b2d4f6a8c0e1";

    private static readonly string[] FirstNames =
    [
        "Åsa", "Märta", "Örjan", "Linnéa", "Björn", "Ingrid", "Göran", "Sofia", "Ahmed", "Eva-Lena",
        "Jörgen", "Maja", "Håkan", "Elsa", "Ömer", "Karin", "Måns", "Leila", "Per-Åke", "Ylva",
    ];

    private static readonly string[] LastNames =
    [
        "Öberg", "Ångström", "Lindqvist", "Bäckström", "Nyström", "Sjögren", "Håkansson", "Karlsson",
        "Ekström", "Åberg", "Söderlund", "Björklund", "Wästerberg", "Gustafsson", "Löfgren",
    ];

    private static readonly string[] Sentences =
    [
        "Vi har börjat fråga barnen själva innan vi ändrar rutinerna på förskolan, och det märks att de känner sig lyssnade på.",
        "På avdelningen har vi pratat om hur barnets bästa ska vägas in när vi planerar utflykter, måltider och vila.",
        "Vårdnadshavarna är positiva, men vi behöver bli bättre på att återkoppla till barnen vad som hände med deras förslag.",
        "Det svåra är tiden: arbetslaget hinner sällan träffas, så uppföljningen glöms bort när vardagen tar över.",
        "Till mötet med arbetsgruppen vill jag ta med frågan om hur vi dokumenterar barnens åsikter på ett enkelt sätt.",
        "Några kollegor önskar mer stöd kring artikel 12 och hur man anpassar samtalen efter barnens ålder och mognad.",
        "Särskilt de yngsta barnen uttrycker sig med kroppen och i leken, så vi övar på att se och tolka det de visar.",
        "Jag tycker att vi ska fortsätta med barnråden varannan vecka och låta barnen själva välja vad som tas upp.",
    ];

    public static Person Facilitator { get; } = Member(0);

    /// <summary>The n-th colleague: a Swedish name, an Entra object id and a Teams channel account id of real length.</summary>
    public static Person Member(int n)
    {
        var name = $"{FirstNames[n % FirstNames.Length]} {LastNames[n / FirstNames.Length % LastNames.Length]}";
        if (n >= FirstNames.Length * LastNames.Length) name += $" {n}";
        var objectId = string.Create(CultureInfo.InvariantCulture, $"{n:x8}-4b5a-4978-8a9b-0c1d2e3f4a5b");
        var channelAccountId = string.Create(CultureInfo.InvariantCulture, $"29:1xQ7bVn3kLp9Zr2Tg8Hw5Jd4Mc6Ys0Fa3Ue7Io1Pl9Kj2Hg5Fd8Sa4Qw6Er0Ty3Ui7Op1As5Df9Gh2Jk4L{n:x8}");
        return new Person(objectId, name, channelAccountId);
    }

    public static IReadOnlyList<Person> Members(int count) => Enumerable.Range(0, count).Select(Member).ToArray();

    /// <summary>The default question sets of step 4, moment C, and one question of the facilitator's own.</summary>
    public static IReadOnlyList<RoundQuestion> Questions { get; } =
    [
        .. SampleRounds.DefaultQuestions,
        new RoundQuestion("egen-1", RoundQuestion.OwnSetId, LocalizedText.Same("Vad behöver vår förvaltning för att barnrättsarbetet ska leva vidare efter Barnrättsresan?")),
    ];

    /// <summary>The tests' sample round (<see cref="SampleRounds"/>) with the gallery's realistic ids, names and people.</summary>
    public static Round Round(
        RoundMode mode = RoundMode.AllAtOnce,
        bool anonymous = false,
        bool showOthers = true,
        Language language = Language.Swedish,
        RoundState state = RoundState.Open,
        int currentQuestion = 0)
    {
        var thread = new ConversationAddress(
            "msteams",
            "https://smba.trafficmanager.net/emea/7d3f1c9e-2b4a-4e8f-9c6d-1a2b3c4d5e6f/",
            "19:4f8a2c6e1b9d4e7f8a3c5b2d1e0f9a8b@thread.tacv2;messageid=1764000000000",
            ConversationKind.Channel,
            "7d3f1c9e-2b4a-4e8f-9c6d-1a2b3c4d5e6f",
            "28:5f2c8e1a-9b7d-4c3e-8a6f-2d1e0c9b8a7f",
            "Barnrättsresan");
        return SampleRounds.Create(mode, anonymous, language) with
        {
            ConversationKey = thread.Key,
            Id = RoundId,
            Title = language == Language.English ? "Anchoring the results with colleagues" : "Förankring av Barnrättsresan på Solrosens förskola",
            TimeZoneId = UserTime.DefaultTimeZoneId,
            Facilitator = Facilitator,
            CoFacilitators = [Member(1), Member(2)],
            GroupLeads = [Member(3), Member(4), Member(5)],
            ShowOthersAnswers = showOthers,
            Questions = Questions,
            CreatedAt = Now.AddDays(-2),
            State = state,
            ClosedAt = state == RoundState.Closed ? Now : null,
            CurrentQuestionIndex = currentQuestion,
            Thread = thread,
            AnonymitySalt = "c2FsdC1mb3ItdGhlLWdhbGxlcnktb25seS0xMjM0NTY3ODkw",
            RefreshUserIds = Members(60).Select(m => m.ChannelAccountId!).ToArray(),
        };
    }

    /// <summary>An answer text of exactly <paramref name="length"/> characters: real sentences, paragraphs on their own lines.</summary>
    public static string AnswerText(int length, int seed = 0)
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(Sentences[(seed + i) % Sentences.Length]);
            text.Append(i % 3 == 2 ? "\n" : " ");
        }

        return text.ToString(0, length - 1) + ".";
    }

    public static Answer AnswerTo(Round round, RoundQuestion question, int person, string text) => new(
        question.Id,
        Keys.For(round, Member(person).Id),
        text,
        round.Anonymous ? null : Member(person).DisplayName,
        Now.AddHours(-48).AddMinutes(person * 7),
        Now.AddHours(-24).AddMinutes(person * 7));

    /// <summary><paramref name="count"/> answers of <paramref name="length"/> characters, spread over the round's questions.</summary>
    public static IReadOnlyList<Answer> Answers(Round round, int count, int length) =>
        Enumerable.Range(0, count)
            .Select(i => AnswerTo(round, round.Questions[i % round.Questions.Count], 10 + i / round.Questions.Count, AnswerText(length, i)))
            .ToArray();
}
