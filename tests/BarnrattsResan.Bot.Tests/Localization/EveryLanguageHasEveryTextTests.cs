using System.Reflection;
using System.Text.RegularExpressions;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Tests.Localization;

/// <summary>
/// Every text class (the common <see cref="Texts"/> and each feature's <c>…Texts</c>) has an implementation for every
/// <see cref="Language"/>, every sentence is there in every language for representative arguments, and Swedish and
/// English differ except for the few sentences that are the same on purpose.
/// </summary>
public sealed partial class EveryLanguageHasEveryTextTests
{
    /// <summary>Sentences that are the same in Swedish and English on purpose: a name, or only what the user typed.</summary>
    private static readonly HashSet<string> SameInEveryLanguage =
    [
        "RoundTexts.IntroductionHeading", // the round's own title
        "NotesTexts.NotesAuthor", // Barnrättsresan, a name
        "RoundTexts.StatusTitle", // "Status: <title>" reads the same in both
    ];

    private static readonly Language[] Languages = Enum.GetValues<Language>();

    public static TheoryData<Type> TextClasses()
    {
        var data = new TheoryData<Type>();
        foreach (var type in AllTextClasses()) data.Add(type);
        return data;
    }

    private static IEnumerable<Type> AllTextClasses() =>
        typeof(Texts).Assembly.GetTypes()
            .Where(t => t.IsClass && t.IsAbstract && !t.IsSealed && t.Name.EndsWith("Texts", StringComparison.Ordinal))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static object TextsIn(Type textClass, Language language)
    {
        var forLanguage = textClass.GetMethod("For", BindingFlags.Public | BindingFlags.Static, [typeof(Language)]);
        Assert.True(forLanguage is not null && forLanguage.ReturnType == textClass, $"{textClass.Name} has no public static {textClass.Name} For(Language).");
        var texts = forLanguage.Invoke(null, [language]);
        Assert.True(texts is not null && textClass.IsInstanceOfType(texts), $"{textClass.Name}.For({language}) gave no {textClass.Name}.");
        return texts;
    }

    [Fact]
    public void TheCommonTextsAndEveryFeatureHaveATextClass()
    {
        var names = AllTextClasses().Select(t => t.Name).ToList();
        foreach (var expected in new[] { "Texts", "RoundTexts", "AnswerTexts", "SummaryTexts", "HistoryTexts", "NotesTexts", "PlanningTexts", "PrivacyTexts", "PresentationTexts", "MethodsTexts", "HelpTexts", "OutboundTexts", "CommandTexts" })
        {
            Assert.Contains(expected, names);
        }
    }

    [Theory]
    [MemberData(nameof(TextClasses))]
    public void ATextClassHasItsOwnImplementationForEveryLanguage(Type textClass)
    {
        var implementations = Languages.Select(language => TextsIn(textClass, language)).ToList();

        Assert.Equal(Languages.Length, implementations.Select(i => i.GetType()).Distinct().Count());
        Assert.All(implementations, i => Assert.False(i.GetType().IsAbstract));
        if (textClass.GetProperty("Language") is { } languageProperty)
        {
            Assert.Equal(Languages, implementations.Select(i => (Language)languageProperty.GetValue(i)!));
        }
    }

    [Theory]
    [MemberData(nameof(TextClasses))]
    public void EveryTextIsASentenceInEveryLanguage(Type textClass)
    {
        var members = Sentences(textClass);
        Assert.NotEmpty(members);
        foreach (var language in Languages)
        {
            var texts = TextsIn(textClass, language);
            foreach (var (name, read) in members)
            {
                foreach (var text in read(texts))
                {
                    Assert.False(string.IsNullOrWhiteSpace(text), $"{textClass.Name}.{name} is empty in {language}.");
                    Assert.False(text.Contains('{', StringComparison.Ordinal), $"{textClass.Name}.{name} has a hole in {language}: {text}");
                    Assert.True(text.Trim() == text, $"{textClass.Name}.{name} starts or ends with white space in {language}.");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(TextClasses))]
    public void SwedishAndEnglishDifferWhereTheyShould(Type textClass)
    {
        var swedish = TextsIn(textClass, Language.Swedish);
        var english = TextsIn(textClass, Language.English);
        var same = Sentences(textClass)
            .Where(m => m.Read(swedish).SequenceEqual(m.Read(english)))
            .Select(m => $"{textClass.Name}.{m.Name}")
            .ToList();

        Assert.Equal(SameInEveryLanguage.Where(s => s.StartsWith(textClass.Name + ".", StringComparison.Ordinal)).Order(), same.Order());
    }

    [Theory]
    [MemberData(nameof(TextClasses))]
    public void ACommandASentenceAsksForIsAWordOfTheTableInThatLanguage(Type textClass)
    {
        foreach (var language in Languages)
        {
            var words = CommandWords.All.SelectMany(c => c.In(language)).ToHashSet(StringComparer.Ordinal);
            var texts = TextsIn(textClass, language);
            foreach (var (name, read) in Sentences(textClass))
            {
                // A bold word in lower case is a command to write (a bold capitalised phrase is a button's name).
                var commands = read(texts).SelectMany(t => BoldWord().Matches(t)).Select(m => m.Groups[1].Value);
                Assert.All(commands, c => Assert.True(words.Contains(c), $"{textClass.Name}.{name} in {language} asks for **{c}**, which is not a {language} command word in CommandWords."));
            }
        }
    }

    [GeneratedRegex(@"\*\*(\p{Ll}[\p{Ll} ]*)\*\*")]
    private static partial Regex BoldWord();

    /// <summary>Every string property and method a text class declares, read with representative arguments (every combination).</summary>
    private static List<(string Name, Func<object, IReadOnlyList<string>> Read)> Sentences(Type textClass)
    {
        var found = new List<(string, Func<object, IReadOnlyList<string>>)>();
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var property in textClass.GetProperties(flags).Where(p => p.PropertyType == typeof(string)))
        {
            found.Add((property.Name, texts => [(string)property.GetValue(texts)!]));
        }

        foreach (var method in textClass.GetMethods(flags).Where(m => !m.IsSpecialName && m.ReturnType == typeof(string)))
        {
            var parameters = method.GetParameters();
            var nullability = new NullabilityInfoContext();
            var samples = parameters.Select(p => Samples(p, nullability)).ToList();
            found.Add((method.Name, texts => Combinations(samples).Select(args => (string)method.Invoke(texts, args)!).ToList()));
        }

        // Anything else a text class offers (a list, a number) would escape this test: there must be nothing else.
        var other = textClass.GetMembers(flags)
            .Where(m => m is PropertyInfo p ? p.PropertyType != typeof(string) && p.PropertyType != typeof(Language) : m is MethodInfo mi && !mi.IsSpecialName && mi.ReturnType != typeof(string))
            .Select(m => m.Name);
        Assert.Empty(other);
        return found;
    }

    private static object?[] Samples(ParameterInfo parameter, NullabilityInfoContext nullability)
    {
        var type = parameter.ParameterType;
        if (type == typeof(string))
        {
            return nullability.Create(parameter).WriteState == NullabilityState.Nullable ? ["Anna Andersson", null] : ["Vår runda"];
        }

        if (type == typeof(int)) return [0, 1, 2, 7];
        if (type == typeof(int?)) return [null, 403, 404, 413, 500];
        if (type == typeof(bool)) return [false, true];
        if (type.IsEnum) return Enum.GetValues(type).Cast<object?>().ToArray();
        throw new InvalidOperationException($"No sample for a {type.Name} ({parameter.Member.Name}.{parameter.Name}): add one here.");
    }

    private static IEnumerable<object?[]> Combinations(IReadOnlyList<object?[]> samples)
    {
        IEnumerable<object?[]> combinations = [[]];
        foreach (var values in samples)
        {
            var sofar = combinations;
            combinations = sofar.SelectMany(c => values.Select(v => c.Append(v).ToArray()));
        }

        return combinations;
    }

    [Fact]
    public void AFeatureReachesItsTextsInTheLanguageOfTheTurn()
    {
        Assert.Same(RoundTexts.For(Language.English), Texts.For(Language.English).Rounds);
        Assert.NotEqual(Texts.For(Language.Swedish).Rounds.SetupTitle, Texts.For(Language.English).Rounds.SetupTitle);
    }
}
