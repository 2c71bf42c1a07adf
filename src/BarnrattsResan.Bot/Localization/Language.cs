namespace BarnrattsResan.Bot.Localization;

/// <summary>The languages the bot speaks. Swedish is the default; English when the Teams locale is English.</summary>
internal enum Language
{
    Swedish,
    English,
}

internal static class Languages
{
    /// <summary>Maps a Teams locale such as <c>en-US</c> or <c>sv-SE</c> to a language; anything but English is Swedish.</summary>
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Swedish;

    public static Texts Texts(this Language language) => Localization.Texts.For(language);
}
