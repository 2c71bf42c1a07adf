using System.Globalization;
using BarnrattsResan.Bot.Localization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BarnrattsResan.Bot.Notes;

/// <summary>
/// The answers as an Excel workbook, for sorting and counting: a header row (frozen, with a filter), then one row
/// per answer: the question's number, the question, the answer, and the name in a named round.
/// </summary>
internal static class NotesWorkbook
{
    private const uint HeaderStyle = 1;
    private const uint WrapStyle = 2;

    public static byte[] Build(NotesContent content)
    {
        var t = content.Language.Texts();
        var named = !content.Anonymous;
        var columns = named ? 4 : 3;
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = workbook.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

            var data = new SheetData();
            var header = new List<string> { t.Notes.NotesColumnNumber, t.Notes.NotesColumnQuestion, t.Notes.NotesColumnAnswer };
            if (named) header.Add(t.Notes.NotesColumnName);
            data.Append(Row(1, header.Select(h => Cell(h, HeaderStyle)).ToArray()));
            uint rowIndex = 1;
            foreach (var question in content.Questions)
            {
                foreach (var answer in question.Answers)
                {
                    rowIndex++;
                    var cells = new List<Cell>
                    {
                        new() { DataType = CellValues.Number, CellValue = new CellValue(question.Number.ToString(CultureInfo.InvariantCulture)) },
                        Cell(question.Text, WrapStyle),
                        Cell(answer.Text, WrapStyle),
                    };
                    if (named) cells.Add(Cell(answer.Name ?? string.Empty, 0));
                    data.Append(Row(rowIndex, cells.ToArray()));
                }
            }

            var lastColumn = (char)('A' + columns - 1);
            var range = $"A1:{lastColumn}{rowIndex.ToString(CultureInfo.InvariantCulture)}";
            var widths = new[] { 10D, 45D, 80D, 28D };
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                    new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
                { TabSelected = true, WorkbookViewId = 0U }),
                new Columns(Enumerable.Range(0, columns).Select(i => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true })),
                data,
                new AutoFilter { Reference = range });

            var sheetName = t.Notes.NotesSheetName;
            workbookPart.Workbook = new Workbook(
                new Sheets(new Sheet { Name = sheetName, SheetId = 1U, Id = workbookPart.GetIdOfPart(sheetPart) }),
                new DefinedNames(new DefinedName($"'{sheetName}'!$A$1:${lastColumn}${rowIndex.ToString(CultureInfo.InvariantCulture)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0U, Hidden = true }));

            NoteProperties.Apply(workbook, content, t);
        }

        return stream.ToArray();
    }

    private static Row Row(uint index, Cell[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].CellReference = $"{(char)('A' + i)}{index.ToString(CultureInfo.InvariantCulture)}";
        }

        return new Row(cells) { RowIndex = index };
    }

    /// <summary>A text cell with its text inline (no shared-string table to keep in step).</summary>
    private static Cell Cell(string text, uint style)
    {
        var value = NoteText.ForXml(text).Replace("\r\n", "\n");
        var cell = new Cell(new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString };
        if (style != 0) cell.StyleIndex = style;
        return cell;
    }

    /// <summary>Three cell formats: the default, the bold header, and wrapped text aligned to the top.</summary>
    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11D }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11D }, new FontName { Val = "Calibri" }))
        { Count = 2U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 0U, FontId = 1U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyFont = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true })
        { Count = 3U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
}
