using System.Reflection;
using Azure.Data.Tables;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Storage;

namespace BarnrattsResan.Bot.Tests.Privacy;

/// <summary>
/// docs/privacy.md is what the data protection officer relies on: it must name every table the bot keeps and
/// every field it stores for rounds and answers, in the Swedish and in the English text. A new field that the
/// page does not mention fails here, so the page is updated with the code.
/// </summary>
public sealed class PrivacyPageTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "docs", "privacy.md"));

    public static TheoryData<string> Halves => new() { "Svenska", "English" };

    [Theory]
    [MemberData(nameof(Halves))]
    public void EveryTableIsDescribed(string language)
    {
        var text = Half(language);

        Assert.All(new TableNames(string.Empty).All, table => Assert.Contains($"**{table}**", text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Halves))]
    public void EveryStoredFieldOfRoundsAndAnswersIsDescribed(string language)
    {
        var text = Half(language);
        var fields = StoredFields(typeof(RoundEntity)).Concat(StoredFields(typeof(AnswerEntity)));

        Assert.All(fields, field => Assert.Contains($"`{field}`", text, StringComparison.Ordinal));
    }

    [Fact]
    public void BothLanguagesAreThereSwedishFirst()
    {
        var swedish = Page.IndexOf("## Svenska", StringComparison.Ordinal);
        var english = Page.IndexOf("## English", StringComparison.Ordinal);

        Assert.True(swedish >= 0 && english > swedish, "docs/privacy.md must have a '## Svenska' section followed by a '## English' one.");
    }

    private static string Half(string language)
    {
        var english = Page.IndexOf("## English", StringComparison.Ordinal);
        Assert.True(english > 0, "docs/privacy.md has no '## English' section.");
        return language == "English" ? Page[english..] : Page[..english];
    }

    private static IEnumerable<string> StoredFields(Type entity) =>
        entity.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && typeof(ITableEntity).GetProperty(p.Name) is null)
            .Select(p => p.Name);
}
