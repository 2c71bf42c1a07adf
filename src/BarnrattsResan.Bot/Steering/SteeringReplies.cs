using BarnrattsResan.Bot.Cards;
using BarnrattsResan.Bot.Localization;
using BarnrattsResan.Bot.Rounds;
using BarnrattsResan.Bot.Routing;

namespace BarnrattsResan.Bot.Steering;

/// <summary>The reply to a steering command or button, in the asker's language.</summary>
internal static class SteeringReplies
{
    public static CardMessage For(SteerResult result, CommandKind kind, Texts t, TimeZoneInfo zone, DateTimeOffset now)
    {
        return result.Status switch
        {
            SteerStatus.NoRound => NoticeCard.Create(kind == CommandKind.Reopen ? t.Rounds.NoClosedRound : t.Rounds.NoActiveRound),
            SteerStatus.NotAllowed => RoundOnCard.NotAllowed(result.Round!, t),
            SteerStatus.Refused => NoticeCard.Create(t.Rounds.Refusal(result.Refusal)),
            _ => kind switch
            {
                CommandKind.Next => NoticeCard.Create(t.Rounds.Advanced(result.Round!.CurrentQuestionIndex + 1, result.Round.Questions.Count)),
                CommandKind.Close => NoticeCard.Create(t.Rounds.Closed(AdaptiveCard.TypedLine(result.Round!.Title))),
                _ => NoticeCard.Create(
                    t.Rounds.Reopened(AdaptiveCard.TypedLine(result.Round!.Title), result.Round.Delivery.CompletedAt is null && result.Round.SummaryDueAt > now ? UserTime.Format(result.Round.SummaryDueAt, zone, t.Language) : null)),
            },
        };
    }
}
