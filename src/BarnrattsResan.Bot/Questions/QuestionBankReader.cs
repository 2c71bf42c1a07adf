using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Questions;

/// <summary>What reading a question bank gave: its steps, or the problems found (each naming the source, the set and the field).</summary>
internal sealed record QuestionBankRead(IReadOnlyList<JourneyStep> Steps, IReadOnlyList<string> Errors);

/// <summary>
/// Reads a question bank in the shape of <c>question-sets.json</c> and checks everything a round relies on, so a
/// mistake in a deployment's own file stops the bot at start-up with a message that says where it is, instead of
/// showing a colleague a half-empty card: every text in Swedish and English, at least one question per set, ids
/// that are well formed and used once in the whole bank (built-in sets included).
/// </summary>
internal static partial class QuestionBankReader
{
    public const int MaxQuestionsPerSet = 20;
    public const int MaxTextLength = 1000;

    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <param name="json">The file.</param>
    /// <param name="source">The file's name, for the messages.</param>
    /// <param name="existing">The bank the file adds to (null: the file is the whole bank). Its moments need no texts in the file; its ids may not be used again.</param>
    public static QuestionBankRead Read(Stream json, string source, QuestionCatalog? existing)
    {
        BankFile? file;
        try
        {
            file = JsonSerializer.Deserialize<BankFile>(json, ReadOptions);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "" : $" at {e.Path}";
            var line = e.LineNumber is null ? "" : $" (line {e.LineNumber + 1})";
            return Failed($"{source}: not valid question-bank JSON{where}{line}: {FirstSentence(e.Message)}");
        }

        if (file?.Steps is not { Count: > 0 })
        {
            return Failed($"{source}: 'steps' is missing or empty.");
        }

        var errors = new List<string>();
        var setIds = (existing?.AllSets.Select(s => s.Id) ?? []).ToDictionary(id => id, _ => "the built-in question bank");
        var questionIds = (existing?.AllSets.SelectMany(s => s.Questions.Select(q => (q.Id, Set: s.Id))) ?? []).ToDictionary(q => q.Id, q => $"set '{q.Set}'");
        var steps = new List<JourneyStep>();
        for (var i = 0; i < file.Steps.Count; i++)
        {
            var stepFile = file.Steps[i];
            var stepWhere = $"{source}: steps[{i}]";
            if (stepFile?.Number is not (>= 1 and <= 9) || stepFile.Number is not { } number)
            {
                errors.Add($"{stepWhere}: 'number' must be a step number from 1 to 9.");
                continue;
            }

            stepWhere = $"{source}: step {number}";
            var knownStep = existing?.Steps.FirstOrDefault(s => s.Number == number);
            var name = knownStep?.Name ?? Text(stepFile.Name, stepWhere, "name", errors);
            if (stepFile.Moments is not { Count: > 0 })
            {
                errors.Add($"{stepWhere}: 'moments' is missing or empty.");
                continue;
            }

            var moments = new List<JourneyMoment>();
            for (var m = 0; m < stepFile.Moments.Count; m++)
            {
                var moment = ReadMoment(stepFile.Moments[m], knownStep, $"{stepWhere}, moments[{m}]", stepWhere, setIds, questionIds, errors);
                if (moment is not null)
                {
                    if (moments.Any(x => x.Letter == moment.Letter)) errors.Add($"{stepWhere}, moment {moment.Letter}: the moment is in the file twice.");
                    else moments.Add(moment);
                }
            }

            if (name is not null)
            {
                if (steps.Any(s => s.Number == number)) errors.Add($"{stepWhere}: the step is in the file twice.");
                else steps.Add(new JourneyStep(number, name, moments));
            }
        }

        return new QuestionBankRead(errors.Count == 0 ? steps : [], errors);
    }

    /// <summary>The built-in steps with a file's added: sets of a moment the bank has go after its own; new moments and steps are added in order.</summary>
    public static IReadOnlyList<JourneyStep> Merge(IReadOnlyList<JourneyStep> builtIn, IReadOnlyList<JourneyStep> added)
    {
        var steps = builtIn.ToDictionary(s => s.Number);
        foreach (var step in added)
        {
            if (!steps.TryGetValue(step.Number, out var known))
            {
                steps[step.Number] = step;
                continue;
            }

            var moments = known.Moments.ToDictionary(m => m.Letter, StringComparer.Ordinal);
            foreach (var moment in step.Moments)
            {
                moments[moment.Letter] = moments.TryGetValue(moment.Letter, out var knownMoment)
                    ? knownMoment with { QuestionSets = [.. knownMoment.QuestionSets, .. moment.QuestionSets] }
                    : moment;
            }

            steps[step.Number] = known with { Moments = moments.Values.OrderBy(m => m.Letter, StringComparer.Ordinal).ToArray() };
        }

        return steps.Values.OrderBy(s => s.Number).ToArray();
    }

    private static JourneyMoment? ReadMoment(MomentFile? file, JourneyStep? knownStep, string where, string stepWhere, Dictionary<string, string> setIds, Dictionary<string, string> questionIds, List<string> errors)
    {
        if (file?.Letter is not { } letter || !MomentLetter().IsMatch(letter))
        {
            errors.Add($"{where}: 'letter' must be one capital letter, such as C.");
            return null;
        }

        where = $"{stepWhere}, moment {letter}";
        var known = knownStep?.Moments.FirstOrDefault(m => m.Letter == letter);
        LocalizedText? title, introduction;
        Preparation? preparation;
        NextMoment? next;
        if (known is not null)
        {
            // A moment the bank has keeps its own texts; the file only adds sets to it.
            (title, introduction, preparation, next) = (known.Title, known.Introduction, known.Preparation, known.Next);
        }
        else
        {
            title = Text(file.Title, where, "title", errors);
            introduction = Text(file.Introduction, where, "introduction", errors);
            preparation = file.Preparation is null
                ? Missing<Preparation>(where, "preparation", errors)
                : Combine(Text(file.Preparation.Title, where, "preparation.title", errors), Text(file.Preparation.Text, where, "preparation.text", errors), (a, b) => new Preparation(a, b));
            next = file.Next is null ? null : ReadNext(file.Next, where, errors);
        }

        if (file.QuestionSets is not { Count: > 0 })
        {
            errors.Add($"{where}: 'questionSets' is missing or empty.");
            return null;
        }

        var sets = new List<QuestionSet>();
        for (var i = 0; i < file.QuestionSets.Count; i++)
        {
            var set = ReadSet(file.QuestionSets[i], $"{where}, questionSets[{i}]", where, setIds, questionIds, errors);
            if (set is not null) sets.Add(set);
        }

        return title is null || introduction is null || preparation is null ? null : new JourneyMoment(letter, title, introduction, preparation, sets, next);
    }

    private static NextMoment? ReadNext(NextFile file, string where, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(file.Id) || !MomentId().IsMatch(file.Id))
        {
            errors.Add($"{where}: 'next.id' must name the next moment as step and letter, such as 4D.");
        }

        var title = Text(file.Title, where, "next.title", errors);
        var description = Text(file.Description, where, "next.description", errors);
        return title is null || description is null || file.Id is null ? null : new NextMoment(file.Id, title, description);
    }

    private static QuestionSet? ReadSet(SetFile? file, string where, string momentWhere, Dictionary<string, string> setIds, Dictionary<string, string> questionIds, List<string> errors)
    {
        if (file?.Id is not { } id || !Id().IsMatch(id) || id == Rounds.RoundQuestion.OwnSetId)
        {
            errors.Add($"{where}: 'id' must be 1–40 small letters a–z, digits and hyphens (and not '{Rounds.RoundQuestion.OwnSetId}').");
            return null;
        }

        where = $"{momentWhere}, set '{id}'";
        if (!setIds.TryAdd(id, "this file"))
        {
            errors.Add($"{where}: the id is already used by {setIds[id]}.");
            return null;
        }

        var title = Text(file.Title, where, "title", errors);
        var introduction = Text(file.Introduction, where, "introduction", errors);
        if (file.Questions is not { Count: > 0 })
        {
            errors.Add($"{where}: 'questions' is missing or empty; a set needs at least one question.");
            return null;
        }

        if (file.Questions.Count > MaxQuestionsPerSet)
        {
            errors.Add($"{where}: 'questions' holds {file.Questions.Count} questions; a set can have at most {MaxQuestionsPerSet}.");
        }

        var questions = new List<Question>();
        for (var i = 0; i < file.Questions.Count; i++)
        {
            var question = file.Questions[i];
            var field = $"questions[{i}]";
            if (question?.Id is not { } questionId || !Id().IsMatch(questionId) || questionId.StartsWith("egen-", StringComparison.Ordinal))
            {
                errors.Add($"{where}: '{field}.id' must be 1–40 small letters a–z, digits and hyphens (and not start with 'egen-').");
                continue;
            }

            if (!questionIds.TryAdd(questionId, $"set '{id}'"))
            {
                errors.Add($"{where}: '{field}.id' '{questionId}' is already used by {questionIds[questionId]}; question ids are unique in the whole bank.");
                continue;
            }

            var text = Text(question.Text, where, $"{field}.text", errors);
            if (text is not null) questions.Add(new Question(questionId, text));
        }

        return title is null || introduction is null || questions.Count != file.Questions.Count ? null : new QuestionSet(id, file.IsDefault, title, introduction, questions);
    }

    private static LocalizedText? Text(TextFile? text, string where, string field, List<string> errors)
    {
        if (text is null)
        {
            errors.Add($"{where}: '{field}' is missing (it needs a Swedish 'sv' and an English 'en' text).");
            return null;
        }

        var ok = true;
        foreach (var (value, language) in new[] { (text.Sv, "sv"), (text.En, "en") })
        {
            if (string.IsNullOrWhiteSpace(value)) { errors.Add($"{where}: '{field}.{language}' is missing or empty."); ok = false; }
            else if (value.Length > MaxTextLength) { errors.Add($"{where}: '{field}.{language}' is longer than {MaxTextLength} characters."); ok = false; }
        }

        return ok ? new LocalizedText(text.Sv!.Trim(), text.En!.Trim()) : null;
    }

    private static T? Missing<T>(string where, string field, List<string> errors) where T : class
    {
        errors.Add($"{where}: '{field}' is missing.");
        return null;
    }

    private static T? Combine<T>(LocalizedText? a, LocalizedText? b, Func<LocalizedText, LocalizedText, T> make) where T : class =>
        a is null || b is null ? null : make(a, b);

    private static QuestionBankRead Failed(string error) => new([], [error]);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    [GeneratedRegex("^[A-Z]$")]
    private static partial Regex MomentLetter();

    [GeneratedRegex("^[1-9][A-Z]$")]
    private static partial Regex MomentId();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex Id();

    private sealed record BankFile(
        [property: JsonPropertyName("$comment")] string? Comment,
        IReadOnlyList<StepFile?>? Steps);

    private sealed record StepFile(int? Number, TextFile? Name, IReadOnlyList<MomentFile?>? Moments);

    private sealed record MomentFile(string? Letter, TextFile? Title, TextFile? Introduction, PreparationFile? Preparation, NextFile? Next, IReadOnlyList<SetFile?>? QuestionSets);

    private sealed record PreparationFile(TextFile? Title, TextFile? Text);

    private sealed record NextFile(string? Id, TextFile? Title, TextFile? Description);

    private sealed record SetFile(string? Id, bool IsDefault, TextFile? Title, TextFile? Introduction, IReadOnlyList<QuestionFile?>? Questions);

    private sealed record QuestionFile(string? Id, TextFile? Text);

    private sealed record TextFile(string? Sv, string? En);
}
