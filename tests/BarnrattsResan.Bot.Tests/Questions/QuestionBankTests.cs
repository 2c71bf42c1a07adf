using System.Text;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Setup;

namespace BarnrattsResan.Bot.Tests.Questions;

/// <summary>The question bank as data: every moment says what comes next, and a deployment's own file adds sets or is refused with messages that say where the mistake is.</summary>
public sealed class QuestionBankTests
{
    private static readonly QuestionCatalog BuiltIn = QuestionCatalog.LoadEmbedded();

    public static TheoryData<string> MomentIds()
    {
        var data = new TheoryData<string>();
        foreach (var (step, moment) in BuiltIn.Moments) data.Add(JourneyMoment.IdOf(step, moment));
        return data;
    }

    [Theory]
    [MemberData(nameof(MomentIds))]
    public void EveryMomentInTheBankNamesTheNextMomentWithOneLineInSwedishAndEnglish(string momentId)
    {
        var next = BuiltIn.FindMoment(momentId)!.Next;

        Assert.NotNull(next);
        Assert.Matches("^[1-9][A-Z]$", next.Id);
        Assert.NotEqual(momentId, next.Id);
        foreach (var text in new[] { next.Title.Sv, next.Title.En, next.Description.Sv, next.Description.En })
        {
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.DoesNotContain('\n', text);
            Assert.InRange(text.Length, 10, 200);
        }
    }

    [Fact]
    public void AfterPresentingTheResultsComesTheWorkingGroupsOwnEvaluation()
    {
        var next = BuiltIn.FindMoment("4C")!.Next!;

        Assert.Equal("4D", next.Id);
        Assert.Equal("Utvärdera Barnrättsresan som process i arbetsgruppen", next.Title.Sv);
        Assert.Equal("Evaluate Barnrättsresan as a process in the working group", next.Title.En);
    }

    [Fact]
    public void AFilesSetsJoinAnExistingMomentAndANewMomentComesWhole()
    {
        var (catalog, errors) = BuiltIn.WithAdditional(Json(ValidFile), "egna-fragor.json");

        Assert.Empty(errors);
        var moment = catalog.FindMoment("4C")!;
        Assert.Equal([.. BuiltIn.FindMoment("4C")!.QuestionSets.Select(s => s.Id), "forvaltningens-fragor"], moment.QuestionSets.Select(s => s.Id));
        Assert.Equal(BuiltIn.FindMoment("4C")!.Introduction, moment.Introduction);
        var added = catalog.FindMoment("3B")!;
        Assert.Equal("Planera aktiviteterna", added.Title.Sv);
        Assert.Equal("3C", added.Next!.Id);
        Assert.Equal("Vilka aktiviteter ger mest för barnen?", catalog.FindSet("handlingsplan-prioritera")!.Questions[0].Text.Sv);
        Assert.Equal([3, 4], catalog.Steps.Select(s => s.Number));
    }

    [Fact]
    public void ARoundOfANewMomentsSetBelongsToThatMoment()
    {
        var (catalog, _) = BuiltIn.WithAdditional(Json(ValidFile), "egna-fragor.json");
        var input = new SetupInput("Planering", ["handlingsplan-prioritera"], null, DateTimeInput.Parse("2026-12-03", "13:00"), DateTimeInput.Empty, [], [], false, false, RoundMode.AllAtOnce);

        var (draft, errors) = RoundSetupValidator.Validate(input, catalog, new Dictionary<string, Person>(), UserTime.FindZone("Europe/Stockholm"), new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), Texts.For(Language.Swedish));

        Assert.Empty(errors);
        Assert.Equal("3B", draft!.MomentId);
    }

    [Theory]
    [InlineData("\"id\": \"forvaltningens-fragor\"", "\"id\": \"presentera-resultatet\"", "egna-fragor.json: step 4, moment C, set 'presentera-resultatet': the id is already used by the built-in question bank.")]
    [InlineData("\"en\": \"What do we keep doing?\"", "\"en\": \" \"", "egna-fragor.json: step 4, moment C, set 'forvaltningens-fragor': 'questions[0].text.en' is missing or empty.")]
    [InlineData("\"text\": { \"sv\": \"Vad fortsätter vi med?\", \"en\": \"What do we keep doing?\" }", "\"text\": { \"en\": \"What do we keep doing?\" }", "egna-fragor.json: step 4, moment C, set 'forvaltningens-fragor': 'questions[0].text.sv' is missing or empty.")]
    [InlineData("\"title\": { \"sv\": \"Förvaltningens frågor\", \"en\": \"The administration's questions\" },", "", "egna-fragor.json: step 4, moment C, set 'forvaltningens-fragor': 'title' is missing (it needs a Swedish 'sv' and an English 'en' text).")]
    [InlineData("\"id\": \"fortsatta\"", "\"id\": \"uppnadda-mal\"", "egna-fragor.json: step 4, moment C, set 'forvaltningens-fragor': 'questions[0].id' 'uppnadda-mal' is already used by set 'presentera-resultatet'; question ids are unique in the whole bank.")]
    [InlineData("\"id\": \"forvaltningens-fragor\"", "\"id\": \"Förvaltningens frågor\"", "egna-fragor.json: step 4, moment C, questionSets[0]: 'id' must be 1–40 small letters a–z, digits and hyphens (and not 'egna').")]
    [InlineData("\"id\": \"3C\"", "\"id\": \"nästa\"", "egna-fragor.json: step 3, moment B: 'next.id' must name the next moment as step and letter, such as 4D.")]
    [InlineData("\"letter\": \"B\"", "\"letter\": \"b2\"", "egna-fragor.json: step 3, moments[0]: 'letter' must be one capital letter, such as C.")]
    public void AMistakeInTheFileIsNamedWithTheFileTheSetAndTheField(string find, string replace, string expected)
    {
        Assert.Contains(find, ValidFile);

        var (catalog, errors) = BuiltIn.WithAdditional(Json(ValidFile.Replace(find, replace, StringComparison.Ordinal)), "egna-fragor.json");

        Assert.Contains(expected, errors);
        Assert.Same(BuiltIn, catalog);
    }

    [Fact]
    public void ASetWithoutQuestionsIsRefused()
    {
        var file = ValidFile.Replace(
            "\"questions\": [ { \"id\": \"fortsatta\", \"text\": { \"sv\": \"Vad fortsätter vi med?\", \"en\": \"What do we keep doing?\" } } ]",
            "\"questions\": []",
            StringComparison.Ordinal);

        var (_, errors) = BuiltIn.WithAdditional(Json(file), "egna-fragor.json");

        Assert.Equal("egna-fragor.json: step 4, moment C, set 'forvaltningens-fragor': 'questions' is missing or empty; a set needs at least one question.", Assert.Single(errors));
    }

    [Fact]
    public void ANewMomentWithoutItsTextsIsRefusedFieldByField()
    {
        var file = ValidFile.Replace("\"introduction\": { \"sv\": \"Nu prioriterar ni.\", \"en\": \"Now you prioritise.\" },", "", StringComparison.Ordinal);

        var (_, errors) = BuiltIn.WithAdditional(Json(file), "egna-fragor.json");

        Assert.Equal("egna-fragor.json: step 3, moment B: 'introduction' is missing (it needs a Swedish 'sv' and an English 'en' text).", Assert.Single(errors));
    }

    [Theory]
    [InlineData("{ \"steps\": [ { \"number\": 4, ", "not valid question-bank JSON")]
    [InlineData("{ \"steps\": [ { \"number\": \"fyra\" } ] }", "not valid question-bank JSON at $.steps[0].number")]
    [InlineData("{ \"steg\": [] }", "not valid question-bank JSON")]
    [InlineData("{ \"steps\": [] }", "egna-fragor.json: 'steps' is missing or empty.")]
    [InlineData("[]", "not valid question-bank JSON")]
    public void AFileThatIsNotABankIsRefusedNamingTheFile(string json, string expected)
    {
        var (_, errors) = BuiltIn.WithAdditional(Json(json), "egna-fragor.json");

        var error = Assert.Single(errors);
        Assert.StartsWith("egna-fragor.json: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    private static MemoryStream Json(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>A file as a municipality would write it: a standing set for the built-in moment and a new moment of step 3.</summary>
    public const string ValidFile = """
        {
          "$comment": "Kommunens egna frågor",
          "steps": [
            {
              "number": 4,
              "moments": [
                {
                  "letter": "C",
                  "questionSets": [
                    {
                      "id": "forvaltningens-fragor",
                      "title": { "sv": "Förvaltningens frågor", "en": "The administration's questions" },
                      "introduction": { "sv": "Diskutera också:", "en": "Also discuss:" },
                      "questions": [ { "id": "fortsatta", "text": { "sv": "Vad fortsätter vi med?", "en": "What do we keep doing?" } } ]
                    }
                  ]
                }
              ]
            },
            {
              "number": 3,
              "name": { "sv": "Handlingsplan", "en": "Action plan" },
              "moments": [
                {
                  "letter": "B",
                  "title": { "sv": "Planera aktiviteterna", "en": "Plan the activities" },
                  "introduction": { "sv": "Nu prioriterar ni.", "en": "Now you prioritise." },
                  "preparation": {
                    "title": { "sv": "Inför nästa möte", "en": "Before the next meeting" },
                    "text": { "sv": "Ta med förslagen.", "en": "Bring the proposals." }
                  },
                  "next": {
                    "id": "3C",
                    "title": { "sv": "Genomför aktiviteterna", "en": "Carry out the activities" },
                    "description": { "sv": "Varje avdelning genomför sina aktiviteter.", "en": "Each department carries out its activities." }
                  },
                  "questionSets": [
                    {
                      "id": "handlingsplan-prioritera",
                      "title": { "sv": "Prioritera", "en": "Prioritise" },
                      "introduction": { "sv": "Diskutera tillsammans:", "en": "Discuss together:" },
                      "questions": [ { "id": "mest-for-barnen", "text": { "sv": "Vilka aktiviteter ger mest för barnen?", "en": "Which activities do most for the children?" } } ]
                    }
                  ]
                }
              ]
            }
          ]
        }
        """;
}
