using Microsoft.Extensions.Options;

namespace BarnrattsResan.Bot.Questions;

/// <summary>
/// Reads a deployment's own question sets at start-up, so a missing file or a mistake in it stops the bot with
/// messages that name the setting, the file, the set and the field, before any colleague sees a card.
/// </summary>
internal sealed class QuestionOptionsValidator(IHostEnvironment environment) : IValidateOptions<QuestionOptions>
{
    public ValidateOptionsResult Validate(string? name, QuestionOptions options)
    {
        var path = options.AdditionalSetsPath(environment.ContentRootPath);
        if (path is null)
        {
            return ValidateOptionsResult.Success;
        }

        if (!File.Exists(path))
        {
            return ValidateOptionsResult.Fail($"Questions:AdditionalSetsFile names '{path}', which does not exist.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            var (_, errors) = QuestionCatalog.LoadEmbedded().WithAdditional(stream, path);
            return errors.Count == 0
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(errors.Select(e => $"Questions:AdditionalSetsFile: {e}"));
        }
        catch (IOException e)
        {
            return ValidateOptionsResult.Fail($"Questions:AdditionalSetsFile: '{path}' cannot be read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return ValidateOptionsResult.Fail($"Questions:AdditionalSetsFile: '{path}' cannot be read: {e.Message}");
        }
    }
}
