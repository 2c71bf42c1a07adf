using BarnrattsResan.Bot.Cards;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BarnrattsResan.Bot.Tests.Cards;

/// <summary>
/// Typed text escaped for a card shows exactly as typed. The judge is Markdig, an independent CommonMark parser,
/// with the extensions Teams' clients are known to render on top (bare addresses as links, tables, strike-through).
/// </summary>
public sealed class TeamsMarkdownTests
{
    private static readonly MarkdownPipeline Teamslike = new MarkdownPipelineBuilder()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .Build();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in HostileText.Corpus) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void HostileTextIsShownAsTypedWithNoMarkdownStructure(string name)
    {
        var typed = HostileText.Corpus.Single(c => c.Name == name).Text;

        var escaped = TeamsMarkdown.Escape(typed);
        var document = Markdown.Parse(escaped, Teamslike);

        var structure = document.Descendants().Where(IsFormatting).Select(n => n.GetType().Name).ToArray();
        Assert.True(structure.Length == 0, $"'{name}' became {string.Join(", ", structure)}: {escaped}");
        Assert.All(document, block => Assert.IsType<ParagraphBlock>(block));
        Assert.Equal(HostileText.Visible(typed), HostileText.Visible(Markdown.ToPlainText(escaped, Teamslike)));
    }

    [Fact]
    public void EachLineBecomesItsOwnParagraphAndBlankLinesAreNotRepeated()
    {
        var escaped = TeamsMarkdown.Escape("Första raden\r\nandra raden\n\n\n  tredje  \n");

        Assert.Equal("Första raden\n\nandra raden\n\ntredje", escaped);
        Assert.Equal(3, Markdown.Parse(escaped, Teamslike).Count);
    }

    [Theory]
    [InlineData("Hej, vi ses på mötet.", "Hej, vi ses på mötet.")]
    [InlineData("Åsa (förskolan) säger: ja!", "Åsa (förskolan) säger: ja!")]
    [InlineData("**fet**", "\\*\\*fet\\*\\*")]
    [InlineData("[a](https://x.se)", "\\[a\\](https\\://x.se)")]
    [InlineData("- punkt", "\\- punkt")]
    [InlineData("2026. Ett bra år", "2026\\. Ett bra år")]
    [InlineData("{{DATE(2026-12-03T13:00:00Z)}}", "\\{\\{DATE(2026-12-03T13:00:00Z)\\}\\}")]
    [InlineData("<at>Anna</at>", "\\<at\\>Anna\\</at\\>")]
    public void OrdinaryTextIsLeftAloneAndMarkdownCharactersAreEscaped(string typed, string expected)
    {
        Assert.Equal(expected, TeamsMarkdown.Escape(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\u200B\u200C\u200D\uFEFF")]
    [InlineData("\u2060\u00AD\u200E\u200F\u202E")]
    [InlineData("\u3164\u2800\uFFA0\u115F")]
    [InlineData("\uFE0F\u034F")]
    [InlineData("\u00A0\u2003\u3000")]
    public void TextOfOnlyWhitespaceOrInvisibleCharactersIsBlank(string? text)
    {
        Assert.True(VisibleText.IsBlank(text));
        Assert.Equal(string.Empty, TeamsMarkdown.Escape(text));
    }

    [Fact]
    public void ALoneHalfOfACharacterIsBlank()
    {
        // Not in InlineData: the test runner would replace the broken character before the test sees it.
        Assert.True(VisibleText.IsBlank("\uD800"));
        Assert.True(VisibleText.IsBlank(" \uDC00\u200B"));
        Assert.False(VisibleText.IsBlank("\uD83D\uDC4D"));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("\u200Bja")]
    [InlineData("👍")]
    [InlineData("é")]
    [InlineData("-")]
    [InlineData("٣")]
    public void TextWithAnythingVisibleIsNotBlank(string text)
    {
        Assert.False(VisibleText.IsBlank(text));
    }

    private static bool IsFormatting(MarkdownObject node) => node is
        LinkInline or AutolinkInline or EmphasisInline or CodeInline or HtmlInline or HtmlEntityInline or LineBreakInline { IsHard: true }
        or ListBlock or HeadingBlock or QuoteBlock or CodeBlock or ThematicBreakBlock or HtmlBlock or Table or LinkReferenceDefinitionGroup;
}
