using BarnrattsResan.Bot.Localization;
using DocumentFormat.OpenXml.Packaging;

namespace BarnrattsResan.Bot.Notes;

/// <summary>What both files say about themselves (title, author, language, when): the same for the Word document and the workbook.</summary>
internal static class NoteProperties
{
    public static void Apply(OpenXmlPackage package, NotesContent content, Texts t)
    {
        var properties = package.PackageProperties;
        properties.Title = NoteText.ForXml(content.Title);
        properties.Creator = t.Notes.NotesAuthor;
        properties.Language = content.LanguageTag;
        properties.Created = content.CompiledAtInstant.UtcDateTime;
        properties.Modified = content.CompiledAtInstant.UtcDateTime;
    }
}
