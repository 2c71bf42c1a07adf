namespace BarnrattsResan.Bot.Cards;

/// <summary>A TextBlock's size (Adaptive Cards 1.5 <c>size</c>).</summary>
internal enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}

/// <summary>A TextBlock's weight (<c>weight</c>).</summary>
internal enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}

/// <summary>
/// A TextBlock's colour (<c>color</c>). Teams' Good, Warning and Attention fail the WCAG contrast minimum in a theme:
/// see <see cref="NoticeCard"/>.
/// </summary>
internal enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}

/// <summary>The space above an element (<c>spacing</c>).</summary>
internal enum Spacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}

/// <summary>A Container's style (<c>style</c>).</summary>
internal enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}

/// <summary>A button's style (<c>style</c> on an action): Teams allows at most one positive button per card.</summary>
internal enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}

/// <summary>What an Input.Text holds (its <c>style</c>), so the client offers the right keyboard.</summary>
internal enum TextInputStyle
{
    Text,
    Tel,
    Url,
    Email,
    Password,
}

/// <summary>
/// The card vocabulary spelled as the Adaptive Cards 1.5 schema and Teams expect it: the one place these words are
/// written. Sizes, weights, colours and spacing are capitalised; container and action styles are lower case.
/// </summary>
internal static class CardVocabulary
{
    public static string Spelling(this TextSize size) => size switch
    {
        TextSize.Default => "Default",
        TextSize.Small => "Small",
        TextSize.Medium => "Medium",
        TextSize.Large => "Large",
        TextSize.ExtraLarge => "ExtraLarge",
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, null),
    };

    public static string Spelling(this TextWeight weight) => weight switch
    {
        TextWeight.Default => "Default",
        TextWeight.Lighter => "Lighter",
        TextWeight.Bolder => "Bolder",
        _ => throw new ArgumentOutOfRangeException(nameof(weight), weight, null),
    };

    public static string Spelling(this TextColor color) => color switch
    {
        TextColor.Default => "Default",
        TextColor.Dark => "Dark",
        TextColor.Light => "Light",
        TextColor.Accent => "Accent",
        TextColor.Good => "Good",
        TextColor.Warning => "Warning",
        TextColor.Attention => "Attention",
        _ => throw new ArgumentOutOfRangeException(nameof(color), color, null),
    };

    public static string Spelling(this Spacing spacing) => spacing switch
    {
        Spacing.Default => "Default",
        Spacing.None => "None",
        Spacing.Small => "Small",
        Spacing.Medium => "Medium",
        Spacing.Large => "Large",
        Spacing.ExtraLarge => "ExtraLarge",
        Spacing.Padding => "Padding",
        _ => throw new ArgumentOutOfRangeException(nameof(spacing), spacing, null),
    };

    public static string Spelling(this ContainerStyle style) => style switch
    {
        ContainerStyle.Default => "default",
        ContainerStyle.Emphasis => "emphasis",
        ContainerStyle.Good => "good",
        ContainerStyle.Attention => "attention",
        ContainerStyle.Warning => "warning",
        ContainerStyle.Accent => "accent",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    public static string Spelling(this ActionStyle style) => style switch
    {
        ActionStyle.Default => "default",
        ActionStyle.Positive => "positive",
        ActionStyle.Destructive => "destructive",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    public static string Spelling(this TextInputStyle style) => style switch
    {
        TextInputStyle.Text => "Text",
        TextInputStyle.Tel => "Tel",
        TextInputStyle.Url => "Url",
        TextInputStyle.Email => "Email",
        TextInputStyle.Password => "Password",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };
}
