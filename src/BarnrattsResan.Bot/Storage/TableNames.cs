namespace BarnrattsResan.Bot.Storage;

/// <summary>The tables the bot keeps its data in.</summary>
internal sealed class TableNames(string prefix)
{
    public string Rounds => prefix + "Rounds";

    public string Answers => prefix + "Answers";

    public string Jobs => prefix + "Jobs";

    public string Conversations => prefix + "Conversations";

    public string Outbox => prefix + "Outbox";

    public string Reminders => prefix + "Reminders";

    public string NoteOffers => prefix + "NoteOffers";

    public IEnumerable<string> All => [Rounds, Answers, Jobs, Conversations, Outbox, Reminders, NoteOffers];
}
