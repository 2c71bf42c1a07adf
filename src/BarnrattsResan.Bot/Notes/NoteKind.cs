namespace BarnrattsResan.Bot.Notes;

/// <summary>The files the meeting notes come as.</summary>
internal enum NoteKind
{
    /// <summary>A Word document: the summary to read, edit, print and file.</summary>
    Word,

    /// <summary>An Excel workbook: one row per answer, to sort and count.</summary>
    Excel,
}

internal static class NoteKinds
{
    public static string Extension(this NoteKind kind) => kind == NoteKind.Excel ? "xlsx" : "docx";

    public static string MediaType(this NoteKind kind) => kind == NoteKind.Excel
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Parses the kind as it travels in card data and consent contexts ("word", "excel").</summary>
    public static NoteKind? Parse(string? value) => value?.ToLowerInvariant() switch
    {
        "word" => NoteKind.Word,
        "excel" => NoteKind.Excel,
        _ => null,
    };

    public static string Code(this NoteKind kind) => kind == NoteKind.Excel ? "excel" : "word";
}
