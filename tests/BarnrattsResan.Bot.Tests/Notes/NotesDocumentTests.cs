using System.Globalization;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Notes;
using BarnrattsResan.Bot.Summaries;
using BarnrattsResan.Bot.Tests.Domain;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BarnrattsResan.Bot.Tests.Notes;

/// <summary>
/// The meeting notes as a Word document, read back as Word reads it: valid Open XML, real headings and lists, every
/// question and every answer exactly once in the summary card's order, no names in an anonymous round.
/// </summary>
public sealed class NotesDocumentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] Tricky =
    [
        "Vi nådde målet.\nMen inte helt:\n\n– barnen fick inte säga sitt\tvarje gång.",
        "<w:t>Inget här är XML</w:t> & \"citat\" 'och' <b>fetstil</b> 😀 ĳ",
        "Ett svar med ett styrtecken\u0001 mitt i.",
        new string('x', AnswerRules.MaxLength),
    ];

    [Fact]
    public void ANamedRoundIsAValidDocumentWithEveryQuestionAsAHeadingAndEveryAnswerOnceInTheCardsOrder()
    {
        var round = SampleRounds.Create();
        var answers = Answers(round, perQuestion: 3, skipQuestion: 5);
        var summary = SummaryCompiler.Compile(round, answers, Now);

        var file = NotesFiles.Build(summary, SampleRounds.Catalog, NoteKind.Word);

        Assert.Empty(NotesFileReader.WordErrors(file.Content));
        Assert.Equal("Anteckningar Förankring.docx", file.Name);
        var read = NotesFileReader.Questions(file.Content);
        Assert.Equal(summary.Questions.Select((q, i) => $"{i + 1}. {q.Question.Text.Sv}"), read.Select(q => q.Heading));
        for (var i = 0; i < summary.Questions.Count; i++)
        {
            Assert.Equal(
                summary.Questions[i].Answers.Select(a => new ReadAnswer(a.AuthorName, a.Text.Replace("\u0001", string.Empty, StringComparison.Ordinal))),
                read[i].Answers);
        }

        var paragraphs = NotesFileReader.Paragraphs(file.Content);
        Assert.Contains(paragraphs, p => p.Style == "Title" && p.Text == "Förankring");
        Assert.Contains(paragraphs, p => p.Text.StartsWith("Steg 4 Uppföljning, moment C: ", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Text == "Samtalsledare: Maria Lind");
        Assert.Contains(paragraphs, p => p.Text.StartsWith("Arbetsgruppens möte: ", StringComparison.Ordinal) && p.Text.Contains("13:00", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Text.StartsWith("Sammanställd ", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Text == "4 personer deltog och lämnade 15 svar på 6 frågor.");
        Assert.Contains(paragraphs, p => p.Style == "Heading1" && p.Text == "Frågor och svar");
        Assert.Contains(paragraphs, p => p.Text == "Inga svar på den här frågan.");
        var preparation = paragraphs.FindIndex(p => p.Style == "Heading1" && p.Text == "Förbered dig inför mötet med arbetsgruppen");
        Assert.True(preparation > 0, "The preparation heading is missing.");
        Assert.Equal("Ta med dig anteckningarna till sista mötet med Barnrättsresans arbetsgrupp. Då ska ni slutföra utvärderingen av Barnrättsresan.", paragraphs[preparation + 1].Text);
    }

    [Fact]
    public void TheDocumentHasHeadingStylesListsLanguagePropertiesAndPageNumbers()
    {
        var round = SampleRounds.Create(language: Language.English);
        var summary = SummaryCompiler.Compile(round, Answers(round, perQuestion: 2), Now);

        var file = NotesFiles.Build(summary, SampleRounds.Catalog, NoteKind.Word);

        Assert.Empty(NotesFileReader.WordErrors(file.Content));
        Assert.Equal("Notes Förankring.docx", file.Name);
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!;
        foreach (var (id, outline) in new[] { ("Heading1", 0), ("Heading2", 1) })
        {
            var style = styles.Elements<W.Style>().Single(s => s.StyleId == id);
            Assert.Equal(outline, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }

        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("en-GB", defaults.GetFirstChild<W.Languages>()!.Val!.Value);
        Assert.Equal("22", defaults.GetFirstChild<W.FontSize>()!.Val!.Value);
        Assert.Equal("Förankring", document.PackageProperties.Title);
        Assert.Equal("Barnrättsresan", document.PackageProperties.Creator);
        Assert.Equal("en-GB", document.PackageProperties.Language);

        // Every question's answers are a numbered list that starts at 1.
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        var level = numbering.Elements<W.AbstractNum>().Single().Elements<W.Level>().Single();
        Assert.Equal(W.NumberFormatValues.Decimal, level.NumberingFormat!.Val!.Value);
        Assert.Equal(6, numbering.Elements<W.NumberingInstance>().Count());
        var footer = main.FooterParts.Single().Footer!;
        Assert.Contains(footer.Descendants<W.SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
        Assert.Contains("Page", footer.InnerText, StringComparison.Ordinal);
        var paragraphs = NotesFileReader.Paragraphs(file.Content);
        Assert.Contains(paragraphs, p => p.Style == "Heading1" && p.Text == "Prepare for the meeting with the working group");
        Assert.Contains(paragraphs, p => p.Text.StartsWith("Step 4 Follow-up, moment C: ", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAnonymousRoundsDocumentNamesNobody()
    {
        var round = SampleRounds.Create(anonymous: true);
        var answers = Answers(round, perQuestion: 3).Select(a => a with { AuthorName = null }).ToArray();
        var summary = SummaryCompiler.Compile(round, answers, Now);

        var file = NotesFiles.Build(summary, SampleRounds.Catalog, NoteKind.Word);

        Assert.Empty(NotesFileReader.WordErrors(file.Content));
        var read = NotesFileReader.Questions(file.Content);
        Assert.All(read.SelectMany(q => q.Answers), a => Assert.Null(a.Name));
        Assert.Equal(summary.Questions.SelectMany(q => q.Answers).Select(a => a.Text.Replace("\u0001", string.Empty, StringComparison.Ordinal)), read.SelectMany(q => q.Answers).Select(a => a.Text));
        var everything = string.Join("\n", NotesFileReader.Paragraphs(file.Content).Select(p => p.Text));
        foreach (var colleague in Colleagues)
        {
            Assert.DoesNotContain(colleague, everything, StringComparison.Ordinal);
        }

        Assert.Contains("Rundan var anonym: svaren visas utan namn.", everything, StringComparison.Ordinal);
    }

    [Fact]
    public void SixQuestionsWithTwoThousandAnswersEachAreAllInTheDocumentAndTheWorkbook()
    {
        var round = SampleRounds.Create();
        var answers = round.Questions.SelectMany((q, qi) => Enumerable.Range(0, 2000).Select(i =>
            new Answer(q.Id, $"p{i}", $"Svar {i} på fråga {qi + 1}: barnen har fått komma till tals i planeringen och i uppföljningen.", $"Kollega {i}", Now.AddSeconds(i), Now.AddSeconds(i)))).ToArray();
        var summary = SummaryCompiler.Compile(round, answers, Now);

        var word = NotesFiles.Build(summary, SampleRounds.Catalog, NoteKind.Word);
        var excel = NotesFiles.Build(summary, SampleRounds.Catalog, NoteKind.Excel);

        Assert.Empty(NotesFileReader.WordErrors(word.Content));
        var read = NotesFileReader.Questions(word.Content);
        Assert.Equal(6, read.Count);
        Assert.All(read, q => Assert.Equal(2000, q.Answers.Count));
        Assert.Equal(answers.Length, read.SelectMany(q => q.Answers).Select(a => a.Text).Distinct().Count());
        var rows = NotesFileReader.Rows(excel.Content);
        Assert.Equal(12001, rows.Count);
        Assert.Equal(answers.Length, rows.Skip(1).Select(r => r[2]).Distinct().Count());
    }

    [Fact]
    public void TheWorkbookHasAHeaderAndOneRowPerAnswerWithNamesOnlyInANamedRound()
    {
        var round = SampleRounds.Create();
        var summary = SummaryCompiler.Compile(round, Answers(round, perQuestion: 2, skipQuestion: 3), Now);

        var file = NotesFiles.Build(summary, SampleRounds.Catalog, NoteKind.Excel);

        Assert.Empty(NotesFileReader.ExcelErrors(file.Content));
        Assert.Equal("Anteckningar Förankring.xlsx", file.Name);
        var rows = NotesFileReader.Rows(file.Content);
        Assert.Equal(["Fråga nr", "Fråga", "Svar", "Namn"], rows[0]);
        var expected = summary.Questions.SelectMany((q, i) => q.Answers.Select(a => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), q.Question.Text.Sv, a.Text.Replace("\u0001", string.Empty, StringComparison.Ordinal), a.AuthorName! })).ToList();
        Assert.Equal(expected, rows.Skip(1));

        var anonymousRound = SampleRounds.Create(anonymous: true);
        var anonymous = SummaryCompiler.Compile(anonymousRound, Answers(anonymousRound, perQuestion: 2).Select(a => a with { AuthorName = null }).ToArray(), Now);
        var anonymousFile = NotesFiles.Build(anonymous, SampleRounds.Catalog, NoteKind.Excel);
        Assert.Empty(NotesFileReader.ExcelErrors(anonymousFile.Content));
        var anonymousRows = NotesFileReader.Rows(anonymousFile.Content);
        Assert.Equal(["Fråga nr", "Fråga", "Svar"], anonymousRows[0]);
        Assert.All(anonymousRows, r => Assert.Equal(3, r.Length));
        Assert.Equal(anonymous.Questions.SelectMany(q => q.Answers).Select(a => a.Text.Replace("\u0001", string.Empty, StringComparison.Ordinal)), anonymousRows.Skip(1).Select(r => r[2]));
        Assert.DoesNotContain(anonymousRows.SelectMany(r => r), cell => Colleagues.Any(c => cell.Contains(c, StringComparison.Ordinal)));
    }

    private static readonly string[] Colleagues = ["Anna Åberg", "Erik Öst", "Sara Ek", "Karin Processledare"];

    /// <summary>Answers from four colleagues, the tricky texts among them, on every question but <paramref name="skipQuestion"/>.</summary>
    private static Answer[] Answers(BarnrattsResan.Bot.Rounds.Round round, int perQuestion, int skipQuestion = -1)
    {
        var list = new List<Answer>();
        var n = 0;
        for (var q = 0; q < round.Questions.Count; q++)
        {
            if (q == skipQuestion) continue;
            for (var i = 0; i < perQuestion; i++)
            {
                var who = n % Colleagues.Length;
                var text = n < Tricky.Length ? Tricky[n] : $"Svar {n} på fråga {q + 1}";
                list.Add(new Answer(round.Questions[q].Id, $"p{who}", text, Colleagues[who], Now.AddMinutes(-n), Now.AddMinutes(-n)));
                n++;
            }
        }

        return list.ToArray();
    }
}
