using System.Text.Json.Nodes;
using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Tests.Presentations;

/// <summary>The question card's answer box: the answer typed into the box the form writes is the answer the form reads.</summary>
public sealed class AnswerFormTests
{
    private static readonly Texts T = Texts.For(Language.Swedish);

    [Fact]
    public void TheAnswerTypedIntoTheBoxIsTheAnswerRead()
    {
        var box = AnswerForm.Input(2, "Barnen ska höras", T);
        var sent = new JsonObject { ["roundId"] = new string('a', 32), ["questionId"] = "uppnadda-mal", [(string)box["id"]!] = (string)box["value"]! + " tidigt" };

        Assert.Equal("Barnen ska höras tidigt", AnswerForm.Read(new CardAction(CardVerbs.SubmitAnswer, sent)));
    }

    [Fact]
    public void TheBoxSaysWhichQuestionItAnswersAndHowLongAnAnswerMayBe()
    {
        var box = AnswerForm.Input(3, null, T);

        Assert.Equal(T.Answers.AnswerLabel(3), (string?)box["label"]);
        Assert.Equal(AnswerRules.MaxLength, (int?)box["maxLength"]);
        Assert.True((bool?)box["isRequired"]);
        Assert.Null(box["value"]);
    }

    [Fact]
    public void NoAnswerSentIsReadAsNone()
    {
        Assert.Null(AnswerForm.Read(new CardAction(CardVerbs.SubmitAnswer, new JsonObject { ["roundId"] = new string('a', 32) })));
    }

    [Fact]
    public void AnAnswerSentAsAnArrayIsReadAsNone()
    {
        var sent = new JsonObject { [AnswerForm.AnswerId] = new JsonArray(1, 2) };

        Assert.Null(AnswerForm.Read(new CardAction(CardVerbs.SubmitAnswer, sent)));
    }
}
