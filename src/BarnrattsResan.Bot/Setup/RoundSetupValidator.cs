using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Questions;
using BarnrattsResan.Bot.Rounds;

namespace BarnrattsResan.Bot.Setup;

/// <summary>Checks a setup card's input. Every problem is reported at once, in the user's language; nothing is stored until all is well.</summary>
internal static class RoundSetupValidator
{
    public const int MaxTitleLength = 120;
    public const int MaxOwnQuestions = 10;
    public const int MaxOwnQuestionLength = 500;

    /// <summary>Each group lead gets every answer in a 1:1 chat: a working group has a handful, never a crowd.</summary>
    public const int MaxLeads = 20;

    /// <summary>Co-facilitators may steer, close and reopen the round; a few stand-ins are all a round needs.</summary>
    public const int MaxCoFacilitators = 10;

    /// <summary>A meeting (and so a summary) at most this far ahead: a round prepares a meeting soon, and dates stay far from the calendar's end.</summary>
    public const int MaxDaysAhead = 366;

    public static (RoundDraft? Draft, IReadOnlyList<string> Errors) Validate(
        SetupInput input,
        QuestionCatalog catalog,
        IReadOnlyDictionary<string, Person> members,
        TimeZoneInfo zone,
        DateTimeOffset now,
        Texts texts)
    {
        var errors = new List<string>();

        var title = input.Title?.Trim() ?? string.Empty;
        if (VisibleText.IsBlank(title)) errors.Add(texts.Rounds.ErrorTitleMissing);
        else if (title.Length > MaxTitleLength) errors.Add(texts.Rounds.ErrorTitleTooLong(MaxTitleLength));

        var questions = new List<RoundQuestion>();
        QuestionSet? firstSet = null;
        var unknownSetReported = false;
        foreach (var setId in input.Sets ?? [])
        {
            var set = catalog.FindSet(setId);
            if (set is null)
            {
                // One message is enough, however many made-up ids a forged card carries.
                if (!unknownSetReported)
                {
                    unknownSetReported = true;
                    errors.Add(texts.Rounds.ErrorUnknownSet(AdaptiveCard.TypedLine(setId.Length <= 40 ? setId : setId[..40] + "…")));
                }

                continue;
            }

            firstSet ??= set;
            questions.AddRange(set.Questions.Select(q => new RoundQuestion(q.Id, set.Id, q.Text)));
        }

        var own = (input.OwnQuestions ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !VisibleText.IsBlank(line))
            .ToArray();
        if (own.Length > MaxOwnQuestions) errors.Add(texts.Rounds.ErrorTooManyOwnQuestions(MaxOwnQuestions));
        if (own.Any(q => q.Length > MaxOwnQuestionLength)) errors.Add(texts.Rounds.ErrorOwnQuestionTooLong(MaxOwnQuestionLength));
        questions.AddRange(own.Take(MaxOwnQuestions).Select((q, i) => new RoundQuestion($"egen-{i + 1}", RoundQuestion.OwnSetId, LocalizedText.Same(q))));
        if (questions.Count == 0) errors.Add(texts.Rounds.ErrorNoQuestions);

        DateTimeOffset? meeting = null;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).Date);
        if (input.Meeting.TryGet(out var meetingDate, out var meetingTime))
        {
            // Dates far from today are refused before they are turned into instants, which cannot reach past year 9999.
            if (meetingDate < today.AddDays(-1)) errors.Add(texts.Rounds.ErrorMeetingInPast);
            else if (meetingDate > today.AddDays(MaxDaysAhead)) errors.Add(texts.Rounds.ErrorMeetingTooFar);
            else
            {
                meeting = UserTime.ToInstant(meetingDate, meetingTime, zone);
                if (meeting <= now) errors.Add(texts.Rounds.ErrorMeetingInPast);
            }
        }
        else
        {
            errors.Add(texts.Rounds.ErrorMeetingMissing);
        }

        DateTimeOffset? due = null;
        if (input.Due.Given)
        {
            if (input.Due.TryGet(out var dueDate, out var dueTime))
            {
                if (dueDate < today.AddDays(-1)) errors.Add(texts.Rounds.ErrorDueInPast);
                else if (dueDate > today.AddDays(MaxDaysAhead)) errors.Add(texts.Rounds.ErrorDueAfterMeeting);
                else
                {
                    due = UserTime.ToInstant(dueDate, dueTime, zone);
                    if (due <= now) errors.Add(texts.Rounds.ErrorDueInPast);
                    else if (meeting is not null && due > meeting) errors.Add(texts.Rounds.ErrorDueAfterMeeting);
                }
            }
            else
            {
                errors.Add(texts.Rounds.ErrorDueInvalid);
            }
        }
        else if (meeting is not null)
        {
            // Default: one day before the meeting; if that has passed already, as soon as possible before it.
            due = meeting.Value.AddDays(-1);
            if (due <= now) due = meeting.Value > now.AddMinutes(30) ? now.AddMinutes(15) : meeting;
        }

        var leads = PickMembers(input.Leads, MaxLeads, members, errors, texts.Rounds.ErrorTooManyLeads(MaxLeads), texts.Rounds.ErrorLeadNotInConversation);
        var coFacilitators = PickMembers(input.CoFacilitators, MaxCoFacilitators, members, errors, texts.Rounds.ErrorTooManyCoFacilitators(MaxCoFacilitators), texts.Rounds.ErrorUnknownMember);
        var (results, resultsErrors) = Presentations.PresentationRules.Validate(input.Results, texts);
        errors.AddRange(resultsErrors);

        if (errors.Count > 0)
        {
            return (null, errors.Distinct().ToArray());
        }

        // The round belongs to the moment of its first chosen set (a deployment's own sets may add moments); own questions alone: the default moment.
        var moment = firstSet is null ? catalog.DefaultMoment : catalog.MomentOf(firstSet);
        var momentId = JourneyMoment.IdOf(moment.Step, moment.Moment);
        return (new RoundDraft(title, questions, momentId, meeting!.Value, due!.Value, leads, coFacilitators, input.Anonymous, input.ShowOthers, input.Mode) { Results = results! }, []);
    }

    /// <summary>
    /// The chosen people, each of whom must be in the conversation's roster (in a private or shared channel: the
    /// channel's members), and at most <paramref name="max"/> of them.
    /// </summary>
    private static Person[] PickMembers(IReadOnlyList<string> ids, int max, IReadOnlyDictionary<string, Person> members, List<string> errors, string tooMany, string notMember)
    {
        if (ids.Count > max)
        {
            errors.Add(tooMany);
        }

        var picked = new List<Person>();
        foreach (var id in ids)
        {
            if (members.TryGetValue(id, out var person)) picked.Add(person);
            else if (!errors.Contains(notMember)) errors.Add(notMember);
        }

        return picked.Take(max).ToArray();
    }
}
