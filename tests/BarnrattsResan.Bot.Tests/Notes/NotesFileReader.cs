using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BarnrattsResan.Bot.Tests.Notes;

/// <summary>One answer as read back from a Word document: the bold name line (if any) and the text.</summary>
public sealed record ReadAnswer(string? Name, string Text);

/// <summary>One question as read back: its heading and the list items under it.</summary>
public sealed record ReadQuestion(string Heading, List<ReadAnswer> Answers);

/// <summary>Reads the bot's Word and Excel files back the way Word and Excel see them (styles, lists, cells), and validates them.</summary>
public static class NotesFileReader
{
    /// <summary>The Open XML SDK validator's errors (Office 2019 rules); empty when the file is valid.</summary>
    public static IReadOnlyList<string> WordErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToArray();
    }

    public static IReadOnlyList<string> ExcelErrors(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToArray();
    }

    /// <summary>The questions (Heading 2 paragraphs) in order, each with the numbered list items that follow it.</summary>
    public static List<ReadQuestion> Questions(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var questions = new List<ReadQuestion>();
        foreach (var paragraph in document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>())
        {
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            if (style == "Heading2")
            {
                questions.Add(new ReadQuestion(paragraph.InnerText, []));
            }
            else if (paragraph.ParagraphProperties?.NumberingProperties is not null)
            {
                Assert.NotEmpty(questions);
                string? name = null;
                var text = new System.Text.StringBuilder();
                foreach (var run in paragraph.Elements<W.Run>())
                {
                    if (run.RunProperties?.Bold is not null)
                    {
                        name = string.Concat(run.Elements<W.Text>().Select(t => t.Text));
                        continue;
                    }

                    foreach (var element in run.ChildElements)
                    {
                        text.Append(element switch
                        {
                            W.Text t => t.Text,
                            W.Break => "\n",
                            W.TabChar => "\t",
                            _ => string.Empty,
                        });
                    }
                }

                questions[^1].Answers.Add(new ReadAnswer(name, text.ToString()));
            }
        }

        return questions;
    }

    /// <summary>Every paragraph's text with its style, in order.</summary>
    public static List<(string? Style, string Text)> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText))
            .ToList();
    }

    /// <summary>Every paragraph's text as Word shows it (tabs and line breaks included) with its style, in order.</summary>
    public static List<(string? Style, string Text)> TypedParagraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, string.Concat(p.Descendants().Select(e => e switch
            {
                W.Text t => t.Text,
                W.Break => "\n",
                W.TabChar => "\t",
                _ => string.Empty,
            }))))
            .ToList();
    }

    /// <summary>Every hyperlink in the body: its visible text, its relationship's target and whether that target is outside the file.</summary>
    public static List<(string Text, Uri Target, bool External)> Hyperlinks(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        return main.Document!.Body!.Descendants<W.Hyperlink>()
            .Select(h =>
            {
                var relationship = main.HyperlinkRelationships.Single(r => r.Id == h.Id!.Value);
                return (h.InnerText, relationship.Uri, relationship.IsExternal);
            })
            .ToList();
    }

    /// <summary>The first sheet's rows as text, header first.</summary>
    public static List<string[]> Rows(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().First();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return part.Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? string.Empty).ToArray())
            .ToList();
    }
}
