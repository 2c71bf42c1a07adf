using BarnrattsResan.Bot.Localization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BarnrattsResan.Bot.Notes;

/// <summary>
/// The meeting notes as a Word document: a title block, the participation figures, each question as a real
/// Heading 2 under a Heading 1 with its answers as a real numbered list (so Word's navigation pane and screen readers
/// work), and what to bring to the meeting. The language is the round's; page numbers are in the footer.
/// </summary>
public static class NotesWordDocument
{
    private const string Font = "Calibri";
    private const int AnswerListAbstractId = 1;

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

            body.Append(Paragraph("Heading1", t.NotesAnswersHeading));
            foreach (var question in content.Questions)
            {
                body.Append(Paragraph("Heading2", $"{question.Number}. {question.Text}"));
                body.Append(Paragraph(null, t.SummaryQuestionCount(question.Answers.Count)));
                if (question.Answers.Count == 0)
                {
                    body.Append(Paragraph(null, t.SummaryNoAnswers));
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

            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = Footer(t);
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1417, Right = 1417U, Bottom = 1417, Left = 1417U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document = new Document(body);

            var properties = document.PackageProperties;
            properties.Title = NoteText.ForXml(content.Title);
            properties.Creator = t.NotesAuthor;
            properties.Language = content.LanguageTag;
            properties.Created = content.CompiledAtInstant.UtcDateTime;
            properties.Modified = content.CompiledAtInstant.UtcDateTime;
        }

        return stream.ToArray();
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
        new Run(new Text(t.NotesPage + " ") { Space = SpaceProcessingModeValues.Preserve }),
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
        { Type = StyleValues.Paragraph, StyleId = "Footer" });

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
