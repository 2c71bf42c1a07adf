namespace BarnrattsResan.Bot.Questions;

/// <summary>
/// The question sets the bot offers: the built-in bank, <c>question-sets.json</c> embedded in the assembly, and the
/// sets of a deployment's own file (<c>Questions:AdditionalSetsFile</c>), read once at start-up.
/// </summary>
internal sealed class QuestionCatalog
{
    private const string ResourceName = "BarnrattsResan.question-sets.json";

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

    /// <summary>The moment a round keeps the id of (for example <c>4C</c>); null when the bank no longer holds it.</summary>
    public JourneyMoment? FindMoment(string momentId) => FindStepAndMoment(momentId).Moment;

    /// <summary>The moment a round keeps the id of (<see cref="JourneyMoment.IdOf"/>) with its step; both null when the bank no longer holds it.</summary>
    public (JourneyStep Step, JourneyMoment Moment) FindStepAndMoment(string momentId) =>
        Moments.FirstOrDefault(m => JourneyMoment.IdOf(m.Step, m.Moment) == momentId);

    public static QuestionCatalog LoadEmbedded()
    {
        using var stream = typeof(QuestionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return Parse(stream);
    }

    /// <summary>Reads a bank in the shape of <c>question-sets.json</c>; a problem throws, naming the step, moment, set and field.</summary>
    public static QuestionCatalog Parse(Stream json)
    {
        var read = QuestionBankReader.Read(json, "question-sets.json", null);
        return read.Errors.Count == 0
            ? new QuestionCatalog(read.Steps)
            : throw new InvalidOperationException(string.Join(Environment.NewLine, read.Errors));
    }

    /// <summary>
    /// This catalog with a deployment's own sets added: a moment the bank already has gets the new sets beside its
    /// own; a new moment (or step) is added whole. Problems are returned, each naming the file, the set and the field;
    /// with any problem, nothing is added.
    /// </summary>
    public (QuestionCatalog Catalog, IReadOnlyList<string> Errors) WithAdditional(Stream json, string fileName)
    {
        var read = QuestionBankReader.Read(json, fileName, this);
        return read.Errors.Count > 0 ? (this, read.Errors) : (new QuestionCatalog(QuestionBankReader.Merge(Steps, read.Steps)), []);
    }

    /// <summary>The built-in bank and, when <paramref name="additionalSetsFile"/> is set, the deployment's own sets; a problem throws (see <see cref="QuestionOptionsValidator"/>).</summary>
    public static QuestionCatalog Load(string? additionalSetsFile)
    {
        var builtIn = LoadEmbedded();
        if (string.IsNullOrWhiteSpace(additionalSetsFile))
        {
            return builtIn;
        }

        using var stream = File.OpenRead(additionalSetsFile);
        var (catalog, errors) = builtIn.WithAdditional(stream, additionalSetsFile);
        return errors.Count == 0 ? catalog : throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
    }
}
