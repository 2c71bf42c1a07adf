using System.Globalization;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Notes;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BarnrattsResan.Bot.Tests.Notes;

/// <summary>
/// The meeting notes as a Word document, read back as Word reads it: valid Open XML, real headings and lists, every
/// question and every answer exactly once in the summary card's order, no names in an anonymous round.
/// </summary>
public sealed class NotesDocumentTests
{
    private static Texts Sv => Texts.For(Language.Swedish);

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
        Assert.Equal(Sv.Notes.NotesFileName("Förankring") + ".docx", file.Name);
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
        Assert.Contains(paragraphs, p => p.Text == Sv.Summaries.SummaryParticipation(people: 4, answers: 15, questions: 6));
        Assert.Contains(paragraphs, p => p.Style == "Heading1" && p.Text == Sv.Notes.NotesAnswersHeading);
        Assert.Contains(paragraphs, p => p.Text == Sv.Summaries.SummaryNoAnswers);
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
        Assert.Equal(Texts.For(Language.English).Notes.NotesFileName("Förankring") + ".docx", file.Name);
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

        Assert.Contains(Sv.Summaries.SummaryAnonymous, everything, StringComparison.Ordinal);
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
        Assert.Equal(Sv.Notes.NotesFileName("Förankring") + ".xlsx", file.Name);
        var rows = NotesFileReader.Rows(file.Content);
        Assert.Equal([Sv.Notes.NotesColumnNumber, Sv.Notes.NotesColumnQuestion, Sv.Notes.NotesColumnAnswer, Sv.Notes.NotesColumnName], rows[0]);
        var expected = summary.Questions.SelectMany((q, i) => q.Answers.Select(a => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), q.Question.Text.Sv, a.Text.Replace("\u0001", string.Empty, StringComparison.Ordinal), a.AuthorName! })).ToList();
        Assert.Equal(expected, rows.Skip(1));

        var anonymousRound = SampleRounds.Create(anonymous: true);
        var anonymous = SummaryCompiler.Compile(anonymousRound, Answers(anonymousRound, perQuestion: 2).Select(a => a with { AuthorName = null }).ToArray(), Now);
        var anonymousFile = NotesFiles.Build(anonymous, SampleRounds.Catalog, NoteKind.Excel);
        Assert.Empty(NotesFileReader.ExcelErrors(anonymousFile.Content));
        var anonymousRows = NotesFileReader.Rows(anonymousFile.Content);
        Assert.Equal([Sv.Notes.NotesColumnNumber, Sv.Notes.NotesColumnQuestion, Sv.Notes.NotesColumnAnswer], anonymousRows[0]);
        Assert.All(anonymousRows, r => Assert.Equal(3, r.Length));
        Assert.Equal(anonymous.Questions.SelectMany(q => q.Answers).Select(a => a.Text.Replace("\u0001", string.Empty, StringComparison.Ordinal)), anonymousRows.Skip(1).Select(r => r[2]));
        Assert.DoesNotContain(anonymousRows.SelectMany(r => r), cell => Colleagues.Any(c => cell.Contains(c, StringComparison.Ordinal)));
    }

    private const string ResultsHeading = "Resultatet som presenterades för kollegorna";

    [Fact]
    public void TheResultsComeBeforeTheQuestionsAsTypedWithTheLinksAsHyperlinks()
    {
        var round = SampleRounds.Create() with
        {
            ResultsText = "Vi har nått tre av fyra mål.\nBarnen har fått komma till tals i planeringen.\n\nRapporten finns på intranätet.",
            ResultsLinks =
            [
                new ResultLink("Slutrapporten", "https://kommunen.se/rapport.pdf"),
                new ResultLink("Bilder (PDF)", "https://kommunen.se/a_(b)?c=1&d=2"),
            ],
        };
        var summary = SummaryCompiler.Compile(round, Answers(round, perQuestion: 2), Now);

        var file = NotesFiles.Build(summary, SampleRounds.Catalog, NoteKind.Word);

        Assert.Empty(NotesFileReader.WordErrors(file.Content));
        var paragraphs = NotesFileReader.TypedParagraphs(file.Content);
        Assert.Single(paragraphs, p => p.Text == ResultsHeading);
        var heading = paragraphs.FindIndex(p => p.Text == ResultsHeading);
        Assert.Equal("Heading1", paragraphs[heading].Style);
        Assert.True(heading > paragraphs.FindIndex(p => p.Text == Sv.Summaries.SummaryParticipation(summary.Participants, summary.AnswerCount, summary.Questions.Count)), "The results come after the participation.");
        Assert.True(heading < paragraphs.FindIndex(p => p.Text == Sv.Notes.NotesAnswersHeading), "The results come before the questions.");
        Assert.Equal(
            ["Vi har nått tre av fyra mål.", "Barnen har fått komma till tals i planeringen.", "Rapporten finns på intranätet.", "Slutrapporten", "Bilder (PDF)"],
            paragraphs.Skip(heading + 1).Take(5).Select(p => p.Text));
        foreach (var line in new[] { "Vi har nått tre av fyra mål.", "Barnen har fått komma till tals i planeringen.", "Rapporten finns på intranätet." })
        {
            Assert.Single(paragraphs, p => p.Text.Contains(line, StringComparison.Ordinal));
        }

        Assert.Equal(
            [("Slutrapporten", "https://kommunen.se/rapport.pdf"), ("Bilder (PDF)", "https://kommunen.se/a_(b)?c=1&d=2")],
            NotesFileReader.Hyperlinks(file.Content).Select(h => (h.Text, h.Target.AbsoluteUri)));
        Assert.All(NotesFileReader.Hyperlinks(file.Content), h => Assert.True(h.External && h.Target.Scheme == Uri.UriSchemeHttps));
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var links = document.MainDocumentPart!.Document!.Body!.Descendants<W.Hyperlink>().ToArray();
        Assert.All(links, l => Assert.Equal("Hyperlink", l.Descendants<W.RunStyle>().Single().Val!.Value));
        Assert.All(links, l => Assert.NotNull(((W.Paragraph)l.Parent!).ParagraphProperties!.NumberingProperties));
    }

    [Fact]
    public void HostileResultsAreShownAsTypedWithoutTheControlCharactersXmlCannotHold()
    {
        const string typed = "**Fetstil?** [Klicka här](https://evil.example) <script>alert('x')</script>\u0001 & <w:t>\tinte XML</w:t>\n# Ingen rubrik\u0007";
        var round = SampleRounds.Create() with
        {
            ResultsText = typed,
            ResultsLinks = [new ResultLink("<b>Rapport</b> *\u0002x*", "https://kommunen.se/rapport.pdf")],
        };
        var summary = SummaryCompiler.Compile(round, Answers(round, perQuestion: 1), Now);

        var file = NotesFiles.Build(summary, SampleRounds.Catalog, NoteKind.Word);

        Assert.Empty(NotesFileReader.WordErrors(file.Content));
        var paragraphs = NotesFileReader.TypedParagraphs(file.Content);
        var heading = paragraphs.FindIndex(p => p.Text == ResultsHeading);
        Assert.Equal(
            [(null, "**Fetstil?** [Klicka här](https://evil.example) <script>alert('x')</script> & <w:t>\tinte XML</w:t>"), (null, "# Ingen rubrik")],
            paragraphs.Skip(heading + 1).Take(2));
        var link = Assert.Single(NotesFileReader.Hyperlinks(file.Content));
        Assert.Equal("<b>Rapport</b> *x*", link.Text);
        Assert.Equal("https://kommunen.se/rapport.pdf", link.Target.AbsoluteUri);
    }

    [Fact]
    public void WithoutResultsThereIsNoResultsHeadingAndNoHyperlink()
    {
        var round = SampleRounds.Create();
        var summary = SummaryCompiler.Compile(round, Answers(round, perQuestion: 2), Now);

        var file = NotesFiles.Build(summary, SampleRounds.Catalog, NoteKind.Word);

        Assert.Empty(NotesFileReader.WordErrors(file.Content));
        Assert.DoesNotContain(NotesFileReader.Paragraphs(file.Content), p => p.Text == ResultsHeading);
        Assert.Empty(NotesFileReader.Hyperlinks(file.Content));
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        Assert.Empty(document.MainDocumentPart!.HyperlinkRelationships);
    }

    [Fact]
    public void TheDocumentEndsWithTheNextMomentAfterThePreparationAndSaysNothingWithoutOne()
    {
        foreach (var (language, heading, next, description) in new[]
        {
            (Language.Swedish, "Förbered dig inför mötet med arbetsgruppen", "Nästa moment: Utvärdera Barnrättsresan som process i arbetsgruppen", "Arbetsgruppen träffas en sista gång och utvärderar resan tillsammans. Ta med anteckningarna från kollegorna."),
            (Language.English, "Prepare for the meeting with the working group", "Next moment: Evaluate Barnrättsresan as a process in the working group", "The working group meets one last time and evaluates the journey together. Bring the notes from your colleagues."),
        })
        {
            var round = SampleRounds.Create(language: language);
            var summary = SummaryCompiler.Compile(round, Answers(round, perQuestion: 1), Now);

            var file = NotesFiles.Build(summary, SampleRounds.Catalog, NoteKind.Word);

            Assert.Empty(NotesFileReader.WordErrors(file.Content));
            var paragraphs = NotesFileReader.Paragraphs(file.Content);
            var preparation = paragraphs.FindIndex(p => p.Style == "Heading1" && p.Text == heading);
            Assert.True(preparation > 0, "The preparation heading is missing.");
            Assert.Equal([("Heading1", next), (null, description)], paragraphs.TakeLast(2));
            Assert.Equal(paragraphs.Count - 2, paragraphs.FindIndex(p => p.Text == next));
            Assert.True(paragraphs.Count - 2 > preparation + 1, "The next moment comes after the preparation guidance.");
        }

        // A round of a moment the catalog does not know (a set of the municipality's own) has no next moment to name.
        var own = SampleRounds.Create() with { MomentId = "9Z" };
        var ownFile = NotesFiles.Build(SummaryCompiler.Compile(own, Answers(own, perQuestion: 1), Now), SampleRounds.Catalog, NoteKind.Word);
        Assert.Empty(NotesFileReader.WordErrors(ownFile.Content));
        Assert.DoesNotContain(NotesFileReader.Paragraphs(ownFile.Content), p => p.Text.StartsWith("Nästa moment", StringComparison.Ordinal));
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
