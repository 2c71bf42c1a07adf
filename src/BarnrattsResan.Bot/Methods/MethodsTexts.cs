using BarnrattsResan.Bot.Localization;

namespace BarnrattsResan.Bot.Methods;

/// <summary>What the bot says here: the methods and tools card. Swedish first, then English, both in this file.</summary>
internal abstract class MethodsTexts
{
    private static readonly MethodsTexts InSwedish = new Swedish();
    private static readonly MethodsTexts InEnglish = new English();

    /// <summary>These texts in a language.</summary>
    public static MethodsTexts For(Language language) => language switch
    {
        Language.Swedish => InSwedish,
        Language.English => InEnglish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No texts in this language."),
    };

    public abstract string ShowMethods { get; }
    public abstract string MethodsTitle { get; }
    public abstract string MethodsMoreLinks { get; }

    private sealed class Swedish : MethodsTexts
    {
        public override string ShowMethods => "Metoder och verktyg";
        public override string MethodsTitle => "Metoder och verktyg för uppföljning";
        public override string MethodsMoreLinks => "Mer stöd från Barnombudsmannen";
    }

    private sealed class English : MethodsTexts
    {
        public override string ShowMethods => "Methods and tools";
        public override string MethodsTitle => "Methods and tools for follow-up";
        public override string MethodsMoreLinks => "More support from the Ombudsman for Children";
    }
}

/// <summary><c>turn.Texts.Methods</c>: these sentences in the language of the common texts at hand.</summary>
internal static class MethodsTextsExtensions
{
    extension(Texts texts)
    {
        public MethodsTexts Methods => MethodsTexts.For(texts.Language);
    }
}
