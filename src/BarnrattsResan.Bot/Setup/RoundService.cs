using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Privacy;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Summaries;

namespace BarnrattsResan.Bot.Setup;

/// <summary>Creating rounds and steering them: advance, close, reopen. Only the facilitator and co-facilitators may steer.</summary>
internal sealed class RoundService(RoundStore rounds, SummaryJobStore jobs, RoundPublisher publisher, RoundRetention retention, Planning.RoundJobStore plannedJobs, TimeProvider time, ILogger<RoundService> logger)
{
    /// <summary>
    /// Creates the round from a validated setup, schedules its summary and enqueues its cards: a few table writes,
    /// however many questions the round has; the cards follow from the outbox. The round id comes from the setup
    /// card, so a retried or double-clicked setup finds the round it already made, and enqueuing its cards again
    /// changes nothing.
    /// </summary>
    public async Task<(Round Round, bool Created)> CreateAsync(
        string roundId,
        RoundDraft draft,
        Person facilitator,
        ConversationAddress thread,
        Language language,
        string timeZoneId,
        IReadOnlyList<string> refreshUserIds,
        CancellationToken cancellationToken,
        RoundPlanning? planning = null)
    {
        var now = time.GetUtcNow();
        var round = new Round
        {
            ConversationKey = thread.Key,
            Id = roundId,
            Title = draft.Title,
            Language = language,
            TimeZoneId = timeZoneId,
            Facilitator = facilitator,
            CoFacilitators = draft.CoFacilitators,
            GroupLeads = draft.GroupLeads,
            Anonymous = draft.Anonymous,
            ShowOthersAnswers = draft.ShowOthersAnswers,
            Mode = draft.Mode,
            Questions = draft.Questions,
            MomentId = draft.MomentId,
            MeetingAt = draft.MeetingAt,
            SummaryDueAt = draft.SummaryDueAt,
            CreatedAt = now,
            Thread = thread,
            AnonymitySalt = RoundIds.NewSalt(),
            // An anonymous round keeps no member list: its cards refresh with their "Uppdatera" button instead.
            RefreshUserIds = !draft.Anonymous && refreshUserIds.Count <= Cards.AdaptiveCard.MaxRefreshUsers ? refreshUserIds : [],
            RetainUntil = retention.RetainUntil(draft.MeetingAt),
            StartsAt = planning?.StartsAt,
            Reminders = planning?.Reminders ?? false,
            ResultsText = draft.Results.Text,
            ResultsLinks = draft.Results.Links,
        };

        await retention.TrackAsync(round, cancellationToken);
        var created = await rounds.TryAddAsync(round, cancellationToken);
        if (!created)
        {
            round = await rounds.GetAsync(thread.Key, roundId, cancellationToken)
                ?? throw new InvalidOperationException($"Round {roundId} exists but cannot be read.");
        }
        else
        {
            logger.RoundCreated(round.Id, round.Mode.ToString(), round.Questions.Count, round.SummaryDueAt);
        }

        await jobs.ScheduleAsync(round, cancellationToken);
        await plannedJobs.ScheduleAsync(round, cancellationToken);
        if (!round.IsPlanned(now))
        {
            await publisher.EnqueuePublishAsync(round, cancellationToken);
        }

        return (round, created);
    }

    public Task<SteerResult> AdvanceAsync(ConversationKey conversation, string roundId, Person actor, CancellationToken cancellationToken) =>
        SteerAsync(conversation, roundId, actor, r => r.Advance(), publish: true, cancellationToken);

    public Task<SteerResult> CloseAsync(ConversationKey conversation, string roundId, Person actor, CancellationToken cancellationToken) =>
        SteerAsync(conversation, roundId, actor, r => r.Close(time.GetUtcNow()), publish: false, cancellationToken);

    public Task<SteerResult> ReopenAsync(ConversationKey conversation, string roundId, Person actor, CancellationToken cancellationToken) =>
        SteerAsync(conversation, roundId, actor, r => r.Reopen(), publish: false, cancellationToken);

    /// <summary>
    /// Checks that the actor may steer the round, then changes it. The round is the one the command's thread or
    /// the person's choice named (see <see cref="RoundResolver"/>), looked up in the conversation the request
    /// came from.
    /// </summary>
    public async Task<SteerResult> SteerAsync(ConversationKey conversation, string roundId, Person actor, Func<Round, RoundTransition> change, bool publish, CancellationToken cancellationToken)
    {
        var round = await rounds.GetAsync(conversation, roundId, cancellationToken);
        if (round is null)
        {
            return SteerResult.NoRound;
        }

        if (!round.CanBeSteeredBy(actor.Id))
        {
            return new SteerResult(SteerStatus.NotAllowed, round);
        }

        if (round.IsPlanned(time.GetUtcNow()))
        {
            // Nothing is posted yet: moving on, closing or reopening would change a round nobody has seen.
            return new SteerResult(SteerStatus.Refused, round, RoundRefusal.Planned);
        }

        var result = await rounds.ChangeAsync(conversation, round.Id, change, cancellationToken);
        if (result.Round is null)
        {
            return SteerResult.NoRound;
        }

        if (!result.Changed)
        {
            return new SteerResult(SteerStatus.Refused, result.Round, result.Refusal);
        }

        logger.RoundStateChanged(round.Id, $"{result.Round.State}/{result.Round.CurrentQuestionIndex}");
        await publisher.RefreshPostedCardsAsync(result.Round, cancellationToken);
        if (publish)
        {
            await publisher.EnqueuePublishAsync(result.Round, cancellationToken);
        }

        return new SteerResult(SteerStatus.Done, result.Round);
    }
}
