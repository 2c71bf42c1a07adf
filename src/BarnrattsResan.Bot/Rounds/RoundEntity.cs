using Azure;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Rounds;

/// <summary>How a round is stored: table Rounds, partition = the conversation, row = the round id.</summary>
internal sealed class RoundEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Title { get; set; } = string.Empty;
    public string Language { get; set; } = string.Empty;
    public string TimeZoneId { get; set; } = string.Empty;
    public string Facilitator { get; set; } = string.Empty;
    public string CoFacilitators { get; set; } = string.Empty;
    public string GroupLeads { get; set; } = string.Empty;
    public bool Anonymous { get; set; }
    public bool ShowOthersAnswers { get; set; }
    public string Mode { get; set; } = string.Empty;
    public string Questions { get; set; } = string.Empty;
    public string MomentId { get; set; } = string.Empty;
    public DateTimeOffset MeetingAt { get; set; }
    public DateTimeOffset SummaryDueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string State { get; set; } = string.Empty;
    public DateTimeOffset? ClosedAt { get; set; }
    public int CurrentQuestionIndex { get; set; }
    public string Thread { get; set; } = string.Empty;
    public string Posts { get; set; } = string.Empty;
    public string Delivery { get; set; } = string.Empty;
    public string AnonymitySalt { get; set; } = string.Empty;
    public string RefreshUserIds { get; set; } = string.Empty;
    public DateTimeOffset? RetainUntil { get; set; }
    public DateTimeOffset? StartsAt { get; set; }
    public bool Reminders { get; set; }
    public string ResultsText { get; set; } = string.Empty;
    public string ResultsLinks { get; set; } = string.Empty;
    public int ResultsRevision { get; set; }

    public static RoundEntity From(Round round) => new()
    {
        PartitionKey = round.ConversationKey.Value,
        RowKey = round.Id,
        ETag = round.ETag is null ? default : new ETag(round.ETag),
        Title = round.Title,
        Language = round.Language.ToString(),
        TimeZoneId = round.TimeZoneId,
        Facilitator = StoredJson.Write(round.Facilitator),
        CoFacilitators = StoredJson.Write(round.CoFacilitators),
        GroupLeads = StoredJson.Write(round.GroupLeads),
        Anonymous = round.Anonymous,
        ShowOthersAnswers = round.ShowOthersAnswers,
        Mode = round.Mode.ToString(),
        Questions = StoredJson.Write(round.Questions),
        MomentId = round.MomentId,
        MeetingAt = round.MeetingAt,
        SummaryDueAt = round.SummaryDueAt,
        CreatedAt = round.CreatedAt,
        State = round.State.ToString(),
        ClosedAt = round.ClosedAt,
        CurrentQuestionIndex = round.CurrentQuestionIndex,
        Thread = StoredJson.Write(round.Thread),
        Posts = StoredJson.Write(round.Posts),
        Delivery = StoredJson.Write(round.Delivery),
        AnonymitySalt = round.AnonymitySalt,
        RefreshUserIds = StoredJson.Write(round.RefreshUserIds),
        RetainUntil = round.RetainUntil,
        StartsAt = round.StartsAt,
        Reminders = round.Reminders,
        ResultsText = round.ResultsText,
        ResultsLinks = StoredJson.Write(round.ResultsLinks),
        ResultsRevision = round.ResultsRevision,
    };

    /// <summary>The round this row holds; a value that cannot be read throws (read it with <see cref="RoundStore.Read"/>, which names the row).</summary>
    public Round ToRound() => new()
    {
        ConversationKey = ConversationKey.FromStored(PartitionKey),
        Id = RowKey,
        ETag = ETag.ToString(),
        Title = Title,
        Language = StoredRow.Enum<Language>(Language),
        TimeZoneId = TimeZoneId,
        Facilitator = StoredJson.Read<Person>(Facilitator, new Person(string.Empty, string.Empty)),
        CoFacilitators = StoredJson.Read<Person[]>(CoFacilitators, []),
        GroupLeads = StoredJson.Read<Person[]>(GroupLeads, []),
        Anonymous = Anonymous,
        ShowOthersAnswers = ShowOthersAnswers,
        Mode = StoredRow.Enum<RoundMode>(Mode),
        Questions = StoredJson.Read<RoundQuestion[]>(Questions, []),
        MomentId = MomentId,
        MeetingAt = MeetingAt,
        SummaryDueAt = SummaryDueAt,
        CreatedAt = CreatedAt,
        State = StoredRow.Enum<RoundState>(State),
        ClosedAt = ClosedAt,
        CurrentQuestionIndex = CurrentQuestionIndex,
        Thread = StoredJson.Read<ConversationAddress?>(Thread, null) ?? throw new StoredValueException("A round has no thread address."),
        Posts = StoredJson.Read(Posts, RoundPosts.None),
        Delivery = StoredJson.Read(Delivery, SummaryDelivery.None),
        AnonymitySalt = AnonymitySalt,
        RefreshUserIds = StoredJson.Read<string[]>(RefreshUserIds, []),
        RetainUntil = RetainUntil,
        StartsAt = StartsAt,
        Reminders = Reminders,
        ResultsText = ResultsText,
        ResultsLinks = StoredJson.Read<ResultLink[]>(ResultsLinks, []),
        ResultsRevision = ResultsRevision,
    };
}
