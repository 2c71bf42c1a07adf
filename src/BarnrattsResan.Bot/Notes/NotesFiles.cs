using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;

namespace BarnrattsResan.Bot.Notes;

/// <summary>Builds a round's notes file from storage, every time it is needed: the file itself is never stored.</summary>
internal sealed class NotesFiles(AnswerStore answers, QuestionCatalog catalog, TimeProvider time, ILogger<NotesFiles> logger)
{
    public async Task<NoteFile> BuildAsync(Round round, NoteKind kind, CancellationToken cancellationToken)
    {
        // As the summary: made with the answers that can be read, saying how many could not (each logged by its keys).
        var all = await answers.ReadAllAsync(round.Id, cancellationToken);
        foreach (var unreadable in all.Unreadable)
        {
            logger.StoredRowUnreadableLeftOut(unreadable.Table, unreadable.PartitionKey, unreadable.RowKey, "the notes file");
        }

        return Build(SummaryCompiler.Compile(round, all.Answers, time.GetUtcNow(), all.Unreadable.Count), catalog, kind);
    }

    public static NoteFile Build(CompiledSummary summary, QuestionCatalog catalog, NoteKind kind)
    {
        var content = NotesContent.From(summary, catalog);
        var bytes = kind == NoteKind.Excel ? NotesWorkbook.Build(content) : NotesWordDocument.Build(content);
        return new NoteFile(FileName(summary.Round, kind), kind, bytes);
    }

    public static string FileName(Round round, NoteKind kind) =>
        NoteText.FileName(round.Language.Texts().Notes.NotesFileName(round.Title), kind);
}
