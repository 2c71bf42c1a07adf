namespace BarnrattsResan.Bot.Questions;

/// <summary>The question bank's settings: a deployment's own question sets, beside the built-in ones.</summary>
internal sealed class QuestionOptions
{
    public const string Section = "Questions";

    /// <summary>
    /// Optional: a JSON file in the shape of the built-in <c>question-sets.json</c> whose sets are offered on the setup
    /// card beside the built-in ones. A relative path is taken from the app's content root (in App Service,
    /// <c>/home/site/wwwroot</c>). Checked at start-up (<see cref="QuestionOptionsValidator"/>).
    /// </summary>
    public string? AdditionalSetsFile { get; set; }

    /// <summary>The file's full path, or null when none is set.</summary>
    public string? AdditionalSetsPath(string contentRoot) =>
        string.IsNullOrWhiteSpace(AdditionalSetsFile) ? null : Path.GetFullPath(AdditionalSetsFile.Trim(), contentRoot);
}
