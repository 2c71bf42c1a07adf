using System.Text.Json;
using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Questions;

/// <summary>The question sets the bot offers, read once from <c>question-sets.json</c> embedded in the assembly.</summary>
public sealed class QuestionCatalog
{
    private const string ResourceName = "BarnrattsResan.question-sets.json";

    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);

    public QuestionCatalog(IReadOnlyList<JourneyStep> steps)
    {
        Steps = steps;
        Moments = steps.SelectMany(s => s.Moments.Select(m => (Step: s, Moment: m))).ToArray();
        if (Moments.Count == 0)
        {
            throw new InvalidOperationException("The question catalog holds no moments.");
        }

        var duplicate = Moments.SelectMany(m => m.Moment.QuestionSets).GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"The question set id '{duplicate.Key}' is used twice.");
        }
    }

    public IReadOnlyList<JourneyStep> Steps { get; }

    public IReadOnlyList<(JourneyStep Step, JourneyMoment Moment)> Moments { get; }

    public IEnumerable<QuestionSet> AllSets => Moments.SelectMany(m => m.Moment.QuestionSets);

    /// <summary>The moment a round is built on: the one holding the default sets (step 4, moment C).</summary>
    public (JourneyStep Step, JourneyMoment Moment) DefaultMoment =>
        Moments.FirstOrDefault(m => m.Moment.QuestionSets.Any(s => s.IsDefault), Moments[0]);

    public QuestionSet? FindSet(string id) => AllSets.FirstOrDefault(s => s.Id == id);

    public (JourneyStep Step, JourneyMoment Moment) MomentOf(QuestionSet set) =>
        Moments.First(m => m.Moment.QuestionSets.Contains(set));

    public static QuestionCatalog LoadEmbedded()
    {
        using var stream = typeof(QuestionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return Parse(stream);
    }

    public static QuestionCatalog Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<CatalogFile>(json, ReadOptions)
            ?? throw new InvalidOperationException("The question catalog is empty.");
        return new QuestionCatalog(file.Steps.Select(s => new JourneyStep(
            s.Number,
            s.Name.ToText(),
            s.Moments.Select(m => new JourneyMoment(
                m.Letter,
                m.Title.ToText(),
                m.Introduction.ToText(),
                new Preparation(m.Preparation.Title.ToText(), m.Preparation.Text.ToText()),
                m.QuestionSets.Select(q => new QuestionSet(
                    q.Id,
                    q.IsDefault,
                    q.Title.ToText(),
                    q.Introduction.ToText(),
                    q.Questions.Select(x => new Question(x.Id, x.Text.ToText())).ToArray())).ToArray())).ToArray())).ToArray());
    }

    private sealed record CatalogFile(IReadOnlyList<StepFile> Steps);

    private sealed record StepFile(int Number, TextFile Name, IReadOnlyList<MomentFile> Moments);

    private sealed record MomentFile(string Letter, TextFile Title, TextFile Introduction, PreparationFile Preparation, IReadOnlyList<SetFile> QuestionSets);

    private sealed record PreparationFile(TextFile Title, TextFile Text);

    private sealed record SetFile(string Id, bool IsDefault, TextFile Title, TextFile Introduction, IReadOnlyList<QuestionFile> Questions);

    private sealed record QuestionFile(string Id, TextFile Text);

    private sealed record TextFile(string Sv, string? En)
    {
        public LocalizedText ToText() => new(Sv, En ?? Sv);
    }
}
