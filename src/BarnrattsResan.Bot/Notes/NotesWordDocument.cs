using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Summaries;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BarnrattsResan.Bot.Notes;

/// <summary>
/// The meeting notes as a Word document: a title block, the participation figures, each question as a real
/// Heading 2 under a Heading 1 with its answers as a real numbered list (so Word's navigation pane and screen readers
/// work), and what to bring to the meeting. The results the facilitator presented come before the questions (the text
/// as typed, the links as real hyperlinks) and the next moment at the end. The language is the round's; page numbers
/// are in the footer.
/// </summary>
internal static class NotesWordDocument
{
    private const string Font = "Calibri";
    private const int AnswerListAbstractId = 1;
    private const int LinkListAbstractId = 2;

    /// <summary>The links' bulleted list; the questions' lists are numbered 1, 2, … after their question, far below this.</summary>
    private const int LinkListNumberId = 10000;

    public static byte[] Build(NotesContent content)
    {
        var t = content.Language.Texts();
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(content.LanguageTag);
            var numbering = new Numbering(AnswerList());
            var body = new Body();

            body.Append(Paragraph("Subtitle", "Barnrättsresan"));
            body.Append(Paragraph("Title", content.Title));
            if (content.Step is not null) body.Append(Paragraph(null, content.Step));
            foreach (var fact in content.Facts)
            {
                body.Append(new Paragraph(
                    new Run(new RunProperties(new Bold()), new Text(NoteText.ForXml(fact.Label) + ": ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new Text(NoteText.ForXml(fact.Value)))));
            }

            body.Append(Paragraph(null, content.CompiledAt));
            body.Append(new Paragraph(new Run(new RunProperties(new Bold()), new Text(NoteText.ForXml(content.Participation)))));
            if (content.AnonymousNote is not null) body.Append(Paragraph(null, content.AnonymousNote));
            if (content.Results is { } results) AppendResults(body, main, numbering, results);

            body.Append(Paragraph("Heading1", t.Notes.NotesAnswersHeading));
            foreach (var question in content.Questions)
            {
                body.Append(Paragraph("Heading2", $"{question.Number}. {question.Text}"));
                body.Append(Paragraph(null, t.Answers.QuestionAnswerCount(question.Answers.Count)));
                if (question.Answers.Count == 0)
                {
                    body.Append(Paragraph(null, t.Summaries.SummaryNoAnswers));
                    continue;
                }

                // Each question's list starts at 1: its own numbering instance of the one list definition.
                var numberId = question.Number;
                numbering.Append(new NumberingInstance(
                    new AbstractNumId { Val = AnswerListAbstractId },
                    new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
                { NumberID = numberId });
                foreach (var answer in question.Answers)
                {
                    body.Append(AnswerItem(answer, numberId));
                }
            }

            if (content.PreparationTitle is not null)
            {
                body.Append(Paragraph("Heading1", content.PreparationTitle));
                foreach (var line in NoteText.Lines(content.PreparationText ?? string.Empty).Where(l => l.Trim().Length > 0))
                {
                    body.Append(Paragraph(null, line));
                }
            }

            if (content.Next is { } next)
            {
                body.Append(Paragraph("Heading1", next.Title));
                body.Append(Paragraph(null, next.Description));
            }

            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = Footer(t);
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1417, Right = 1417U, Bottom = 1417, Left = 1417U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document = new Document(body);

            NoteProperties.Apply(document, content, t);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The results as presented: a Heading 1, the text as typed with a paragraph per line (blank lines only separate
    /// paragraphs, as Word's spacing does), then each link as a bulleted hyperlink whose visible text is its title.
    /// </summary>
    private static void AppendResults(Body body, MainDocumentPart main, Numbering numbering, NoteResults results)
    {
        body.Append(Paragraph("Heading1", results.Heading));
        foreach (var line in NoteText.Lines(results.Text).Where(l => l.Trim().Length > 0))
        {
            body.Append(TypedParagraph(line));
        }

        if (results.Links.Count == 0) return;
        // Called before any question's list: every list definition must come before the first list instance.
        numbering.Append(LinkList());
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = LinkListAbstractId }) { NumberID = LinkListNumberId });
        foreach (var link in results.Links)
        {
            var paragraph = new Paragraph(new ParagraphProperties(
                new ParagraphStyleId { Val = "ListParagraph" },
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = LinkListNumberId })));
            var title = new Run(new Text(NoteText.ForXml(link.Title)) { Space = SpaceProcessingModeValues.Preserve });
            if (Uri.TryCreate(link.Url, UriKind.Absolute, out var address) && address.Scheme == Uri.UriSchemeHttps)
            {
                title.PrependChild(new RunProperties(new RunStyle { Val = "Hyperlink" }));
                var relationship = main.AddHyperlinkRelationship(address, isExternal: true);
                paragraph.Append(new Hyperlink(title) { Id = relationship.Id, History = true });
            }
            else
            {
                // Never expected (the address was checked when typed); the title is still shown, without a link.
                paragraph.Append(title);
            }

            body.Append(paragraph);
        }
    }

    /// <summary>One line of typed text as a paragraph: the characters as typed, tabs as Word tabs.</summary>
    private static Paragraph TypedParagraph(string line)
    {
        var run = new Run();
        var parts = line.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) run.Append(new TabChar());
            if (parts[i].Length > 0) run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new Paragraph(run);
    }

    /// <summary>One answer as a list item: the name in bold on its own line (named rounds), then the text with its own line breaks.</summary>
    private static Paragraph AnswerItem(NoteAnswer answer, int numberId)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = "ListParagraph" },
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberId })));
        if (answer.Name is not null)
        {
            paragraph.Append(new Run(new RunProperties(new Bold()), new Text(NoteText.ForXml(answer.Name)) { Space = SpaceProcessingModeValues.Preserve }, new Break()));
        }

        var run = new Run();
        var lines = NoteText.Lines(answer.Text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            var parts = lines[i].Split('\t');
            for (var j = 0; j < parts.Length; j++)
            {
                if (j > 0) run.Append(new TabChar());
                if (parts[j].Length > 0) run.Append(new Text(parts[j]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        paragraph.Append(run);
        return paragraph;
    }

    private static Paragraph Paragraph(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(new Text(NoteText.ForXml(text)) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    /// <summary>"Sida 3 av 7" centred in the footer, with Word's PAGE and NUMPAGES fields.</summary>
    private static Footer Footer(Texts t) => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }),
        new Run(new Text(t.Notes.NotesPage + " ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
        new Run(new Text(" / ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));

    /// <summary>A numbered list ("1.", "2.", …) with a hanging indent.</summary>
    private static AbstractNum AnswerList() => new(
        new MultiLevelType { Val = MultiLevelValues.SingleLevel },
        new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.Decimal },
            new LevelText { Val = "%1." },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
        { LevelIndex = 0 })
    { AbstractNumberId = AnswerListAbstractId };

    /// <summary>A bulleted list ("•") with a hanging indent, for the results' links.</summary>
    private static AbstractNum LinkList() => new(
        new MultiLevelType { Val = MultiLevelValues.SingleLevel },
        new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.Bullet },
            new LevelText { Val = "\u2022" },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
        { LevelIndex = 0 })
    { AbstractNumberId = LinkListAbstractId };

    /// <summary>A readable default (Calibri 11 pt, 1.15 line spacing, space after paragraphs) and the styles the document uses.</summary>
    private static Styles Styles(string languageTag) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new DocumentFormat.OpenXml.Wordprocessing.Languages { Val = languageTag, EastAsia = languageTag })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "160", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        HeadingStyle("Title", "Title", 1, "48", null, spaceBefore: "0"),
        new Style(
            new StyleName { Val = "Subtitle" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = 11 },
            new PrimaryStyle(),
            new StyleRunProperties(new Color { Val = "2F5496" }, new FontSize { Val = "24" }))
        { Type = StyleValues.Paragraph, StyleId = "Subtitle" },
        HeadingStyle("Heading1", "heading 1", 9, "32", 0),
        HeadingStyle("Heading2", "heading 2", 9, "26", 1),
        new Style(
            new StyleName { Val = "List Paragraph" },
            new BasedOn { Val = "Normal" },
            new UIPriority { Val = 34 },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }, new Indentation { Left = "720" }))
        { Type = StyleValues.Paragraph, StyleId = "ListParagraph" },
        new Style(
            new StyleName { Val = "footer" },
            new BasedOn { Val = "Normal" },
            new UIPriority { Val = 99 },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(new FontSize { Val = "18" }))
        { Type = StyleValues.Paragraph, StyleId = "Footer" },
        new Style(
            new StyleName { Val = "Hyperlink" },
            new UIPriority { Val = 99 },
            new StyleRunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }))
        { Type = StyleValues.Character, StyleId = "Hyperlink" });

    private static Style HeadingStyle(string id, string name, int priority, string size, int? outlineLevel, string spaceBefore = "360")
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = spaceBefore, After = "120" });
        if (outlineLevel is { } level) paragraph.Append(new OutlineLevel { Val = level });
        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = priority },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new Color { Val = id == "Title" ? "1F3864" : "2F5496" }, new FontSize { Val = size }, new FontSizeComplexScript { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
