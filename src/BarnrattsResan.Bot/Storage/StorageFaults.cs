using Azure;

namespace BarnrattsResan.Bot.Storage;

/// <summary>Faults after which the person should simply try again in a moment (the "busy" answer), not see an error.</summary>
internal static class StorageFaults
{
    public static bool MeansTryAgain(Exception exception) => exception switch
    {
        Rounds.RoundBusyException or Answers.AnswerBusyException => true,
        RequestFailedException e => e.Status is 0 or 408 or 429 or >= 500,
        AggregateException e => e.InnerExceptions.All(MeansTryAgain),
        TaskCanceledException or TimeoutException => true,
        _ => false,
    };
}
