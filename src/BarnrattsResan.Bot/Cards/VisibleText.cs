using System.Globalization;

namespace BarnrattsResan.Bot.Cards;

/// <summary>
/// Whether a text shows anything at all. Text made only of spaces, line breaks, zero-width and other invisible
/// format characters (or broken halves of characters) counts as empty: an answer, title or own question like that
/// is refused as an empty one would be.
/// </summary>
internal static class VisibleText
{
    public static bool IsBlank(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            if (IsVisible(codePoint))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVisible(int codePoint)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        if (category is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate)
        {
            return false;
        }

        return !IsInvisibleLetterOrMark(codePoint);
    }

    /// <summary>Characters that are letters, marks or symbols by category but show nothing: fillers, blank patterns, joiners, variation selectors.</summary>
    private static bool IsInvisibleLetterOrMark(int codePoint) => codePoint switch
    {
        0x034F => true,                      // combining grapheme joiner
        0x115F or 0x1160 => true,            // Hangul choseong and jungseong fillers
        0x3164 or 0xFFA0 => true,            // Hangul fillers
        0x2800 => true,                      // braille blank
        >= 0x180B and <= 0x180F => true,     // Mongolian variation selectors and vowel separator
        >= 0xFE00 and <= 0xFE0F => true,     // variation selectors
        >= 0xE0100 and <= 0xE01EF => true,   // variation selectors supplement
        0x1D159 => true,                     // musical symbol null notehead
        >= 0x1D173 and <= 0x1D17A => true,   // musical formatting
        _ => char.IsWhiteSpace((char)Math.Min(codePoint, 0xFFFF)) && codePoint <= 0xFFFF,
    };
}
