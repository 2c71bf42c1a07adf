namespace BarnrattsResan.Bot.Localization;

/// <summary>A text in Swedish and English, as the data files hold them.</summary>
internal sealed record LocalizedText(string Sv, string En)
{
    public string In(Language language) => language == Language.English && !string.IsNullOrWhiteSpace(En) ? En : Sv;

    /// <summary>A text someone typed in one language (a facilitator's own question): the same in every language.</summary>
    public static LocalizedText Same(string text) => new(text, text);
}
