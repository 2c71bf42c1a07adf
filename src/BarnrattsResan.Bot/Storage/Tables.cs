using Azure.Data.Tables;

namespace BarnrattsResan.Bot.Storage;

/// <summary>The bot's table clients.</summary>
internal sealed class Tables(TableServiceClient service, TableNames names)
{
    public TableClient Rounds { get; } = service.GetTableClient(names.Rounds);

    public TableClient Answers { get; } = service.GetTableClient(names.Answers);

    public TableClient Jobs { get; } = service.GetTableClient(names.Jobs);

    public TableClient Conversations { get; } = service.GetTableClient(names.Conversations);

    public TableClient Outbox { get; } = service.GetTableClient(names.Outbox);

    /// <summary>Reminders: opt-outs, the time zones of people in other zones, the facilitator's last reminder (see <c>Planning/</c>).</summary>
    public TableClient Reminders { get; } = service.GetTableClient(names.Reminders);

    public TableClient NoteOffers { get; } = service.GetTableClient(names.NoteOffers);

    public IEnumerable<TableClient> All => [Rounds, Answers, Jobs, Conversations, Outbox, Reminders, NoteOffers];
}
