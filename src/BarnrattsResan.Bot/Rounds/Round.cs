using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Rounds;

internal enum RoundMode
{
    /// <summary>Every question is posted at once and stays open until the summary is due.</summary>
    AllAtOnce,

    /// <summary>One question at a time; the facilitator advances.</summary>
    Live,
}

internal enum RoundState
{
    Open,
    Closed,
}

/// <summary>A question as the round asked it, kept with the round so that later changes to the data files do not alter it.</summary>
internal sealed record RoundQuestion(string Id, string SetId, LocalizedText Text)
{
    public const string OwnSetId = "egna";

    public bool IsOwn => SetId == OwnSetId;

    /// <summary>The question for a card's Markdown: the facilitator's own questions shown as typed, the catalogue's as written.</summary>
    public string Markdown(Localization.Language language) => IsOwn ? Cards.AdaptiveCard.TypedLine(Text.In(language)) : Text.In(language);
}

/// <summary>The messages the bot has posted for a round, so that publishing can resume after a failure without posting twice.</summary>
internal sealed record RoundPosts(string? IntroductionId, IReadOnlyDictionary<string, string> QuestionMessageIds)
{
    public static RoundPosts None { get; } = new(null, new Dictionary<string, string>());

    public RoundPosts WithQuestion(string questionId, string activityId) =>
        this with { QuestionMessageIds = new Dictionary<string, string>(QuestionMessageIds) { [questionId] = activityId } };
}

/// <summary>When the summary that fell due was handed to the outbox (which delivers each part exactly once).</summary>
internal sealed record SummaryDelivery(DateTimeOffset? CompletedAt)
{
    public static SummaryDelivery None { get; } = new((DateTimeOffset?)null);
}

/// <summary>
/// A discussion round: the state machine a facilitator steers and colleagues answer in. It is persisted as one
/// table entity; every change is a new value saved with the entity's ETag, so any instance can continue it.
/// </summary>
internal sealed record Round
{
    public required ConversationKey ConversationKey { get; init; }

    public required string Id { get; init; }

    public required string Title { get; init; }

    public required Language Language { get; init; }

    public required string TimeZoneId { get; init; }

    public required Person Facilitator { get; init; }

    public IReadOnlyList<Person> CoFacilitators { get; init; } = [];

    public IReadOnlyList<Person> GroupLeads { get; init; } = [];

    public bool Anonymous { get; init; }

    public bool ShowOthersAnswers { get; init; }

    public RoundMode Mode { get; init; }

    public required IReadOnlyList<RoundQuestion> Questions { get; init; }

    public required string MomentId { get; init; }

    public required DateTimeOffset MeetingAt { get; init; }

    public required DateTimeOffset SummaryDueAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public RoundState State { get; init; } = RoundState.Open;

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>In live mode, the index of the question now open for answers; earlier questions stay answerable.</summary>
    public int CurrentQuestionIndex { get; init; }

    public required ConversationAddress Thread { get; init; }

    public RoundPosts Posts { get; init; } = RoundPosts.None;

    public SummaryDelivery Delivery { get; init; } = SummaryDelivery.None;

    /// <summary>
    /// A per-round random value: answers are keyed by a hash of the person and this salt, never by the person.
    /// Erased when an anonymous round closes for its summary (see <see cref="CloseForSummary"/>). Keys also need
    /// the secret <c>Privacy:AnonymityKey</c>, which is not in the tables (see <c>Answers/ParticipantKeys</c>).
    /// </summary>
    public required string AnonymitySalt { get; init; }

    /// <summary>
    /// Everyone the refresh of the round's cards is for (at most 60, Teams' limit); empty for larger conversations
    /// and for anonymous rounds, which keep no member list (their cards refresh with the "Uppdatera" button).
    /// </summary>
    public IReadOnlyList<string> RefreshUserIds { get; init; } = [];

    /// <summary>When the retention sweep erases the round and its answers (the meeting plus <c>Privacy:RetentionDays</c>); null for rounds made before retention existed.</summary>
    public DateTimeOffset? RetainUntil { get; init; }

    /// <summary>The storage version this value was read at; saving fails if someone else saved in between.</summary>
    public string? ETag { get; init; }

    // Planning (see Planning/): a scheduled start and reminders.

    /// <summary>When the round's introduction and questions are posted, if the facilitator planned it ahead; null: at once.</summary>
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>Whether colleagues who have not answered every question are reminded (rounds made before reminders existed: no).</summary>
    public bool Reminders { get; init; }

    /// <summary>A planned round whose questions have not been posted yet.</summary>
    public bool IsPlanned(DateTimeOffset now) => StartsAt is { } start && start > now && Posts.IntroductionId is null;
    /// <summary>The facilitator's presentation of the results, as typed (plain text, empty when none): shown before the questions and in the summary.</summary>
    public string ResultsText { get; init; } = string.Empty;

    /// <summary>Up to three links to the working group's material, each a title and an https address.</summary>
    public IReadOnlyList<ResultLink> ResultsLinks { get; init; } = [];

    /// <summary>How many times the results were corrected after the round started: names the update of the posted introduction.</summary>
    public int ResultsRevision { get; init; }

    public ResultsPresentation Results => new(ResultsText, ResultsLinks);

    public TimeZoneInfo TimeZone => UserTime.FindZone(TimeZoneId);

    public bool IsOpen => State == RoundState.Open;

    public bool CanBeSteeredBy(string personId) =>
        Facilitator.Id == personId || CoFacilitators.Any(c => c.Id == personId);

    public RoundQuestion? FindQuestion(string questionId) => Questions.FirstOrDefault(q => q.Id == questionId);

    /// <summary>The questions colleagues can see now: all of them, or in live mode those up to the current one.</summary>
    public IEnumerable<RoundQuestion> VisibleQuestions =>
        Mode == RoundMode.Live ? Questions.Take(CurrentQuestionIndex + 1) : Questions;

    public bool IsQuestionAnswerable(string questionId) => IsOpen && VisibleQuestions.Any(q => q.Id == questionId);

    public bool HasNextQuestion => Mode == RoundMode.Live && CurrentQuestionIndex < Questions.Count - 1;

    public RoundQuestion? CurrentQuestion => Mode == RoundMode.Live ? Questions[CurrentQuestionIndex] : null;

    public RoundTransition Advance()
    {
        if (!IsOpen) return RoundTransition.Refused(RoundRefusal.Closed);
        if (Mode != RoundMode.Live) return RoundTransition.Refused(RoundRefusal.NotLive);
        if (!HasNextQuestion) return RoundTransition.Refused(RoundRefusal.NoMoreQuestions);
        return RoundTransition.To(this with { CurrentQuestionIndex = CurrentQuestionIndex + 1 });
    }

    public RoundTransition Close(DateTimeOffset now) =>
        IsOpen ? RoundTransition.To(this with { State = RoundState.Closed, ClosedAt = now }) : RoundTransition.Refused(RoundRefusal.AlreadyClosed);

    /// <summary>
    /// The summary fell due: the round closes and, if anonymous, is sealed in the same change (saved with one
    /// ETag), so a reopen racing the scheduler can never land between the two. A closed anonymous round that
    /// is not sealed yet is sealed; anything else is already as the summary needs it.
    /// </summary>
    public RoundTransition CloseForSummary(DateTimeOffset now)
    {
        if (IsOpen) return RoundTransition.To((this with { State = RoundState.Closed, ClosedAt = now }).SealAnonymity());
        return Anonymous && !IsSealed ? RoundTransition.To(SealAnonymity()) : RoundTransition.Refused(RoundRefusal.AlreadyClosed);
    }

    /// <summary>An anonymous round whose summary fell due is sealed: its salt is gone, so nobody's answer can be linked to them again.</summary>
    public bool IsSealed => Anonymous && string.IsNullOrEmpty(AnonymitySalt);

    public RoundTransition Reopen() =>
        IsOpen ? RoundTransition.Refused(RoundRefusal.AlreadyOpen)
        : IsSealed ? RoundTransition.Refused(RoundRefusal.AnonymousSealed)
        : RoundTransition.To(this with { State = RoundState.Open, ClosedAt = null });

    /// <summary>Seals an anonymous round: the salt that links answers to people is erased.</summary>
    public Round SealAnonymity() => Anonymous ? this with { AnonymitySalt = string.Empty } : this;
}

internal enum RoundRefusal
{
    None,
    Closed,
    AlreadyClosed,
    AlreadyOpen,
    NotLive,
    NoMoreQuestions,
    AnonymousSealed,
    Planned,
}

/// <summary>The result of asking a round to change state: the new round, or why it cannot.</summary>
internal readonly record struct RoundTransition(Round? Round, RoundRefusal Refusal)
{
    public bool Succeeded => Round is not null;

    public static RoundTransition To(Round round) => new(round, RoundRefusal.None);

    public static RoundTransition Refused(RoundRefusal refusal) => new(null, refusal);
}
