using BarnrattsResan.Bot.Answers;
using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Conversations;
using BarnrattsResan.Bot.Presentations;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Answering;

/// <summary>"Skicka svar": saves the answer and shows the person what was saved; or says clearly why nothing was.</summary>
internal sealed class SubmitAnswerActionHandler(AnswerService answers, Planning.ReminderStore reminders, ParticipantKeys keys) : ICardActionHandler
{
    public string Verb => CardVerbs.SubmitAnswer;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var data = action.DataAs<QuestionActionData>();
        var text = AnswerForm.Read(action);
        var result = await answers.SubmitAsync(turn.ConversationKey, data?.RoundId, data?.QuestionId, turn.Actor, text, cancellationToken);
        if (result is { Status: AnswerStatus.Saved, Round: { } round })
        {
            // Reminders go within working hours in the person's own time zone: kept only when it is not the round's.
            await reminders.NoteZoneAsync(round, keys.For(round, turn.Actor.Id), turn.TimeZoneId, cancellationToken);
        }

        return AnswerReplies.For(result, turn, rejectedText: result.Status is AnswerStatus.Empty or AnswerStatus.TooLong ? text : null);
    }
}

/// <summary>"Uppdatera" and Teams' automatic refresh: the person's own view of the question.</summary>
internal sealed class RefreshQuestionActionHandler(AnswerService answers) : ICardActionHandler
{
    public string Verb => CardVerbs.RefreshQuestion;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var data = action.DataAs<QuestionActionData>();
        var result = await answers.ViewAsync(turn.ConversationKey, data?.RoundId, data?.QuestionId, turn.Actor, includeOthers: false, cancellationToken);
        return AnswerReplies.For(result, turn, unknownText: turn.Texts.RoundNotFound);
    }
}

/// <summary>"Visa allas svar", in rounds where colleagues may see each other's answers before the summary.</summary>
internal sealed class ShowAnswersActionHandler(AnswerService answers) : ICardActionHandler
{
    public string Verb => CardVerbs.ShowAnswers;

    public async Task<CardMessage> HandleAsync(TurnInfo turn, CardAction action, CancellationToken cancellationToken)
    {
        var data = action.DataAs<QuestionActionData>();
        var result = await answers.ViewAsync(turn.ConversationKey, data?.RoundId, data?.QuestionId, turn.Actor, includeOthers: true, cancellationToken);
        return AnswerReplies.For(result, turn, unknownText: turn.Texts.RoundNotFound);
    }
}

/// <summary>The personal question card for each outcome.</summary>
internal static class AnswerReplies
{
    /// <summary>The card for <paramref name="result"/>; <paramref name="unknownText"/> replaces "unknown round, nothing saved" where nothing was being saved (a refresh of a deleted round's card).</summary>
    public static CardMessage For(AnswerResult result, TurnInfo turn, string? rejectedText = null, string? unknownText = null)
    {
        var t = turn.Texts;
        if (result.Status == AnswerStatus.UnknownRound || result.Round is null || result.Question is null)
        {
            return NoticeCard.Create(unknownText ?? t.UnknownRound);
        }

        var error = result.Status switch
        {
            AnswerStatus.Empty => t.Answers.ErrorAnswerEmpty,
            AnswerStatus.TooLong => t.Answers.ErrorAnswerTooLong(AnswerRules.MaxLength, result.Length),
            AnswerStatus.RoundClosed => t.Answers.RoundIsClosed,
            AnswerStatus.QuestionNotOpen => t.Answers.ErrorQuestionNotOpen,
            _ => null,
        };
        var view = new QuestionView(result.OwnAnswer, error, rejectedText, result.Others, result.Round.CanBeSteeredBy(turn.Actor.Id));
        return QuestionCard.Personal(result.Round, result.Question, result.Count, view, t, turn.TimeZone);
    }
}
